/// What "qualified" means for a pair (5 U.S.C. 3395(a)(1)(A)): every ECQ rating at least the
/// position's minimum and every required skill held. The standard is the agency's (5 U.S.C. 3392(a));
/// that the appointee must meet it is the law.
public enum QualificationRule {
    /// True when the executive meets every ECQ minimum and holds every required skill.
    @inlinable public static func isQualified(_ executive: Executive, _ position: Position) -> Bool {
        let minimums = position.ecqMinimum, ratings = executive.ecq
        for i in 0..<min(5, minimums.count) where (i < ratings.count ? ratings[i] : 0) < minimums[i] { return false }
        for skill in position.requiredSkills where !executive.skills.contains(skill) { return false }
        return true
    }

    /// Every unmet minimum and missing required skill, in words.
    public static func gaps(_ executive: Executive, _ position: Position, framework: ECQFramework) -> String {
        var gaps: [String] = []
        for (i, minimum) in position.ecqMinimum.enumerated() where i < 5 {
            let rating = i < executive.ecq.count ? executive.ecq[i] : 0
            if rating < minimum { gaps.append("\(framework.names[i]) \(rating) < \(minimum)") }
        }
        let held = Set(executive.skills)
        let missing = position.requiredSkills.filter { !held.contains($0) }
        if !missing.isEmpty { gaps.append("missing required skills: \(missing.joined(separator: ", "))") }
        return "\(executive.id) does not meet \(position.id)'s qualifications (\(gaps.joined(separator: "; ")))"
    }
}
