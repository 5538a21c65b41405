/// The fixed skill vocabulary of the synthetic generator, and the skills a position title suggests.
///
/// Skills are lower case (as the `sesplan` readers normalise them) and, in lists, in vocabulary order.
public enum SkillVocabulary {
    /// The 30 skills, in their canonical order.
    public static let skills = [
        "budget", "financial management", "acquisition", "cybersecurity", "data analytics",
        "human capital", "legal", "policy", "operations", "it modernization",
        "grants management", "program management", "enforcement", "regulatory affairs",
        "audit and oversight", "risk management", "strategic planning", "communications",
        "legislative affairs", "labor relations", "international affairs", "science and research",
        "engineering", "security", "emergency management", "logistics", "facilities",
        "performance management", "customer experience", "economics",
    ]

    /// Title or component keywords (upper case) and the skills they suggest, most specific first.
    static let cues: [(keywords: [String], skills: [String])] = [
        (["CHIEF FINANCIAL", "FINANCIAL", "FINANCE", "ACCOUNTING", "COMPTROLLER"], ["financial management", "budget"]),
        (["BUDGET"], ["budget", "performance management"]),
        (["ACQUISITION", "PROCUREMENT", "CONTRACT"], ["acquisition"]),
        (["CYBER"], ["cybersecurity", "it modernization"]),
        (["INFORMATION OFFICER", "INFORMATION TECHNOLOGY", "TECHNOLOGY", "DIGITAL", "CHIEF INFORMATION"], ["it modernization", "cybersecurity"]),
        (["DATA", "STATISTIC", "ANALYTIC", "EVALUATION"], ["data analytics"]),
        (["HUMAN CAPITAL", "HUMAN RESOURCES", "PERSONNEL", "WORKFORCE"], ["human capital"]),
        (["COUNSEL", "SOLICITOR", "LEGAL", "LAW ", "ATTORNEY", "JUDGE", "LITIGATION"], ["legal"]),
        (["GRANT"], ["grants management"]),
        (["ENFORCEMENT", "COMPLIANCE", "INVESTIGAT", "PROSECUT"], ["enforcement"]),
        (["REGULAT", "STANDARDS"], ["regulatory affairs"]),
        (["AUDIT", "INSPECTOR", "OVERSIGHT", "INTEGRITY"], ["audit and oversight"]),
        (["RISK"], ["risk management"]),
        (["PUBLIC AFFAIRS", "COMMUNICATION", "PRESS", "MEDIA", "OUTREACH"], ["communications"]),
        (["CONGRESSIONAL", "LEGISLATIVE", "INTERGOVERNMENTAL"], ["legislative affairs"]),
        (["LABOR RELATIONS", "LABOR-MANAGEMENT", "EMPLOYEE RELATIONS"], ["labor relations"]),
        (["INTERNATIONAL", "FOREIGN", "GLOBAL", "TRADE"], ["international affairs"]),
        (["SCIEN", "RESEARCH", "LABORATOR"], ["science and research"]),
        (["ENGINEER"], ["engineering"]),
        (["EMERGENCY", "PREPAREDNESS", "DISASTER", "RESILIENCE"], ["emergency management"]),
        (["SECURITY", "INTELLIGENCE", "PROTECT"], ["security"]),
        (["LOGISTIC", "SUPPLY"], ["logistics"]),
        (["FACILIT", "REAL PROPERTY", "REAL ESTATE"], ["facilities"]),
        (["PERFORMANCE"], ["performance management"]),
        (["CUSTOMER", "SERVICE DELIVERY", "CONSTITUENT"], ["customer experience"]),
        (["ECONOMIC", "ECONOMIST"], ["economics"]),
        (["POLICY"], ["policy"]),
        (["PLANNING", "STRATEG"], ["strategic planning"]),
        (["PROGRAM"], ["program management"]),
        (["OPERATIONS", "REGIONAL", "FIELD", "DISTRICT"], ["operations"]),
    ]

    /// Skills suggested by a position's title, then its component (deduplicated, cue order).
    public static func suggested(title: String, component: String) -> [String] {
        var result: [String] = []
        for text in [title.uppercased(), component.uppercased()] {
            for cue in cues where cue.keywords.contains(where: { text.contains($0) }) {
                for skill in cue.skills where !result.contains(skill) { result.append(skill) }
            }
        }
        return result
    }

    /// The skills in vocabulary order (unknown skills last, in their given order), without repeats.
    public static func ordered(_ items: [String]) -> [String] {
        var unique: [String] = []
        for item in items where !unique.contains(item) { unique.append(item) }
        let known = skills.filter { unique.contains($0) }
        return known + unique.filter { !skills.contains($0) }
    }
}
