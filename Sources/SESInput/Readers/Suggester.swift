/// "Did you mean" hints for many unknown names against one list of known names, at a bounded cost.
///
/// Each distinct unknown name is looked up once; after ``budget`` distinct look-ups the rest get no
/// hint (a message lists at most 50 problems anyway). A look-up compares only names within two
/// characters of the same length, with an edit distance that gives up past 2, so 1,000 mistyped
/// ids against 10,000 known ones cost milliseconds, not minutes.
struct Suggester {
    /// Distinct look-ups that may still be made.
    private(set) var budget: Int
    /// The known names, sorted, so the hint for a name does not depend on input order.
    private let candidates: [String]
    /// Hints already found (nil: none within distance 2).
    private var cache: [String: String?] = [:]

    /// A suggester over `candidates` that answers at most `budget` distinct names.
    init<Names: Sequence>(_ candidates: Names, budget: Int = 100) where Names.Element == String {
        self.candidates = Array(Set(candidates)).filter { !$0.isEmpty }.sorted()
        self.budget = budget
    }

    /// The closest known name to `word`, or nil when none is within edit distance 2 or the budget is spent.
    mutating func hint(for word: String) -> String? {
        if let known = cache[word] { return known }
        guard budget > 0 else { return nil }
        budget -= 1
        let hint = ValueText.suggestion(for: word, among: candidates)
        cache[word] = hint
        return hint
    }
}
