/// A ``CSVTable`` from the rows of a spreadsheet sheet (see ``XLSXInput``): the first non-blank
/// row is the header, and records are located by their row numbers in the sheet, so messages read
/// `book.xlsx[Sheet]:row:column`. The same checks as for CSV text apply.
extension CSVTable {
    init(sheet name: String, rows: [(row: Int, cells: [String])], required: [String], optional: [String]) throws(InputError) {
        guard let headerIndex = rows.firstIndex(where: { !$0.cells.allSatisfy { ValueText.isBlank($0) } }) else {
            throw InputError(file: name, "the sheet is empty: " + CSVHeader.expected(required: required, optional: optional))
        }
        let header = try CSVHeader(rows[headerIndex].cells.map(ValueText.trim), file: name, line: rows[headerIndex].row,
                                   required: required, optional: optional)
        var problems = header.problems
        var records: [CSVRecord] = []
        let columns = ColumnLookup(header.index)
        for (row, cells) in rows[(headerIndex + 1)...] {
            var fields = cells.map(ValueText.trim)
            if fields.allSatisfy(\.isEmpty) { continue }
            let width = header.columns.count
            if fields.count < width { fields += Array(repeating: "", count: width - fields.count) }
            if fields.count > width {
                if fields[width...].allSatisfy(\.isEmpty) {
                    fields.removeLast(fields.count - width)
                } else {
                    problems.append(InputProblem(file: name, line: row, column: width + 1,
                                                 message: "a value stands beyond the last header column"))
                    continue
                }
            }
            records.append(CSVRecord(file: name, line: row, fields: fields, columns: columns))
        }
        self.file = name
        self.columns = header.columns
        self.columnIndex = header.index
        self.records = records
        self.problems = problems
    }
}
