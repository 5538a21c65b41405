/// Short, stable agency codes for PLUM position ids (`PLUM-DOL-<key hash>`, see ``PLUMPositionID``).
///
/// The scheme: a fixed table of the customary abbreviations of the larger agencies (DOL, USDA,
/// VA, TREAS, ...); for any other agency, the initials of the words of its name other than
/// THE, AND, FOR, ON, IN, TO, OF, A, AN (at most six letters: "OFFICE OF GOVERNMENT ETHICS" is
/// `OGE`, "U.S. PATENT AND TRADEMARK OFFICE" is `USPTO`). When two agencies of a file get the same code, the
/// later one (in order of first appearance in the file) gets a numeric suffix: `DOT`, `DOT2`.
/// The code of an agency therefore depends only on the file's agency names, never on a filter.
public enum PLUMAgencyCode {
    /// Customary abbreviations, keyed by the PLUM agency name in upper case.
    static let known: [String: String] = [
        "DEPARTMENT OF AGRICULTURE": "USDA",
        "DEPARTMENT OF COMMERCE": "DOC",
        "DEPARTMENT OF EDUCATION": "ED",
        "DEPARTMENT OF ENERGY": "DOE",
        "DEPARTMENT OF ENERGY OFFICE OF THE INSPECTOR GENERAL": "DOEOIG",
        "DEPARTMENT OF HEALTH AND HUMAN SERVICES": "HHS",
        "DEPARTMENT OF HOMELAND SECURITY": "DHS",
        "DEPARTMENT OF HOUSING AND URBAN DEVELOPMENT": "HUD",
        "DEPARTMENT OF JUSTICE": "DOJ",
        "DEPARTMENT OF LABOR": "DOL",
        "DEPARTMENT OF STATE": "DOS",
        "DEPARTMENT OF THE AIR FORCE": "USAF",
        "DEPARTMENT OF THE ARMY": "ARMY",
        "DEPARTMENT OF THE INTERIOR": "DOI",
        "DEPARTMENT OF THE NAVY": "NAVY",
        "DEPARTMENT OF THE TREASURY": "TREAS",
        "DEPARTMENT OF THE TREASURY OFFICE OF THE INSPECTOR GENERAL": "TREASOIG",
        "DEPARTMENT OF THE TREASURY OFFICE OF THE SPECIAL INSPECTOR GENERAL FOR PANDEMIC RECOVERY": "SIGPR",
        "DEPARTMENT OF TRANSPORTATION": "DOT",
        "DEPARTMENT OF VETERANS AFFAIRS": "VA",
        "EXECUTIVE OFFICE OF THE PRESIDENT - COUNCIL OF ECONOMIC ADVISERS": "CEA",
        "EXECUTIVE OFFICE OF THE PRESIDENT - OFFICE OF MANAGEMENT AND BUDGET": "OMB",
        "EXECUTIVE OFFICE OF THE PRESIDENT - OFFICE OF NATIONAL DRUG CONTROL POLICY": "ONDCP",
        "EXECUTIVE OFFICE OF THE PRESIDENT - OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE": "USTR",
        "FEDERAL COMMUNICATIONS COMMISSION OFFICE OF THE INSPECTOR GENERAL": "FCCOIG",
        "NATIONAL ENDOWMENT FOR THE HUMANITIES OFFICE OF THE INSPECTOR GENERAL": "NEHOIG",
        "OFFICE OF PERSONNEL MANAGEMENT": "OPM",
        "OFFICE OF THE SECRETARY OF DEFENSE": "OSD",
        "COUNCIL OF INSPECTORS GENERAL ON INTEGRITY AND EFFICIENCY": "CIGIE",
        "COURT SERVICES AND OFFENDER SUPERVISION AGENCY FOR THE DISTRICT OF COLUMBIA": "CSOSA",
        "BARRY GOLDWATER SCHOLARSHIP AND EXCELLENCE IN EDUCATION FOUNDATION": "GOLDWATER",
        "HARRY S TRUMAN SCHOLARSHIP FOUNDATION": "TRUMAN",
        "COMMISSION OF FINE ARTS": "CFA",
        "INSTITUTE OF MUSEUM AND LIBRARY SERVICES": "IMLS",
        "CHEMICAL SAFETY AND HAZARD INVESTIGATION BOARD": "CSB",
    ]

    static let skipped: Set<String> = ["THE", "AND", "FOR", "ON", "IN", "TO", "OF", "A", "AN"]

    /// The code of one agency name before collisions are resolved.
    public static func base(for agency: String) -> String {
        let name = agency.uppercased()
        if let code = known[name] { return code }
        let words = name.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
        var initials = words.filter { !skipped.contains($0) }.compactMap(\.first)
        if initials.isEmpty { initials = words.compactMap(\.first) }
        let code = String(initials.prefix(6))
        return code.isEmpty ? "AGENCY" : code
    }

    /// Codes for agency names given in order of first appearance; later duplicates get `2`, `3`, ...
    /// Returns the codes in the same order as `agencies`.
    public static func codes(for agencies: [String]) -> [String] {
        var used: Set<String> = []
        var result: [String] = []
        result.reserveCapacity(agencies.count)
        for agency in agencies {
            let base = base(for: agency)
            var code = base
            var suffix = 2
            while used.contains(code) {
                code = "\(base)\(suffix)"
                suffix += 1
            }
            used.insert(code)
            result.append(code)
        }
        return result
    }
}
