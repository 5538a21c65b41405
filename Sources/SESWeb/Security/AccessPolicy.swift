/// Who may talk to the workspace: on the loopback address, this machine's browsers (with the Host
/// header checked against DNS rebinding); on any other address, only a request carrying the
/// access token (generated and printed at start, or given), checked on every request.
public struct AccessPolicy: Sendable {
    /// The address the server binds to.
    public let host: String
    /// The token every request must carry; nil on loopback without `--token`.
    public let token: String?
    /// True when the token was generated here (so it must be printed).
    public let generated: Bool

    /// A bad `--host` or `--token`.
    public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Decides the policy for a bind address and an optional given token.
    public init(host: String, token: String?) throws(ConfigurationError) {
        self.host = host
        if let token {
            guard token.count >= 16 else {
                throw ConfigurationError(description: "--token must be at least 16 characters")
            }
            guard token.unicodeScalars.allSatisfy(Self.tokenCharacters.contains) else {
                throw ConfigurationError(description: "--token may hold only letters, digits and - _ . ~")
            }
            self.token = token
            generated = false
        } else if Self.isLoopback(host) {
            self.token = nil
            generated = false
        } else {
            self.token = RandomToken.make()
            generated = true
        }
    }

    /// Characters allowed in a token: they go into a cookie and a URL unescaped.
    static let tokenCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".unicodeScalars)

    /// True for the loopback addresses (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        if h == "localhost" || h == "::1" || h == "[::1]" { return true }
        let octets = h.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// True when the server is reachable only from this machine.
    public var loopbackOnly: Bool { Self.isLoopback(host) }

    /// Whether a request's Host header may reach a loopback-only server: a loopback name with any
    /// port. Another name means a page elsewhere resolved its own name to 127.0.0.1 (DNS
    /// rebinding), and is refused. Servers on other addresses rely on the token instead.
    public func acceptsHostHeader(_ value: String?) -> Bool {
        guard loopbackOnly else { return true }
        guard let value, !value.isEmpty else { return false }
        var name = value.lowercased()
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return false }
            name = String(name[name.index(after: name.startIndex)..<close])
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return Self.isLoopback(name)
    }

    /// Whether `presented` is the access token (always true when none is required).
    public func admits(_ presented: String?) -> Bool {
        guard let token else { return true }
        guard let presented else { return false }
        return RandomToken.equal(presented, token)
    }
}
