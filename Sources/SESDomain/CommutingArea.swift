import Synchronization

/// Maps duty locations to commuting areas for the notice rule (5 U.S.C. 3395(a)(2)(B): a
/// reassignment outside the commuting area needs consultation and 60 days' notice).
///
/// The areas come from a table derived from public gazetteers by a stated distance rule
/// (`data/commuting-areas/PROVENANCE.md`, derived by `scripts/derive-commuting-areas.py`): a place
/// belongs to the area of the nearest anchor city within 35 miles; cities of 100,000 people or more
/// are anchors unless they lie within 25 miles of a larger anchor. The Washington, DC area is named
/// `WASHINGTON DC METRO`, other areas `CITY, ST` after their anchor; a place with no anchor that
/// close is its own area, `CITY, ST`. A position's `commuting_area` column overrides all of this.
public enum CommutingArea {
    /// The name of the Washington, DC commuting area.
    public static let washingtonDC = "WASHINGTON DC METRO"

    /// Places by state, then by name key (``key(_:)``), to their commuting area: every state's
    /// ``places(in:)`` (the check against the shipped data reads them all).
    static var areas: [Substring: [Substring: Substring]] {
        Dictionary(uniqueKeysWithValues: stateLines.keys.compactMap { state in places(in: state).map { (state, $0) } })
    }

    /// The table's lines (`STATE<TAB>AREA<TAB>PLACE|PLACE|...`) by state, as their three fields.
    /// Fields are slices of the compiled table, so building this allocates no text.
    private static let stateLines: [Substring: [[Substring]]] = {
        var lines: [Substring: [[Substring]]] = [:]
        // Split by bytes: the separators are ASCII, and splitting by characters would segment all
        // of the table's text into grapheme clusters first.
        for line in derivedTable.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Substring.init)
            guard fields.count == 3 else { continue }
            lines[fields[0], default: []].append(fields)
        }
        return lines
    }()

    /// The states whose places are built, each kept once built.
    private static let builtPlaces = Mutex<[Substring: [Substring: Substring]]>([:])

    /// The places of `state` by name key to their commuting area, built from the table the first
    /// time the state is asked for; nil for a state the table does not have. A positions file names
    /// a few states, and building the places of all of them would cost more than reading the file.
    static func places(in state: Substring) -> [Substring: Substring]? {
        guard let lines = stateLines[state] else { return nil }
        if let built = builtPlaces.withLock({ $0[state] }) { return built }
        var places: [Substring: Substring] = [:]
        for fields in lines {
            for place in fields[2].utf8.split(separator: UInt8(ascii: "|")) { places[Substring(place)] = fields[1] }
        }
        builtPlaces.withLock { $0[state] = places }
        return places
    }

    /// Spelled-out forms of the abbreviations USPS and agencies use in place names.
    static let abbreviations: [String: String] = [
        "ST": "SAINT", "STE": "SAINTE", "FT": "FORT", "MT": "MOUNT", "SPGS": "SPRINGS",
        "HTS": "HEIGHTS", "HGHTS": "HEIGHTS",
    ]

    /// State and territory names, for locations that spell the state out.
    static let stateNames: [String: String] = [
        "ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA", "COLORADO": "CO",
        "CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC", "FLORIDA": "FL", "GEORGIA": "GA",
        "HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL", "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS",
        "KENTUCKY": "KY", "LOUISIANA": "LA", "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA",
        "MICHIGAN": "MI", "MINNESOTA": "MN", "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT",
        "NEBRASKA": "NE", "NEVADA": "NV", "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM",
        "NEW YORK": "NY", "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK",
        "OREGON": "OR", "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
        "TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA", "WASHINGTON": "WA",
        "WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY", "PUERTO RICO": "PR", "GUAM": "GU",
        "VIRGIN ISLANDS": "VI", "AMERICAN SAMOA": "AS", "NORTHERN MARIANA ISLANDS": "MP",
    ]

    /// The comparison form of a place name, as the derivation script computes it: upper case,
    /// apostrophes and periods dropped, other punctuation made a space, runs of spaces collapsed,
    /// abbreviations (``abbreviations``) spelled out.
    static func key(_ name: String) -> String {
        var cleaned = ""
        for c in name.uppercased() {
            if c == "'" || c == "." { continue }
            cleaned.append(c.isASCII && (c.isLetter || c.isNumber) ? c : " ")
        }
        return cleaned.split(separator: " ").map { abbreviations[String($0)] ?? String($0) }.joined(separator: " ")
    }

    /// The commuting area of a duty location such as `"Washington, DC"`, `"PENTAGON, ARLINGTON, VA"`
    /// or `"NEW YORK NEW YORK, NY"`: the area of the first place part (or its longest leading run
    /// of words) found in the table for the location's state; otherwise `CITY, ST` in upper case
    /// from the last place part. Empty for an empty location.
    public static func normalise(_ location: String) -> String {
        var parts = location.uppercased()
            .split(separator: ",")
            .map { $0.replacingAll(".", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return "" }
        var state = ""
        if parts.count > 1 {
            let last = parts.removeLast()
            state = stateNames[last] ?? last
        } else if let code = stateNames[parts[0]] {
            return code == "DC" ? washingtonDC : parts[0]
        } else {
            // "WASHINGTON DC": a trailing two-letter state code without a comma.
            let words = parts[0].split(separator: " ")
            if words.count > 1, let lastWord = words.last, lastWord.count == 2,
               lastWord == "DC" || stateLines[lastWord] != nil {
                state = String(lastWord)
                parts = [words.dropLast().joined(separator: " ")]
            }
        }
        if state == "DC" { return washingtonDC }
        if let places = places(in: Substring(state)) {
            for part in parts {
                let words = key(part).split(separator: " ")
                for length in stride(from: words.count, through: 1, by: -1) {
                    if let area = places[Substring(words.prefix(length).joined(separator: " "))] { return String(area) }
                }
            }
        }
        let city = parts.last ?? ""
        return state.isEmpty ? city : "\(city), \(state)"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

extension Substring {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        String(self).replacingAll(target, with: replacement)
    }
}
