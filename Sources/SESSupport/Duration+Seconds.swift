extension Duration {
    /// The duration in seconds, as a Double (for time limits and reported solve times).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
