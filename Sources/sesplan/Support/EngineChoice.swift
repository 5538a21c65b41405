import ArgumentParser
import SesplanKit

/// The `--engine` choice.
enum EngineChoice: String, ExpressibleByArgument, CaseIterable {
    case fast, glpk

    var engine: PlanningEngine { self == .fast ? .fast : .glpk }
}
