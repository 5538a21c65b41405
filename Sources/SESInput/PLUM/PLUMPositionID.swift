import Crypto

/// Position ids that stay the same from one Plum Book edition to the next, so a plan made on one
/// edition can serve as the baseline of a plan on the next.
///
/// - Where the edition publishes a position number (`id_number` in the GPO layout), the id is
///   `PLUM-<agency code>-<that number>`.
/// - Otherwise the id is `PLUM-<agency code>-<key hash>`, the key hash being the first 10 hex
///   digits of the SHA-256 of `AGENCY|ORGANIZATION|TITLE|LOCATION`, each part upper-cased with HTML
///   character references decoded and runs of blanks made one space. A position keeps its id as long
///   as its agency, organization, title and duty location are written the same way.
/// - Identical keys (two DEPUTY ASSISTANT SECRETARY rows of one office and place) are numbered in
///   file order: the first keeps the plain id, the next get `-2`, `-3`, ...
///
/// The agency code is ``PLUMAgencyCode/base(for:)``: it depends on the agency's name only.
public enum PLUMPositionID {
    /// The normalised key of a position.
    public static func key(agency: String, organization: String, title: String, location: String) -> String {
        [agency, organization, title, location].map { part in
            HTMLEntities.decode(part).uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.joined(separator: "|")
    }

    /// The first 10 hex digits of the key's SHA-256.
    public static func hash(_ key: String) -> String {
        let digest = SHA256.hash(data: Array(key.utf8))
        return digest.prefix(5).map { byte in
            let hex = String(byte, radix: 16, uppercase: false)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// The id before duplicates are numbered.
    public static func base(agency: String, organization: String, title: String, location: String,
                            publishedID: String) -> String {
        let code = PLUMAgencyCode.base(for: agency)
        let published = publishedID.filter { !$0.isWhitespace }
        if !published.isEmpty { return "PLUM-\(code)-\(published)" }
        return "PLUM-\(code)-" + hash(key(agency: agency, organization: organization, title: title, location: location))
    }

    /// Unique ids for bases given in file order: repeated bases get `-2`, `-3`, ...
    public static func numbered(_ bases: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var used = Set<String>()
        return bases.map { base in
            var count = seen[base, default: 0] + 1
            var id = count == 1 ? base : "\(base)-\(count)"
            while used.contains(id) { count += 1; id = "\(base)-\(count)" }
            seen[base] = count
            used.insert(id)
            return id
        }
    }
}
