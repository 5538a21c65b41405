import Foundation
import SESDomain
import SESSupport

/// Titles for synthetic Career Reserved positions: a program area (with its lead skill) set into
/// one of a few customary SES title forms, always ending in `(synthetic)`.
enum SyntheticTitles {
    /// Program areas and the skill each leads with.
    static let areas: [(name: String, skill: String)] = [
        ("Budget and Performance", "budget"),
        ("Financial Management", "financial management"),
        ("Acquisition Management", "acquisition"),
        ("Cybersecurity", "cybersecurity"),
        ("Data and Analytics", "data analytics"),
        ("Human Capital", "human capital"),
        ("Enforcement Programs", "enforcement"),
        ("Regulatory Programs", "regulatory affairs"),
        ("Grants Management", "grants management"),
        ("Field Operations", "operations"),
        ("Information Technology Modernization", "it modernization"),
        ("Program Integrity", "audit and oversight"),
        ("Enterprise Risk Management", "risk management"),
        ("Research and Evaluation", "science and research"),
        ("Security and Emergency Management", "emergency management"),
        ("Facilities and Logistics", "facilities"),
        ("Customer Experience", "customer experience"),
        ("Strategic Planning", "strategic planning"),
        ("Engineering Services", "engineering"),
        ("Economic Analysis", "economics"),
        ("International Programs", "international affairs"),
        ("Labor-Management Relations", "labor relations"),
        ("Program Management", "program management"),
        ("Performance Improvement", "performance management"),
    ]

    /// Title forms for a headquarters position; `{}` stands for the area.
    static let headquartersForms = [
        "Deputy Assistant Secretary for {}",
        "Director, Office of {}",
        "Associate Administrator for {}",
        "Deputy Director for {}",
        "Executive Director, {}",
        "Director, {} Division",
    ]

    /// Title forms for a field position; `{}` the area, `[]` the duty station.
    static let fieldForms = [
        "Regional Administrator for {}, []",
        "Regional Director, {}, []",
        "Director, [] Field Office of {}",
    ]

    /// A title for a position in `area` at `location`; field forms are used (at random) outside the
    /// Washington, DC area.
    static func title(area: String, location: String, commutingArea: String, rng: inout SplitMix64) -> String {
        let isField = !commutingArea.isEmpty && commutingArea != "WASHINGTON DC METRO" && rng.chance(0.5)
        let form = isField ? rng.pick(fieldForms) : rng.pick(headquartersForms)
        let place = displayPlace(location)
        return form.replacingOccurrences(of: "{}", with: area).replacingOccurrences(of: "[]", with: place)
            + " (synthetic)"
    }

    /// The city part of a PLUM location in title case: `"DALLAS, TX"` → `"Dallas"`.
    static func displayPlace(_ location: String) -> String {
        let city = location.split(separator: ",").first.map(String.init) ?? location
        return city.split(whereSeparator: \.isWhitespace).map { word -> String in
            guard let first = word.first else { return "" }
            return String(first).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
