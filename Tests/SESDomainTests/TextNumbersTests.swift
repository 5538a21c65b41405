import SESSupport
import Testing
@testable import SESDomain

/// The screen's numbers for agencies, areas, components and skills: each distinct text numbered
/// once, in order of first appearance, whether it is asked for again at once or later.
@Suite struct TextNumbersTests {
    @Test func numbersFollowFirstAppearance() {
        var random = SplitMix64(seed: 3)
        var checked = 0
        for _ in 0..<200 {
            let texts = (0..<Int(random.below(40))).map { _ in ["A", "B", "", "Agency of ç", "B"][Int(random.below(5))] }
            var numbers = TextNumbers()
            var expected: [String: Int32] = [:]
            for text in texts {
                let number = numbers.number(of: text)
                if expected[text] == nil { expected[text] = Int32(expected.count) }
                #expect(number == expected[text])
                checked += 1
            }
        }
        #expect(checked > 3_000)
    }
}
