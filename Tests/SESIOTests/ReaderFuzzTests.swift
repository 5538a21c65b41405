import Foundation
import SESDomain
import Testing
@testable import SESInput
@testable import SESReports
import SESSupport

/// Property tests of every input reader: the regression corpus replayed, mutated inputs (the same
/// contract the libFuzzer target checks, see scripts/fuzz), and generated hostile values in every
/// numeric and date field. Each reader must return a value or refuse the input with every problem
/// located; nothing may crash, hang or be accepted out of range.
@Suite struct ReaderFuzzTests {
    static let corpus = CLIRootPath.root.appendingPathComponent("Tests/Fuzz/corpus")

    /// The seconds the mutation test runs (FUZZ_SECONDS; 3 in the ordinary suite).
    static let seconds = Double(ProcessInfo.processInfo.environment["FUZZ_SECONDS"] ?? "") ?? 3

    static func corpusInputs() throws -> [(name: String, bytes: [UInt8])] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().map { name in
            (name, [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name))))
        }
    }

    @Test func everyCorpusInputKeepsTheContract() throws {
        let inputs = try Self.corpusInputs()
        #expect(inputs.count >= 30)
        var refused = 0
        for (name, bytes) in inputs {
            let start = ContinuousClock.now
            let outcome = ReaderProbe.run(fuzzInput: bytes)
            #expect(ContinuousClock.now - start < .seconds(10), "\(name) took too long")
            if case .violation(let text) = outcome { Issue.record("\(name): \(text)") }
            if case .refused = outcome { refused += 1 }
        }
        // Most of the corpus is hostile: the readers must refuse it, not accept it.
        #expect(refused >= 20, "only \(refused) corpus inputs refused")
        // Every reader has seeds.
        let selectors = Set(inputs.compactMap { $0.bytes.first.map { Character(Unicode.Scalar($0)) } })
        #expect(selectors == Set(ReaderProbe.Reader.allCases.map(\.selector)))
    }

    /// Draws from the package's SplitMix64.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func next(_ bound: Int) -> Int { Int(generator.below(UInt64(max(1, bound)))) }
    }

    /// Tokens a careless or hostile user might put anywhere.
    static let tokens: [String] = [
        "\"", "\"\"", ",", "\n", "\r\n", "\r", "\t", " ", ";", "..", "/", ":", "-", "'", "=", "@", "+", "&a", "*a", "{", "}",
        "[", "]", "#", "\u{0}", "\u{1B}", "\u{85}", "\u{FEFF}", "\u{FFFD}", "é", "中", "😀", "e\u{301}", "0", "-1", "1e19",
        "1e309", "nan", "inf", "-0", "9223372036854775807", "-9223372036854775808", "99999999999999999999", "0.5",
        "9999-12-31", "9999-12-01", "0001-01-01", "0000-01-01", "10000-01-01", "2026-02-29", "2028-02-29", "true", "x",
        "career", "CA", "general", "career_reserved", "E1", "P1", "P3", "H1", "~", "null", "!!str", "? ", "- ",
        String(repeating: "A", count: 300),
    ]

    /// One mutation of an input: a token inserted or replacing a span, a span deleted or doubled, a byte flipped.
    static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
        var out = bytes
        let position = 1 + random.next(max(1, out.count))
        let at = min(position, out.count)
        switch random.next(5) {
        case 0: out.insert(contentsOf: Array(tokens[random.next(tokens.count)].utf8), at: at)
        case 1:
            let end = min(out.count, at + random.next(8))
            out.replaceSubrange(at..<end, with: Array(tokens[random.next(tokens.count)].utf8))
        case 2: out.removeSubrange(at..<min(out.count, at + random.next(12)))
        case 3:
            let end = min(out.count, at + random.next(40))
            out.insert(contentsOf: Array(out[at..<end]), at: at)
        default:
            if at < out.count { out[at] ^= UInt8(1 << random.next(8)) }
        }
        return out
    }

    @Test func mutatedInputsKeepTheContract() throws {
        let seeds = try Self.corpusInputs().map(\.bytes)
        var random = Random(state: UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 11)
        let deadline = ContinuousClock.now + .milliseconds(Int64(Self.seconds * 1000))
        var runs = 0, accepted = 0, refused = 0
        var perReader: [ReaderProbe.Reader: Int] = [:]
        // Until the deadline, and at least 100 inputs even on a busy machine.
        while ContinuousClock.now < deadline || runs < 100 {
            var input = seeds[random.next(seeds.count)]
            for _ in 0..<(1 + random.next(4)) { input = Self.mutate(input, &random) }
            let start = ContinuousClock.now
            let outcome = ReaderProbe.run(fuzzInput: input)
            let elapsed = ContinuousClock.now - start
            #expect(elapsed < .seconds(10), "\(String(decoding: input, as: UTF8.self).debugDescription) took \(elapsed)")
            switch outcome {
            case .accepted: accepted += 1
            case .refused: refused += 1
            case .violation(let text):
                Issue.record("\(text) for \(String(decoding: input, as: UTF8.self).debugDescription)")
            }
            if let first = input.first { perReader[ReaderProbe.Reader(selector: first), default: 0] += 1 }
            runs += 1
        }
        #expect(runs >= 100)
        #expect(accepted >= 10 && refused >= 10, "accepted \(accepted), refused \(refused)")
        #expect(perReader.count == ReaderProbe.Reader.allCases.count, "readers reached: \(perReader.keys)")
    }

    /// Number and date texts no range check may let through unnoticed.
    static let hostileValues = ["1e19", "-1e19", "1e309", "-1e309", "nan", "NaN", "inf", "-inf", "9223372036854775807",
                                "-9223372036854775808", "9223372036854775808", "99999999999999999999", "0x10", "1_000",
                                "", " ", "-0", "0.0000001", "1,5", "３", "٣", "10000-01-01", "0000-12-31", "9999-12-31",
                                "2026-13-01", "2026-02-30", "2026-2-1", "'=1+1"]

    @Test func hostileValuesInEveryNumericAndDateColumnAreReadOrLocated() throws {
        // (file, required header + values, column under test, allowed range or nil for dates, reader)
        typealias Case = (reader: ReaderProbe.Reader, header: String, prefix: String, column: String, range: ClosedRange<Double>?)
        let cases: [Case] = [
            (.executives, "id,appointment,agency,ecq1", "E1,career,A,", "ecq1", 0...5),
            (.executives, "id,appointment,agency,position_start", "E1,career,A,", "position_start", nil),
            (.executives, "id,appointment,agency,moratorium_until", "E1,career,A,", "moratorium_until", nil),
            (.positions, "id,agency,designation,priority", "P1,A,general,", "priority", 0...10),
            (.positions, "id,agency,designation,fill_by", "P1,A,general,", "fill_by", nil),
            (.agencies, "agency,ses_allocation", "A,", "ses_allocation", 0...100_000),
            (.agencies, "agency,noncareer_cap_pct", "A,", "noncareer_cap_pct", 0...100),
            (.agencies, "agency,head_appointed", "A,", "head_appointed", nil),
            (.scores, "executive_id,position_id,score", "E1,P1,", "score", -1_000_000...1_000_000),
            (.hosts, "id,agency,component,capacity", "H1,A,C,", "capacity", 0...1000),
            (.hosts, "id,agency,component,capacity,min_months", "H1,A,C,1,", "min_months", 0.25...120),
            (.hosts, "id,agency,component,capacity,available_from", "H1,A,C,1,", "available_from", nil),
            (.moves, "executive_id,to_position_id,effective_date", "E1,P3,", "effective_date", nil),
        ]
        var checked = 0, refusedAtTheField = 0
        for c in cases {
            for value in Self.hostileValues {
                let field = value.contains(",") ? "\"\(value)\"" : value
                let text = "\(c.header)\n\(c.prefix)\(field)\n"
                let outcome = ReaderProbe.run(c.reader, bytes: Array(text.utf8))
                checked += 1
                let column = c.header.split(separator: ",").count
                switch outcome {
                case .violation(let message): Issue.record("\(c.column) = \(value): \(message)")
                case .accepted:
                    // Accepted: empty, or a value in range (numbers) or a real date (dates).
                    let trimmed = ValueText.trim(value)
                    if trimmed.isEmpty || c.reader == .scores && trimmed.isEmpty { continue }
                    if let range = c.range {
                        let number = Double(trimmed)
                        #expect(number.map { $0.isFinite && range.contains($0) } == true, "\(c.column) accepted '\(value)'")
                    } else {
                        #expect(Day(iso: trimmed) != nil, "\(c.column) accepted '\(value)'")
                    }
                case .refused:
                    let problems = Self.problems(c.reader, text)
                    #expect(problems.contains { $0.line == 2 && $0.column == column },
                            "\(c.column) = '\(value)' refused without pointing at line 2, column \(column): \(problems)")
                    refusedAtTheField += 1
                }
            }
        }
        #expect(checked == cases.count * Self.hostileValues.count)
        #expect(refusedAtTheField >= checked / 2, "only \(refusedAtTheField) of \(checked) refused at the field")
    }

    /// The problems a reader reports for a text (empty when it accepts it).
    static func problems(_ reader: ReaderProbe.Reader, _ text: String) -> [InputProblem] {
        let source = InputSource.text(text, name: "fuzz-input")
        do {
            switch reader {
            case .executives: _ = try ExecutivesReader.read(source)
            case .positions: _ = try PositionsReader.read(source)
            case .agencies: _ = try AgenciesReader.read(source)
            case .scores: _ = try ScoresReader.read(source)
            case .hosts: _ = try HostsReader.read(source, framework: .ecq2025)
            case .moves: _ = try DraftMovesReader.read(source, instance: ReaderProbe.instance)
            default: return []
            }
            return []
        } catch {
            return error.problems
        }
    }

    @Test func hostileValuesInEveryNumericPolicyKeyAreReadOrLocated() {
        let keys = ["plans", "min_difference", "time_limit_seconds", "relative_gap", "weights.move", "weights.shortfall",
                    "limits.max_moves", "limits.max_relocations", "limits.governmentwide_allocation",
                    "limits.component_max_moves.A", "rotation.months", "rotation.max_assignments", "rotation.quarters",
                    "rotation.max_share_per_quarter", "rotation.weights.rotate"]
            + Policy.Rules().all.map { "rules.\($0.key)" }
        let values = ["1e19", "-1e19", "1e309", ".nan", ".inf", "-.inf", "9223372036854775807", "99999999999999999999",
                      "-1", "0", "0.5", "'7'", "[1]", "{a: 1}", "~", "0x7FFFFFFFFFFFFFFF", "1_000_000_000"]
        var checked = 0
        for key in keys {
            for value in values {
                let parts = key.split(separator: ".")
                var yaml = ""
                for (depth, part) in parts.enumerated() {
                    yaml += String(repeating: "  ", count: depth) + part + ":" + (depth == parts.count - 1 ? " \(value)\n" : "\n")
                }
                let outcome = ReaderProbe.run(.rotationPolicy, bytes: Array(yaml.utf8))
                if case .violation(let text) = outcome { Issue.record("\(key): \(value): \(text)") }
                checked += 1
            }
        }
        #expect(checked == keys.count * values.count)
    }
}

/// The package root, for files the tests read.
enum CLIRootPath {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
