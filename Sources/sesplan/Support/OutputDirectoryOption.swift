import ArgumentParser

/// The output directory of `sesplan rotations` and `sesplan rotations synth`: one option type for
/// both, because ArgumentParser hands a subcommand the value its parent command already read.
struct OutputDirectoryOption: ParsableArguments {
    @Option(name: .long, help: "Output directory (created if missing; required).")
    var out: String?

    /// The directory; its absence is the usage error ArgumentParser gives a missing required option.
    func required() throws -> String {
        guard let out else { throw ValidationError("Missing expected argument '--out <out>'") }
        return out
    }
}
