import Foundation
import SESDomain
@testable import SESPlanning
import Testing

/// Absent optionals are written as `null`, so every move and row has the same keys; a file
/// without a key (written before the key existed) still reads, with the value absent.
@Suite struct NullEncodedTests {
    static let move = PlanMove(executiveID: "E1", executiveName: "N", appointment: .career, fromPositionID: nil,
                               toPositionID: "P1", toTitle: nil, action: .placement, relocation: false, voluntary: true,
                               noticeDays: 0, earliestEffective: Day(iso: "2026-12-01")!, score: 1, scoreTerms: ScoreTerms(),
                               citations: [], flags: [])

    @Test func absentOptionalsAreWrittenAsNull() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.move)) as? [String: Any])
        var checked = 0
        for key in ["from_position_id", "to_title", "own_earliest", "waits_for"] {
            #expect(object[key] is NSNull, "\(key) is not null")
            checked += 1
        }
        #expect(object["to_position_id"] as? String == "P1" && object["earliest_effective"] as? String == "2026-12-01")
        #expect(checked == 4)
    }

    @Test func aMissingKeyReadsAsAbsentAndValuesRoundTrip() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.move)) as? [String: Any])
        object.removeValue(forKey: "waits_for")
        object.removeValue(forKey: "own_earliest")
        let back = try JSONDecoder().decode(PlanMove.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(back == Self.move)
        var waiting = Self.move
        waiting.waitsFor = "E2"
        waiting.ownEarliest = Day(iso: "2026-11-20")
        #expect(try JSONDecoder().decode(PlanMove.self, from: JSONEncoder().encode(waiting)) == waiting)
    }
}
