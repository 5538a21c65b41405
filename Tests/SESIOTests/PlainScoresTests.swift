import Foundation
import SESDomain
import SESSupport
import Testing
@testable import SESInput

/// `scores.csv` in its plain layout is read straight from its bytes (``PlainScores``); here it is
/// held to the general reader, which reads every file, on generated files: wherever the shortcut
/// reads a file it gives exactly the general reader's scores, pairs and problems, and every file
/// it declines is one the general reader must read (for a feature only it handles, or a problem).
@Suite("Plain scores layout")
struct PlainScoresTests {
    /// Everything the checks after reading see, as comparable text.
    static func summary(_ parsed: ParsedScores) -> [String] {
        [parsed.readable ? "readable" : "unreadable", parsed.file,
         "columns \(parsed.executiveColumn.map(String.init) ?? "-") \(parsed.positionColumn.map(String.init) ?? "-")",
         "executives " + parsed.executiveIDs.joined(separator: "|"),
         "positions " + parsed.positionIDs.joined(separator: "|"),
         "pairs " + parsed.pairs.map { "\($0.executive):\($0.position)@\($0.line)" }.joined(separator: " ")]
            + parsed.values.map { "\($0.executiveID)|\($0.positionID)|\($0.score.bitPattern)" }
            + parsed.problems.map(\.description)
    }

    /// A file of `records` plain records over a few ids, with the given line ending and, now and
    /// then, one of the features the shortcut leaves to the general reader.
    static func file(_ random: inout SplitMix64, records: Int) -> String {
        func pick<T>(_ items: [T]) -> T { items[Int(random.below(UInt64(items.count)))] }
        let ending = pick(["\n", "\n", "\r\n"])
        var lines = [pick(["executive_id,position_id,score", "executive_id,position_id,score",
                           "executive_id, position_id,score", "position_id,executive_id,score",
                           "executive_id,position_id,score,note", "\u{FEFF}executive_id,position_id,score"])]
        let executives = (1...4).map { "E\($0)" }, positions = (1...5).map { "P\($0)" }
        var executive = pick(executives)
        for _ in 0..<records {
            if random.below(4) == 0 { executive = pick(executives) }
            var fields = [executive, pick(positions),
                          pick(["3", "-2", "0.25", "1000000", "-1000000", "7.", ".5", "1e2", "-0", "007", "12345678901234567"])]
            switch random.below(100) {
            case 0: fields[Int(random.below(3))] = ""
            case 1: fields[0] = " " + fields[0]
            case 2: fields[1] = "\"" + fields[1] + "\""
            case 3: fields[2] = "'" + fields[2]
            case 4: fields[2] = pick(["inf", "nan", "x", "1000001", "2e6", "-1e300"])
            case 5: fields.append("extra")
            case 6: fields.removeLast()
            case 7: fields[0] = "'=" + fields[0]
            case 8: fields[1] = fields[1] + "\t"
            case 9: fields[0] = "É" + fields[0]
            case 10: fields[2] = fields[2] + "\r"
            default: break
            }
            lines.append(fields.joined(separator: ","))
            if random.below(30) == 0 { lines.append(pick(["", ",,", " "])) }
        }
        return lines.joined(separator: ending) + pick(["", ending, ending + ending])
    }

    @Test("every file the shortcut reads reads the same through the general reader")
    func agreesWithTheGeneralReader() throws {
        var random = SplitMix64(seed: 2026)
        var shortcut = 0, declined = 0, withProblems = 0
        for round in 0..<3_000 {
            let text = Self.file(&random, records: Int(random.below(12)))
            let source = InputSource.text(text, name: "scores.csv")
            let general = ScoresReader.parseTable(source, maxBytes: CSVTable.defaultMaxBytes)
            let loaded = try InputText.load(source, maxBytes: CSVTable.defaultMaxBytes)
            guard let plain = PlainScores.parse(loaded, file: "scores.csv") else {
                declined += 1
                continue
            }
            shortcut += 1
            if !plain.problems.isEmpty { withProblems += 1 }
            #expect(Self.summary(plain) == Self.summary(general), "round \(round): \(text.debugDescription)")
            #expect(Self.summary(ScoresReader.parse(source, maxBytes: CSVTable.defaultMaxBytes)) == Self.summary(general))
        }
        // Both sides of the shortcut are exercised, and so are duplicate pairs (its one kind of problem).
        #expect(shortcut > 400 && declined > 1_000 && withProblems > 100, "\(shortcut) read, \(declined) declined, \(withProblems) with problems")
    }

    @Test("files the shortcut declines")
    func declines() {
        for text in ["executive_id,position_id,score\nE1,P1,\"3\"\n", "executive_id,position_id,score\r\rE1,P1,3\n",
                     "executive_id,position_id,score\nE1, P1,3\n", "executive_id,position_id,score\nE1,P1,x\n",
                     "executive_id,position_id,score\nE1,P1,1000001\n", "executive_id,position_id,score\nE1,P1\n",
                     "executive_id,position_id,score\n,P1,3\n", "executive_id,position_id,score\nE1,P1,'3\n",
                     "position_id,executive_id,score\nP1,E1,3\n", "executive_id,position_id,score\nÉ1,P1,3\n"] {
            #expect(PlainScores.parse(text, file: "scores.csv") == nil, "\(text.debugDescription)")
        }
        let plain = PlainScores.parse("executive_id,position_id,score\r\nE1,P1,3\r\n\r\nE1,P2,-1e1\r\nE2,P1,0.5", file: "s.csv")
        #expect(plain?.values == [PairScore(executiveID: "E1", positionID: "P1", score: 3),
                                  PairScore(executiveID: "E1", positionID: "P2", score: -10),
                                  PairScore(executiveID: "E2", positionID: "P1", score: 0.5)])
        #expect(plain?.pairs.map(\.line) == [2, 4, 5])
    }
}
