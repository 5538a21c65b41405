import ArgumentParser
import Foundation
import SesplanKit

/// `sesplan rules`: every rule the tool applies, with its citation and whether it is law or agency policy.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its citation, whether it is law or agency policy, and its effect.",
        discussion: "The same table is in docs/rules.md. Agency policy can be changed in policy.yaml; the law cannot.")

    func run() throws {
        FileHandle.standardOutput.write(Data(RuleCatalogue.markdownTable().utf8))
    }
}
