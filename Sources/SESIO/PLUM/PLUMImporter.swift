import Foundation
import SESDomain

/// Reads OPM's PLUM export (the successor of the Plum Book, 5 U.S.C. 3330f) into SES positions.
///
/// Expected columns (a header row, any order, case-insensitive): `AgencyName`, `OrganizationName`,
/// `PositionTitle`, `PositionStatus` (Filled/Vacant), `AppointmentTypeDescription` (CA, NA, TA, EA,
/// CG, DA), `Location`, `PaymentPlanDescription`, `IncumbentVacateDate`, and optionally
/// `ExpirationDate`; other columns (`LevelGradePay`, `Tenure`, `IncumbentBeginDate`, ...) are ignored.
/// UTF-8 with or without a byte order mark, LF or CRLF line ends.
///
/// Kept rows: pay plan `ES` and no incumbent vacate date, i.e. the current SES positions. PLUM lists
/// SES **General** positions only, so every position gets designation `general`.
///
/// Position ids: `PLUM-` + the agency's code (``PLUMAgencyCode``) + `-` + the running number of the
/// kept row within its agency in file order, zero-padded to three digits: `PLUM-DOL-001`,
/// `PLUM-DOL-002`, ... The numbering counts every kept row of the agency whether or not an agency
/// filter is given, so the same file always gives the same ids, filtered or not.
public enum PLUMImporter {
    /// Columns the importer needs.
    public static let requiredColumns = [
        "AgencyName", "OrganizationName", "PositionTitle", "PositionStatus",
        "AppointmentTypeDescription", "Location", "PaymentPlanDescription", "IncumbentVacateDate",
    ]

    /// Columns the importer reads when present.
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

