import Foundation
import SESDomain
import Testing
import Yams
@testable import SESInput

/// `docs/policy.md` and `docs/rotations.md` against the readers: every documented policy example
/// reads without a problem, every documented key is accepted and every accepted key is documented;
/// the examples' `policy.yaml` files read too.
@Suite("Documented policy keys")
struct DocumentedPolicyTests {
    static let root = PLUMTestData.packageRoot
    static let asOf = Day(iso: "2026-12-01")!

    /// The ```yaml blocks of a Markdown file, with the line each starts on.
    static func yamlBlocks(_ relativePath: String) throws -> [(line: Int, text: String)] {
        let text = try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
        var blocks: [(line: Int, text: String)] = []
        var fence: (yaml: Bool, start: Int, lines: [String])?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var open = fence {
                if trimmed == "```" {
                    if open.yaml { blocks.append((open.start, open.lines.joined(separator: "\n") + "\n")) }
                    fence = nil
                } else {
                    open.lines.append(line)
                    fence = open
                }
            } else if trimmed.hasPrefix("```") {
                fence = (["```yaml", "```yml"].contains(trimmed), index + 2, [])
            }
        }
        return blocks
    }

    /// Dotted key paths of a policy document: `weights.move`, `rules.*.citation` for the long form
    /// of a rule parameter, `pins.executive`; free names (component limits) are not descended into.
    static func keyPaths(_ node: Node, prefix: String = "") -> Set<String> {
        var paths = Set<String>()
        switch node {
        case .mapping(let mapping):
            for (keyNode, value) in mapping {
                guard let key = keyNode.scalar?.string else { continue }
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.insert(path)
                if ["limits.component_max_moves", "rotation.component_limits"].contains(path) { continue }
                let childPrefix = prefix == "rules" && value.mapping != nil ? "rules.*" : path
                paths.formUnion(keyPaths(value, prefix: childPrefix))
            }
        case .sequence(let items):
            for item in items { paths.formUnion(keyPaths(item, prefix: prefix)) }
        default:
            break
        }
        return paths
    }

    /// The documented key paths of the blocks of a file.
    static func documentedKeys(_ relativePath: String) throws -> Set<String> {
        var keys = Set<String>()
        for block in try yamlBlocks(relativePath) {
            if let node = try Yams.compose(yaml: block.text) { keys.formUnion(keyPaths(node)) }
        }
        return keys
    }

    @Test("every policy example in docs/policy.md reads without a problem")
    func policyExamplesRead() throws {
        let blocks = try Self.yamlBlocks("docs/policy.md")
        #expect(blocks.count >= 1)
        for block in blocks {
            let document = PolicyReader.parse(.text(block.text, name: "docs/policy.md (block at line \(block.line))"),
                                              defaultAsOf: Self.asOf, overrides: PolicyOverrides(), maxBytes: 1 << 20)
            #expect(document.problems.isEmpty, "\(document.problems.map(\.description))")
        }
    }

    @Test("every rotation policy example in docs/rotations.md reads without a problem")
    func rotationExamplesRead() throws {
        let blocks = try Self.yamlBlocks("docs/rotations.md")
        #expect(blocks.count >= 1)
        for block in blocks {
            let (_, problems) = RotationPolicyReader.parse(.text(block.text, name: "docs/rotations.md (block at line \(block.line))"),
                                                          defaultAsOf: Self.asOf, overrides: .init(), maxBytes: 1 << 20)
            #expect(problems.isEmpty, "\(problems.map(\.description))")
        }
    }

    @Test("the keys docs/policy.md documents are exactly the keys the policy reader accepts")
    func policyKeysMatch() throws {
        let documented = try Self.documentedKeys("docs/policy.md")
        var accepted = Set(PolicyReader.keys)
        accepted.formUnion(PolicyReader.weightKeys.map { "weights.\($0)" })
        accepted.formUnion(PolicyReader.limitKeys.map { "limits.\($0)" })
        accepted.formUnion(PolicyReader.ruleKeys.map { "rules.\($0)" })
        accepted.formUnion(PolicyReader.ruleFormKeys.map { "rules.*.\($0)" })
        accepted.formUnion(["pins", "forbids"].flatMap { list in ["executive", "position"].map { "\(list).\($0)" } })
        #expect(accepted.count >= 40)
        #expect(documented.subtracting(accepted).isEmpty, "documented but refused: \(documented.subtracting(accepted).sorted())")
        #expect(accepted.subtracting(documented).isEmpty, "accepted but not documented: \(accepted.subtracting(documented).sorted())")
        // The sections other commands read are pointed to.
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/policy.md"), encoding: .utf8)
        for section in PolicyReader.otherSections {
            #expect(text.contains("`\(section):`"), "docs/policy.md does not mention the `\(section):` section")
        }
    }

    @Test("the rotation: keys docs/rotations.md documents are exactly the keys its reader accepts")
    func rotationKeysMatch() throws {
        let documented = try Self.documentedKeys("docs/rotations.md").filter { $0.hasPrefix("rotation.") }
        let accepted = Set(RotationPolicyReader.keys.map { "rotation.\($0)" }
                           + RotationPolicyReader.weightKeys.map { "rotation.weights.\($0)" })
        #expect(accepted.count >= 20)
        #expect(documented.subtracting(accepted).isEmpty, "documented but refused: \(documented.subtracting(accepted).sorted())")
        #expect(accepted.subtracting(documented).isEmpty, "accepted but not documented: \(accepted.subtracting(documented).sorted())")
    }

    @Test("the examples' inputs and policy files read without a problem")
    func examplePoliciesRead() throws {
        for name in ["labor", "small"] {
            let directory = Self.root.appendingPathComponent("examples/\(name)")
            func path(_ file: String) -> String { directory.appendingPathComponent(file).path }
            let instance = try InstanceLoader.load(executives: path("executives.csv"), positions: path("positions.csv"),
                                                   agencies: path("agencies.csv"), policy: path("policy.yaml"),
                                                   defaultAsOf: Self.asOf)
            #expect(!instance.executives.isEmpty)
        }
        let cohort = Self.root.appendingPathComponent("examples/cdp-cohort/policy.yaml").path
        let policy = try RotationPolicyReader.read(.file(cohort), defaultAsOf: Self.asOf)
        #expect(policy.base.asOf == Self.asOf)
    }
}
