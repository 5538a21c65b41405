/// A ``CSVTable`` from the rows of a spreadsheet sheet (see ``XLSXInput``): the first non-blank
/// row is the header, and records are located by their row numbers in the sheet, so messages read
/// `book.xlsx[Sheet]:row:column`. The same checks as for CSV text apply.
extension CSVTable {
    init(sheet name: String, rows: [(row: Int, cells: [String])], required: [String], optional: [String]) throws(InputError) {
        let expected = "expected a header row with columns " + ValueText.quoted(required)
            + (optional.isEmpty ? "" : " (required) and optionally " + ValueText.quoted(optional))
        guard let headerIndex = rows.firstIndex(where: { !$0.cells.allSatisfy { ValueText.isBlank($0) } }) else {
            throw InputError(file: name, "the sheet is empty: " + expected)
        }
        let header = rows[headerIndex].cells.map(ValueText.trim)
        let headerRow = rows[headerIndex].row
        var problems: [InputProblem] = []
        var index: [String: Int] = [:]
        let known = Set((required + optional).map { $0.lowercased() })
        for (position, column) in header.enumerated() where !column.isEmpty {
            let key = column.lowercased()
            if let first = index[key] {
                if known.contains(key) {
                    problems.append(InputProblem(file: name, line: headerRow, column: position + 1, field: column,
                                                 message: "duplicate column (also column \(first + 1))"))
                }
            } else {
                index[key] = position
            }
        }
        let missing = required.filter { index[$0.lowercased()] == nil }
        if !missing.isEmpty {
            var message = "missing required column\(missing.count == 1 ? "" : "s") " + ValueText.quoted(missing)
            let unknown = header.filter { !$0.isEmpty && !known.contains($0.lowercased()) }
            let hints = missing.compactMap { column in
                ValueText.suggestion(for: column, among: unknown).map { "'\($0)' for '\(column)'" }
            }
            if !hints.isEmpty { message += " (did you mean " + hints.joined(separator: ", ") + "?)" }
            throw InputError(problems + [InputProblem(file: name, line: headerRow, message: message)])
        }
        var records: [CSVRecord] = []
        for (row, cells) in rows[(headerIndex + 1)...] {
            var fields = cells.map(ValueText.trim)
            if fields.allSatisfy(\.isEmpty) { continue }
            if fields.count < header.count { fields += Array(repeating: "", count: header.count - fields.count) }
            if fields.count > header.count {
                if fields[header.count...].allSatisfy(\.isEmpty) {
                    fields.removeLast(fields.count - header.count)
                } else {
                    problems.append(InputProblem(file: name, line: row, column: header.count + 1,
                                                 message: "a value stands beyond the last header column"))
                    continue
                }
            }
            records.append(CSVRecord(file: name, line: row, fields: fields, columnIndex: index))
        }
        self.file = name
        self.columns = header
        self.columnIndex = index
        self.records = records
        self.problems = problems
    }
}
