import ArgumentParser
import SesplanKit

/// The what-if options `plan` and `explain` share, so a plan made with them can be explained
/// with the same ones.
struct WhatIfOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pin an executive to a position (repeatable).", valueName: "EXECUTIVE=POSITION"))
    var pin: [PairArgument] = []

    @Option(name: .long, help: ArgumentHelp("Forbid an executive–position pair (repeatable).", valueName: "EXECUTIVE=POSITION"))
    var forbid: [PairArgument] = []

    @Option(name: .long, help: "An earlier plan (plan-N.json, .csv or .xlsx) to stay close to: moving an executive away from it costs weights.baseline_change.")
    var baseline: String?

    @Option(name: .long, help: "Approved moves to keep fixed (executive_id,to_position_id, as a moves draft); the rest is re-planned.")
    var lock: String?

    /// The settings as the planning API names them.
    var whatIf: WhatIf {
        WhatIf(pins: pin.map(\.pair), forbids: forbid.map(\.pair), baseline: baseline, lock: lock)
    }

    /// The files these options read, for the output directory to protect.
    var paths: [String] { [baseline, lock].compactMap { $0 } }
}
