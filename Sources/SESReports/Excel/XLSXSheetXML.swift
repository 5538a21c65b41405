import SESDomain

/// The worksheet XML of one table: rows of cells, text as inline strings, plain decimal numbers as
/// numbers, ISO dates as date-formatted serial numbers. Written directly (the part is a flat list
/// of rows and cells, every text escaped by ``XMLText``), in time linear in the table's size.
enum XLSXSheetXML {
    /// The part `xl/worksheets/sheetN.xml` for `rows` (the first being the header).
    static func text(_ rows: [[String]]) -> String {
        var out = XLSXWriter.header
        out.reserveCapacity(64 + rows.reduce(0) { $0 + $1.reduce(16) { $0 + $1.utf8.count + 24 } })
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            let number = String(r + 1)
            out += "<row r=\"\(number)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                let reference = XLSXWriter.columnName(c) + number
                if r > 0, let day = Day(iso: text) {
                    out += "<c r=\"\(reference)\" s=\"1\"><v>\(day.ordinal + 25_569)</v></c>"
                } else if r > 0, XLSXWriter.isPlainNumber(text) {
                    out += "<c r=\"\(reference)\"><v>\(text)</v></c>"
                } else {
                    out += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(XMLText.escape(text))</t></is></c>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData></worksheet>"
        return out
    }
}
