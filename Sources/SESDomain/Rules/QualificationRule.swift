/// An executive may be reassigned only to a position for which they are qualified
/// (5 U.S.C. 3395(a)(1); 5 CFR 317.901(a)): every ECQ rating at least the position's minimum,
/// and every required skill held.
public enum QualificationRule {
    public static let citation = "5 U.S.C. 3395(a)(1); 5 CFR 317.901(a)"

    /// A finding naming every unmet minimum and missing required skill.
    public static func check(_ executive: Executive, _ position: Position, framework: ECQFramework) -> RuleFinding? {
        var gaps: [String] = []
        for (i, minimum) in position.ecqMinimum.enumerated() where i < 5 {
            let rating = i < executive.ecq.count ? executive.ecq[i] : 0
            if rating < minimum { gaps.append("\(framework.names[i]) \(rating) < \(minimum)") }
        }
        let held = Set(executive.skills)
        let missing = position.requiredSkills.filter { !held.contains($0) }
        if !missing.isEmpty { gaps.append("missing required skills: \(missing.joined(separator: ", "))") }
        guard !gaps.isEmpty else { return nil }
        return RuleFinding(rule: .qualification, citation: citation,
                           message: "\(executive.id) does not meet \(position.id)'s qualifications (\(gaps.joined(separator: "; ")))")
    }
}
