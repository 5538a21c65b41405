import Foundation
import SESDomain

/// Reads the Plum Book, in any of its published layouts (``PLUMLayout``: OPM's PLUM export of 2024
/// onward, or the GPO layout of the editions up to 2020, told apart by the header), into SES
/// positions. CSV (UTF-8 with or without a byte order mark, LF or CRLF) or an `.xlsx` workbook
/// (detected by content; first sheet).
///
/// Kept rows: pay plan `ES` and no incumbent vacate date, i.e. the current SES positions. The Plum
/// Book lists SES **General** positions only, so every position gets designation `general`.
///
/// - Component: the row's organization (`OrganizationName`, `org_name`); where a row has none,
///   the organization of the nearest row above it of the same agency that has one (the GPO layout
///   prints an organization once above its positions). Rows still without one are counted.
/// - Dates (`ExpirationDate`, `expires`, `IncumbentVacateDate`) in any form of ``DateText``,
///   timestamps such as `2022-08-03T00:00:00Z` included.
/// - A filled position without an appointment type is kept (its incumbent's appointment unknown)
///   and counted.
/// - Position ids are stable across editions: see ``PLUMPositionID``.
/// - With `skipBadRows`, rows with problems are left out and returned in ``PLUMImport/rejected``
///   instead of failing the whole file.
public enum PLUMImporter {
    /// Columns the importer needs in OPM's layout.
    public static let requiredColumns = PLUMLayout.opm.requiredColumns

    /// Columns the importer reads when present (OPM layout).
    public static let optionalColumns = ["ExpirationDate"]

    /// The appointment a PLUM appointment code stands for: CA career, NA noncareer, TA limited
    /// term, EA limited emergency; CG and DA (other career-type codes) are treated as career.
    /// Nil for any other code.
    public static func appointment(forCode code: String) -> Appointment? {
        switch code.uppercased() {
        case "CA", "CG", "DA": return .career
        case "NA": return .noncareer
        case "TA": return .limitedTerm
        case "EA": return .limitedEmergency
        default: return nil
        }
    }

