import ArgumentParser

/// The output directory of `sesplan rotations` and `sesplan rotations synth`: one option type for
/// both, because ArgumentParser hands a subcommand the value its parent command already read.
struct OutputDirectoryOption: ParsableArguments {
    @Option(name: .long, help: "Output directory (created if missing; required).")
    var out: String?
}
