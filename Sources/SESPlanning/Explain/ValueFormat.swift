/// Numbers as explanations print them: whole numbers without decimals, others with at most four.
enum ValueFormat {
    /// `3`, `2.5`, `-1.25`, `0.3333`.
    static func number(_ x: Double) -> String {
        let r = (x * 10_000).rounded() / 10_000
        if r == 0 { return "0" }
        if r == r.rounded(), abs(r) < 1e15 { return String(Int(r)) }
        var text = String(r)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 5 {
            text = String(text[..<text.index(dot, offsetBy: 5)])
        }
        return text
    }

    /// A number with its sign: `+3`, `-1.5`, `0`.
    static func signed(_ x: Double) -> String {
        let text = number(x)
        return text.hasPrefix("-") || text == "0" ? text : "+" + text
    }

    /// "1 position", "3 positions".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
