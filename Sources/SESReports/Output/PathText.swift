/// Paths taken apart as text, where Foundation's own methods cannot be used: `NSString`'s
/// `deletingLastPathComponent` stops the process on a one-character path (such as `--out o`).
public enum PathText {
    /// The directory part of `path`, repeated slashes read as one: `a/b` → `a`, `/a` → `/`,
    /// `a` → `` (empty: the current directory), `a/` → ``, `/` → `/`, `a//b/` → `a`.
    public static func parent(of path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true)
        let absolute = path.hasPrefix("/")
        guard !parts.isEmpty else { return absolute ? "/" : "" }
        parts.removeLast()
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }
}
