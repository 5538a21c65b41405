/// The Executive Core Qualifications framework in force (5 CFR 317.502).
public enum ECQFramework: String, Sendable, CaseIterable, Codable {
    /// 2006–2025 framework.
    case ecq2006 = "2006"
    /// From OPM's memorandum of May 29, 2025.
    case ecq2025 = "2025"

    /// The five qualifications, in the order of the `ecq1`..`ecq5` columns.
    public var names: [String] {
        switch self {
        case .ecq2006:
            return ["Leading Change", "Leading People", "Results Driven", "Business Acumen", "Building Coalitions"]
        case .ecq2025:
            return ["Commitment to the Rule of Law and the Principles of the American Founding",
                    "Driving Efficiency", "Merit and Competence", "Leading People", "Achieving Results"]
        }
    }

    /// The source of the framework.
    public var citation: String {
        switch self {
        case .ecq2006: return "OPM, Guide to SES Qualifications (2006–2025); 5 CFR 317.502"
        case .ecq2025: return "OPM memorandum, Executive Core Qualifications (May 29, 2025); 5 CFR 317.502"
        }
    }

    /// The framework in force on a date: the 2025 ECQs from 2025-05-29.
    public static func inForce(on day: Day) -> ECQFramework {
        day >= Day(year: 2025, month: 5, day: 29)! ? .ecq2025 : .ecq2006
    }
}
