/// An executive may be reassigned only to a position for which they are qualified
/// (5 U.S.C. 3395(a)(1); 5 CFR 317.901(a)): every ECQ rating at least the position's minimum,
/// and every required skill held.
public enum QualificationRule {
    public static let citation = "5 U.S.C. 3395(a)(1); 5 CFR 317.901(a)"

    /// True when an ECQ minimum is unmet or a required skill is missing.
    @inlinable public static func violates(_ executive: Executive, _ position: Position) -> Bool {
        let minimums = position.ecqMinimum, ratings = executive.ecq
        for i in 0..<min(5, minimums.count) where (i < ratings.count ? ratings[i] : 0) < minimums[i] { return true }
        for skill in position.requiredSkills where !executive.skills.contains(skill) { return true }
        return false
    }

    /// A finding naming every unmet minimum and missing required skill.
    public static func check(_ executive: Executive, _ position: Position, framework: ECQFramework) -> RuleFinding? {
        guard violates(executive, position) else { return nil }
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
