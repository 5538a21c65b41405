import SESDomain
import Yams

/// Writes a ``Policy`` as `policy.yaml` text that `PolicyReader` reads back to the same policy:
/// every setting the form edits, rule parameters in the short form (`notice_days: 15`) unless
/// their citation, date, verification or note differ from the defaults, and pins and forbids.
/// A `rotation:` section of the file it replaces is carried over unchanged.
enum PolicyYAML {
    /// The YAML text of a policy; `keeping` is the earlier file, whose `rotation:` section is kept.
    static func text(_ policy: Policy, keeping earlier: String? = nil) throws -> String {
        var root: [(Node, Node)] = [
            (key("as_of"), string(policy.asOf.iso)),
            (key("ecq_framework"), string(policy.ecqFramework.rawValue)),
            (key("plans"), number(Double(policy.plans))),
            (key("min_difference"), number(Double(policy.minDifference))),
            (key("time_limit_seconds"), number(policy.timeLimitSeconds)),
            (key("relative_gap"), number(policy.relativeGap)),
            (key("weights"), weights(policy.weights)),
            (key("limits"), limits(policy.limits)),
            (key("rules"), rules(policy.rules)),
        ]
        if !policy.pins.isEmpty { root.append((key("pins"), pairs(policy.pins))) }
        if !policy.forbids.isEmpty { root.append((key("forbids"), pairs(policy.forbids))) }
        if let earlier, let rotation = rotationSection(earlier) { root.append((key("rotation"), rotation)) }
        let body = try Yams.serialize(node: .mapping(Node.Mapping(root)), width: -1, allowUnicode: true)
        return "# Planning policy, written by the sesplan workspace's policy form.\n" + body
    }

    static func key(_ name: String) -> Node { .scalar(Node.Scalar(name)) }
    static func string(_ value: String) -> Node { .scalar(Node.Scalar(value, .implicit, .doubleQuoted)) }
    static func bool(_ value: Bool) -> Node { .scalar(Node.Scalar(value ? "true" : "false")) }

    /// A number: integral values without a fractional part.
    static func number(_ value: Double) -> Node {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        return .scalar(Node.Scalar(text))
    }

    static func weights(_ w: Policy.Weights) -> Node {
        var pairs: [(Node, Node)] = [
            ("ecq_fit", w.ecqFit), ("skills", w.skills), ("development", w.development),
            ("broadening_component", w.broadeningComponent), ("broadening_agency", w.broadeningAgency),
            ("preference", w.preference), ("priority", w.priority), ("move", w.move), ("relocation", w.relocation),
            ("baseline_change", w.baselineChange),
        ].map { (key($0.0), number($0.1)) }
        pairs.append((key("shortfall"), w.shortfall.map(number) ?? .scalar(Node.Scalar("auto"))))
        return .mapping(Node.Mapping(pairs))
    }

    static func limits(_ l: Policy.Limits) -> Node {
        var pairs: [(Node, Node)] = []
        if let maxMoves = l.maxMoves { pairs.append((key("max_moves"), number(Double(maxMoves)))) }
        if let maxRelocations = l.maxRelocations { pairs.append((key("max_relocations"), number(Double(maxRelocations)))) }
        if !l.componentMaxMoves.isEmpty {
            let caps = l.componentMaxMoves.sorted { $0.key < $1.key }.map { (string($0.key), number(Double($0.value))) }
            pairs.append((key("component_max_moves"), .mapping(Node.Mapping(caps))))
        }
        if let allocation = l.governmentwideAllocation {
            pairs.append((key("governmentwide_allocation"), number(Double(allocation))))
        }
        pairs.append((key("must_fill_hard"), bool(l.mustFillHard)))
        return .mapping(Node.Mapping(pairs))
    }

    static func rules(_ rules: Policy.Rules) -> Node {
        let defaults = Policy.Rules().all
        var pairs: [(Node, Node)] = []
        for (k, (name, parameter)) in rules.all.enumerated() {
            let standard = defaults[k].parameter
            if parameter.citation == standard.citation, parameter.effective == standard.effective,
               parameter.verified == standard.verified, parameter.note == standard.note {
                pairs.append((key(name), number(parameter.value)))
                continue
            }
            var form: [(Node, Node)] = [(key("value"), number(parameter.value)), (key("citation"), string(parameter.citation))]
            if let effective = parameter.effective { form.append((key("effective"), string(effective.iso))) }
            form.append((key("verified"), bool(parameter.verified)))
            if let note = parameter.note { form.append((key("note"), string(note))) }
            pairs.append((key(name), .mapping(Node.Mapping(form))))
        }
        for entry in rules.switches { pairs.append((key(entry.key), bool(entry.value))) }
        return .mapping(Node.Mapping(pairs))
    }

    static func pairs(_ list: [Policy.Assignment]) -> Node {
        .sequence(Node.Sequence(list.map { pair in
            .mapping(Node.Mapping([(key("executive"), string(pair.executiveID)), (key("position"), string(pair.positionID))]))
        }))
    }

    /// The `rotation:` section of a policy file, if it has one and parses.
    static func rotationSection(_ text: String) -> Node? {
        guard let root = try? Yams.compose(yaml: text), case .mapping(let mapping) = root else { return nil }
        return mapping.first { $0.key.scalar?.string == "rotation" }?.value
    }
}
