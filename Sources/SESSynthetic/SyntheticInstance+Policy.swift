import SESDomain

extension SyntheticInstance {
    /// The `policy.yaml` text: as_of, ECQ framework, number of plans, their minimum difference and
    /// the move, relocation and component limits (component keys sorted, so the text is deterministic).
    public var policyYAML: String {
        var lines = [
            "# Planning policy for a synthetic instance (sesplan synth, generator \(SyntheticGenerator.version), seed \(generator.seed)).",
            "# Limits are illustrative: max_moves is about 10% and max_relocations about 3% of the executives.",
            "as_of: \(policy.asOf.iso)",
            "ecq_framework: \"\(policy.ecqFramework.rawValue)\"",
            "plans: \(policy.plans)",
            "min_difference: \(policy.minDifference)",
            "limits:",
        ]
        if let moves = policy.limits.maxMoves { lines.append("  max_moves: \(moves)") }
        if let relocations = policy.limits.maxRelocations { lines.append("  max_relocations: \(relocations)") }
        let components = policy.limits.componentMaxMoves.keys.sorted()
        if !components.isEmpty {
            lines.append("  component_max_moves:")
            for name in components {
                lines.append("    \(Self.yamlQuoted(name)): \(policy.limits.componentMaxMoves[name]!)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for c in text {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