    /// Reads a PLUM export file; `agency` keeps one agency (case-insensitive exact name).
    ///
    /// - Throws: ``InputError`` naming the file, line and column of every problem found: unreadable
    ///   or non-UTF-8 file, empty file, missing columns, rows with the wrong number of fields,
    ///   unknown status or appointment codes, bad dates, an agency name that is not in the file
    ///   (the message lists close names).
    public static func read(contentsOf path: String, agency: String? = nil) throws -> PLUMImport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, "is a directory, not a PLUM CSV file") }
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
        return try parse(text, file: path, agency: agency)
    }

    /// Parses the text of a PLUM export; `file` names it in messages. See ``read(contentsOf:agency:)``.
    public static func parse(_ text: String, file: String, agency: String? = nil) throws -> PLUMImport {
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
        var rows = records.makeIterator()
        guard let rawHeader = rows.next()?.fields, !isBlank(rawHeader) else {
            throw InputError(file: file, line: 1, column: 1,
                             "empty file: expected a header row with the PLUM columns \(requiredColumns.joined(separator: ", "))")
        }
        let header = rawHeader.map { $0.trimmingCharacters(in: .whitespaces) }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name.lowercased()] == nil {
            index[name.lowercased()] = i
        }
        let missing = requiredColumns.filter { index[$0.lowercased()] == nil }
        guard missing.isEmpty else {
            let noun = missing.count == 1 ? "column" : "columns"
            throw InputError(file: file, line: 1,
                             "missing \(noun) \(missing.joined(separator: ", ")); a PLUM export has \(requiredColumns.joined(separator: ", "))")
        }
        func column(_ name: String) -> Int? { index[name.lowercased()] }

        var problems: [InputProblem] = []
        var kept: [(fields: [String], line: Int, status: PLUMPosition.Status, code: String, expiration: Day?)] = []
        var rowsRead = 0, rowsSkipped = 0
        while let record = rows.next() {
            let row = record.fields, rowLine = record.line
            if isBlank(row) { continue }
            rowsRead += 1
            guard row.count == header.count else {
                problems.append(InputProblem(file: file, line: rowLine, column: min(row.count, header.count) + 1,
                                             message: "expected \(header.count) fields as in the header, found \(row.count)"))
                continue
            }
            func value(_ name: String) -> String {
                column(name).map { row[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            }
            func problem(_ name: String, _ message: String) {
                problems.append(InputProblem(file: file, line: rowLine, column: column(name).map { $0 + 1 },
                                             field: name, message: message))
            }
            guard value("PaymentPlanDescription").uppercased() == "ES", value("IncumbentVacateDate").isEmpty else {
                rowsSkipped += 1
                continue
            }
            var ok = true
            if value("AgencyName").isEmpty { problem("AgencyName", "empty agency name"); ok = false }
            let statusText = value("PositionStatus")
            let status = PLUMPosition.Status.allCases.first { $0.rawValue.lowercased() == statusText.lowercased() }
            if status == nil {
                problem("PositionStatus", "expected Filled or Vacant, found '\(statusText)'"); ok = false
            }
            let code = value("AppointmentTypeDescription").uppercased()
            if code.isEmpty {
                if status == .filled {
                    problem("AppointmentTypeDescription", "a filled position needs an appointment type (CA, NA, TA, EA, CG, DA)")
                    ok = false
                }
            } else if appointment(forCode: code) == nil {
                problem("AppointmentTypeDescription", "unknown appointment type '\(code)'; expected CA, NA, TA, EA, CG or DA")
                ok = false
            }
            var expiration: Day?
            if column("ExpirationDate") != nil {
                let text = value("ExpirationDate")
                if !text.isEmpty {
                    expiration = parseDate(text)
                    if expiration == nil {
                        problem("ExpirationDate", "not a date: '\(text)' (expected MM/DD/YYYY or YYYY-MM-DD)"); ok = false
                    }
                }
            }
            if ok, let status { kept.append((row, rowLine, status, code, expiration)) }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        guard rowsRead > 0 else {
            throw InputError(file: file, line: 2, "no data rows after the header")
        }
        guard !kept.isEmpty else {
            throw InputError(file: file, "no current SES rows (pay plan ES without an incumbent vacate date) among \(rowsRead) rows")
        }

        func field(_ fields: [String], _ name: String) -> String {
            column(name).map { HTMLEntities.decode(fields[$0]).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        // Agencies in order of first appearance, their codes, and the running numbers.
        var agencies: [String] = []
        var agencyIndex: [String: Int] = [:]
        for row in kept {
            let name = field(row.fields, "AgencyName")
            if agencyIndex[name] == nil { agencyIndex[name] = agencies.count; agencies.append(name) }
        }
        let codes = PLUMAgencyCode.codes(for: agencies)

        var selected: String?
        if let agency {
            guard let match = AgencyNameMatcher.match(agency, in: agencies) else {
                let close = AgencyNameMatcher.closeNames(to: agency, in: agencies)
                let hint = close.isEmpty
                    ? "the file has \(agencies.count) agencies, e.g. \(agencies.prefix(3).joined(separator: "; "))"
                    : "close names: \(close.joined(separator: "; "))"
                throw InputError(file: file, field: "AgencyName", "no agency named '\(agency)' in this file; \(hint)")
            }
            selected = match
        }

        var counters = Array(repeating: 0, count: agencies.count)
        var positions: [PLUMPosition] = []
        for row in kept {
            let agencyName = field(row.fields, "AgencyName")
            let a = agencyIndex[agencyName]!
            counters[a] += 1
            if let selected, selected != agencyName { continue }
            let number = String(counters[a])
            let id = "PLUM-\(codes[a])-" + String(repeating: "0", count: max(0, 3 - number.count)) + number
            let position = Position(id: id, title: field(row.fields, "PositionTitle"), agency: agencyName,
                                    component: field(row.fields, "OrganizationName"),
                                    location: field(row.fields, "Location"), designation: .general)
            positions.append(PLUMPosition(position: position, status: row.status, appointmentCode: row.code,
                                          appointment: appointment(forCode: row.code), agencyCode: codes[a],
                                          expirationDate: row.expiration, line: row.line))
        }
        return PLUMImport(file: file, positions: positions, rowsRead: rowsRead, rowsSkipped: rowsSkipped,
                          agencies: agencies, agencyFilter: selected)
    }

    /// True for a row that is a blank line.
    static func isBlank(_ row: [String]) -> Bool {
        row.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } && row.count <= 1
    }

    /// `MM/DD/YYYY` (optionally followed by a time, as PLUM writes it) or `YYYY-MM-DD`.
    static func parseDate(_ text: String) -> Day? {
        if let day = Day(iso: text) { return day }
        let datePart = text.split(separator: " ").first.map(String.init) ?? text
        let parts = datePart.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]),
              parts[2].count == 4 else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