    /// Reads a Plum Book file; `agency` keeps one agency (case-insensitive exact name).
    ///
    /// - Throws: ``InputError`` naming the file, line and column of every problem found: unreadable
    ///   or non-UTF-8 file, empty file, an unknown layout or missing columns, rows with the wrong
    ///   number of fields, unknown status or appointment codes, bad dates (unless `skipBadRows`), an
    ///   agency name that is not in the file (the message lists close names).
    public static func read(contentsOf path: String, agency: String? = nil, skipBadRows: Bool = false) throws -> PLUMImport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, "is a directory, not a PLUM CSV file") }
        if XLSXWorkbook.isZip(path: path) {
            let sheet = try XLSXWorkbook(path: path).rows()
            guard let first = sheet.rows.first else {
                throw InputError(file: path, line: 1, column: 1, "empty sheet: expected a header row with the Plum Book columns")
            }
            return try parse(header: first.cells, rows: sheet.rows.dropFirst().map { ($0.row, $0.cells) },
                             file: "\(path)[\(sheet.sheet)]", agency: agency, skipBadRows: skipBadRows)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(file: path, "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let lossy = String(decoding: data, as: UTF8.self)
            var line = 1, column = 1
            for scalar in lossy.unicodeScalars {
                if scalar == "\u{FFFD}" { break }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            throw InputError(file: path, line: line, "not UTF-8 text (first bad byte near character \(column)); save the file as UTF-8 CSV")
        }
        return try parse(text, file: path, agency: agency, skipBadRows: skipBadRows)
    }

    /// Parses the text of a Plum Book CSV; `file` names it in messages. See ``read(contentsOf:agency:skipBadRows:)``.
    public static func parse(_ text: String, file: String, agency: String? = nil, skipBadRows: Bool = false) throws -> PLUMImport {
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let body = String(String.UnicodeScalarView(scalars))

        var records: [CSVParser.Record] = []
        do {
            try CSVParser.parse(body) { records.append($0) }
        } catch {
            throw InputError(file: file, line: error.line, column: error.field,
                             error.message + " (character \(error.character) of line \(error.line))")
        }
        guard let rawHeader = records.first?.fields, !isBlank(rawHeader) else {
            throw InputError(file: file, line: 1, column: 1,
                             "empty file: expected a header row with the PLUM columns \(requiredColumns.joined(separator: ", "))")
        }
        let rows = records.dropFirst().filter { !isBlank($0.fields) }.map { (line: $0.line, fields: $0.fields) }
        return try parse(header: rawHeader, rows: rows, file: file, agency: agency, skipBadRows: skipBadRows)
    }

    /// Parses rows already split into fields (from CSV or a sheet).
    static func parse(header rawHeader: [String], rows: [(line: Int, fields: [String])], file: String,
                      agency: String?, skipBadRows: Bool) throws -> PLUMImport {
        let header = rawHeader.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let layout = PLUMLayout.detect(header) else {
            throw InputError(file: file, line: 1, "not a Plum Book file: the header has neither AgencyName (OPM's PLUM export: "
                             + PLUMLayout.opm.requiredColumns.joined(separator: ", ") + ") nor agcy_name (the GPO Plum Book: "
                             + PLUMLayout.gpo.requiredColumns.joined(separator: ", ") + ")")
        }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name.lowercased()] == nil {
            index[name.lowercased()] = i
        }
        let missing = layout.requiredColumns.filter { index[$0.lowercased()] == nil }
        guard missing.isEmpty else {
            let noun = missing.count == 1 ? "column" : "columns"
            throw InputError(file: file, line: 1, "missing \(noun) \(missing.joined(separator: ", ")); a \(layout.title) has "
                             + layout.requiredColumns.joined(separator: ", "))
        }
        func columnIndex(_ field: PLUMLayout.Field) -> Int? { layout.column(field).flatMap { index[$0.lowercased()] } }
        func name(_ field: PLUMLayout.Field) -> String { layout.column(field) ?? "" }

        var problems: [InputProblem] = []
        var rejected: [PLUMRejectedRow] = []
        struct Kept {
            var fields: [String]; var line: Int; var status: PLUMPosition.Status; var code: String
            var expiration: Day?; var organization: String
        }
        var kept: [Kept] = []
        var rowsSkipped = 0
        var lastOrganization: [String: String] = [:]
        for (rowLine, row) in rows {
            var rowProblems: [InputProblem] = []
            guard row.count == header.count else {
                let problem = InputProblem(file: file, line: rowLine, column: min(row.count, header.count) + 1,
                                           message: "expected \(header.count) fields as in the header, found \(row.count)")
                if skipBadRows {
                    rejected.append(PLUMRejectedRow(line: rowLine, fields: row, reasons: problem.message))
                } else {
                    problems.append(problem)
                }
                continue
            }
            func value(_ field: PLUMLayout.Field) -> String {
                columnIndex(field).map { row[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            }
            func problem(_ field: PLUMLayout.Field, _ message: String) {
                rowProblems.append(InputProblem(file: file, line: rowLine, column: columnIndex(field).map { $0 + 1 },
                                                field: name(field), message: message))
            }
            // The organization heading carries down to the rows below it (GPO layout).
            let agencyName = HTMLEntities.decode(value(.agency))
            var organization = HTMLEntities.decode(value(.organization))
            if organization.isEmpty {
                organization = lastOrganization[agencyName] ?? ""
            } else {
                lastOrganization[agencyName] = organization
            }
            guard value(.payPlan).uppercased() == "ES", value(.vacateDate).isEmpty else {
                rowsSkipped += 1
                continue
            }
            if agencyName.isEmpty { problem(.agency, "empty agency name") }
            let statusText = value(.status)
            let status: PLUMPosition.Status?
            switch layout {
            case .opm:
                status = PLUMPosition.Status.allCases.first { $0.rawValue.lowercased() == statusText.lowercased() }
                if status == nil { problem(.status, "expected Filled or Vacant, found '\(statusText)'") }
            case .gpo:
                switch statusText.lowercased() {
                case "", "n", "no", "false", "0", "filled": status = .filled
                case "y", "yes", "true", "1", "x", "vacant": status = .vacant
                default:
                    status = nil
                    problem(.status, "expected Y or N (or Vacant), found '\(statusText)'")
                }
            }
            let code = value(.appointment).uppercased()
            if !code.isEmpty && appointment(forCode: code) == nil {
                problem(.appointment, "unknown appointment type '\(code)'; expected CA, NA, TA, EA, CG or DA")
            }
            var expiration: Day?
            if columnIndex(.expiration) != nil {
                let text = value(.expiration)
                if !text.isEmpty {
                    expiration = DateText.day(text)
                    if expiration == nil { problem(.expiration, DateText.problem(text)) }
                }
            }
            if rowProblems.isEmpty, let status {
                kept.append(Kept(fields: row, line: rowLine, status: status, code: code, expiration: expiration,
                                 organization: organization))
            } else if skipBadRows {
                rejected.append(PLUMRejectedRow(line: rowLine, fields: row, reasons: rowProblems.map { p in
                    (p.field.map { "\($0): " } ?? "") + p.message
                }.joined(separator: "; ")))
            } else {
                problems += rowProblems
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        guard !rows.isEmpty else {
            throw InputError(file: file, line: 2, "no data rows after the header")
        }
        guard !kept.isEmpty else {
            throw InputError(file: file, "no current SES rows (pay plan ES without an incumbent vacate date) among \(rows.count) rows"
                             + (rejected.isEmpty ? "" : " (\(rejected.count) rejected)"))
        }

        func field(_ fields: [String], _ f: PLUMLayout.Field) -> String {
            columnIndex(f).map { HTMLEntities.decode(fields[$0]).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        // Agencies in order of first appearance.
        var agencies: [String] = []
        var seenAgencies = Set<String>()
        for row in kept {
            let name = field(row.fields, .agency)
            if seenAgencies.insert(name).inserted { agencies.append(name) }
        }

        var selected: String?
        if let agency {
            guard let match = AgencyNameMatcher.match(agency, in: agencies) else {
                let close = AgencyNameMatcher.closeNames(to: agency, in: agencies)
                let hint = close.isEmpty
                    ? "the file has \(agencies.count) agencies, e.g. \(agencies.prefix(3).joined(separator: "; "))"
                    : "close names: \(close.joined(separator: "; "))"
                throw InputError(file: file, field: name(.agency), "no agency named '\(agency)' in this file; \(hint)")
            }
            selected = match
        }

        // Ids over every kept row, filtered or not, so a filter never changes them.
        let ids = PLUMPositionID.numbered(kept.map { row in
            PLUMPositionID.base(agency: field(row.fields, .agency), organization: row.organization,
                                title: field(row.fields, .title), location: field(row.fields, .location),
                                publishedID: field(row.fields, .publishedID))
        })
        var positions: [PLUMPosition] = []
        for (row, id) in zip(kept, ids) {
            let agencyName = field(row.fields, .agency)
            if let selected, selected != agencyName { continue }
            let position = Position(id: id, title: field(row.fields, .title), agency: agencyName,
                                    component: row.organization.trimmingCharacters(in: .whitespaces),
                                    location: field(row.fields, .location), designation: .general)
            positions.append(PLUMPosition(position: position, status: row.status, appointmentCode: row.code,
                                          appointment: appointment(forCode: row.code),
                                          agencyCode: PLUMAgencyCode.base(for: agencyName),
                                          expirationDate: row.expiration, line: row.line))
        }
        return PLUMImport(file: file, positions: positions, rowsRead: rows.count, rowsSkipped: rowsSkipped,
                          agencies: agencies, agencyFilter: selected, layout: layout, header: header, rejected: rejected)
    }

    /// True for a row that is a blank line.
    static func isBlank(_ row: [String]) -> Bool {
        row.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } && row.count <= 1
    }

}
