/// Normalises duty locations into commuting areas for the notice rule (5 U.S.C. 3395(a)(2)).
public enum CommutingArea {
    /// Localities in the Washington, DC commuting area (one area for notice purposes).
    static let washingtonArea: Set<String> = [
        "WASHINGTON", "WASHINGTON DC", "DISTRICT OF COLUMBIA", "ARLINGTON", "PENTAGON", "ALEXANDRIA",
        "FALLS CHURCH", "FAIRFAX", "MCLEAN", "RESTON", "HERNDON", "CHANTILLY", "SPRINGFIELD",
        "VIENNA", "TYSONS", "FORT BELVOIR", "QUANTICO", "DULLES", "STERLING", "LEESBURG",
        "BETHESDA", "ROCKVILLE", "SILVER SPRING", "GAITHERSBURG", "GERMANTOWN", "COLLEGE PARK",
        "GREENBELT", "HYATTSVILLE", "LANDOVER", "LANHAM", "SUITLAND", "LARGO", "ANDREWS AFB",
        "JOINT BASE ANDREWS", "FORT MEADE", "FORT GEORGE G MEADE", "ADELPHI", "BELTSVILLE",
        "CHEVERLY", "NEW CARROLLTON", "CAMP SPRINGS", "OXON HILL", "NATIONAL HARBOR",
        "RIVERDALE", "KENSINGTON", "POTOMAC", "CAPITOL HEIGHTS", "BOWIE", "CLINTON", "WOODLAWN",
        "ANNAPOLIS JUNCTION", "FREDERICK", "MANASSAS", "WOODBRIDGE", "DAHLGREN", "WALLOPS ISLAND",
    ]

    /// The commuting area of a duty location such as `"Washington, DC"` or `"PENTAGON, ARLINGTON, VA"`:
    /// every DC-area duty station maps to `WASHINGTON DC METRO`; others to `CITY, ST` in upper case.
    public static func normalise(_ location: String) -> String {
        let cleaned = location.uppercased()
            .replacingAll(".", with: "")
            .split(whereSeparator: { $0 == "," })
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { return "" }
        let state = cleaned.count > 1 ? cleaned[cleaned.count - 1] : ""
        let places = cleaned.count > 1 ? Array(cleaned.dropLast()) : cleaned
        if state == "DC" || places.contains(where: { washingtonArea.contains($0) && ["", "DC", "VA", "MD"].contains(state) })
            || washingtonArea.contains(cleaned.joined(separator: " ")) {
            return "WASHINGTON DC METRO"
        }
        let city = places.last ?? ""
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
