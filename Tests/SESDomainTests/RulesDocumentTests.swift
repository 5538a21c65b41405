import Foundation
import SESDomain
import Testing

/// docs/rules.md carries the rule table exactly as the one definition of each rule renders it.
@Suite struct RulesDocumentTests {
    @Test func documentHasEveryRuleAsDefined() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let rows = RuleCatalogue.markdownTable().split(separator: "\n")
        #expect(rows.count == RuleID.allCases.count + 2)
        for row in rows { #expect(doc.contains(row), "docs/rules.md lacks: \(row)") }
    }
}
