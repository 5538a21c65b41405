import Foundation
import SESPlanning

/// Renders a ``DraftAudit`` for people (`sesplan check`) and as JSON (`sesplan check --json`).
public enum DraftAuditText {
    /// The audit as plain text; `file` names the draft in locations (`moves.csv:3:`).
    public static func text(_ audit: DraftAudit, file: String) -> String {
        var out: [String] = []
        let law = audit.lawViolations, policy = audit.policyViolations
        let verdict = audit.compliant
            ? "compliant: breaks neither the law nor the agency's policy"
            : law.isEmpty
                ? "breaks agency policy only: \(count(policy.count, "policy violation")); no breach of law"
                : "UNLAWFUL: \(count(law.count, "violation")) of law" + (policy.isEmpty ? "" : ", \(count(policy.count, "violation")) of agency policy")
        out.append("\(file): \(verdict) (as of \(audit.asOf.iso); \(count(audit.summary.rows, "row")): "
                   + "\(count(audit.summary.reassignments, "reassignment")), \(count(audit.summary.transfers, "transfer")), "
                   + "\(count(audit.summary.placements, "placement")), \(count(audit.summary.relocations, "relocation")))")
        if !law.isEmpty {
            out.append("")
            out.append("Violations of law (statute or regulation):")
            for v in law { out += finding(v, file: file) }
        }
        if !policy.isEmpty {
            out.append("")
            out.append("Violations of agency policy (the policy can be changed; the law cannot):")
            for v in policy { out += finding(v, file: file) }
        }
        if !audit.advisories.isEmpty {
            out.append("")
            out.append("Advisories (they do not make the draft unlawful):")
            for a in audit.advisories { out += finding(a, file: file) }
        }
        let moving = audit.moves.filter { $0.action != .stay && $0.action != .unplaced }
        if !moving.isEmpty {
            out.append("")
            out.append("Moves:")
            var rows = [["line", "executive", "from", "to", "action", "relocation", "voluntary", "notice", "earliest lawful", "effective"]]
            for m in moving {
                rows.append([m.line.map(String.init) ?? "", m.executiveID, m.fromPositionID ?? "—", m.toPositionID,
                             m.action.rawValue, m.relocation ? "yes" : "no", m.voluntary ? "yes" : "no", "\(m.noticeDays) d",
                             m.earliestLawful.iso, m.effective.iso + (m.effectiveGiven ? "" : " (derived)")])
            }
            out += table(rows).map { "  " + $0 }
        }
        if !audit.consent.isEmpty {
            out.append("")
            out.append("Record of consent: these moves rely on consent; keep in writing:")
            for c in audit.consent {
                out.append("  \(c.executiveID) → \(c.toPositionID): \(c.kind.title) (\(c.citation)); \(c.reason)")
                out += c.onFile.map { "    - \($0)" }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The audit as JSON: stable key order, two-space indentation.
    public static func json(_ audit: DraftAudit) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(audit), as: UTF8.self) + "\n"
    }

    static func finding(_ f: AuditFinding, file: String) -> [String] {
        let location = f.line.map { "\(file):\($0)" } ?? "\(file) (whole draft)"
        let pair = [f.executiveID, f.positionID].compactMap { $0 }.joined(separator: " → ")
        return ["  \(location): \(pair.isEmpty ? "" : pair + ": ")\(f.rule.rawValue) (\(f.citation); \(f.kind.label))",
                "      \(f.message)",
                "      fix: \(f.fix)"]
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        return rows.map { row in
            var line = row.enumerated().map { k, cell in cell + String(repeating: " ", count: widths[k] - cell.count) }
                .joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
