import Foundation
import SESDomain
import SESPlanning
import SESInput

/// Runs one of the input readers on arbitrary bytes and checks its contract: the reader returns a
/// value, or throws an ``InputError`` whose every problem names the file (and, unless it concerns
/// the whole file, a line). Anything else (another error, a problem without its place) is a
/// violation; a crash or a hang is one too, caught by whoever runs the probe (the fuzzing target,
/// the tests' time limits).
///
/// The fuzzing target (`Sources/sesplan-fuzz`) and the property tests call this with generated or
/// mutated input; the first byte of a fuzzing input chooses the reader (``Reader/init(selector:)``).
public enum ReaderProbe {
    /// The readers a probe can run.
    public enum Reader: String, CaseIterable, Sendable {
        case executives, positions, agencies, scores, hosts, cohort, policy, rotationPolicy, plum, moves, baseline

        /// The reader a selector byte stands for: the letter of its corpus prefix, or any byte by remainder.
        public init(selector: UInt8) {
            switch Character(Unicode.Scalar(selector)) {
            case "e": self = .executives
            case "p": self = .positions
            case "a": self = .agencies
            case "s": self = .scores
            case "h": self = .hosts
            case "c": self = .cohort
            case "y": self = .policy
            case "r": self = .rotationPolicy
            case "l": self = .plum
            case "m": self = .moves
            case "b": self = .baseline
            default: self = Reader.allCases[Int(selector) % Reader.allCases.count]
            }
        }

        /// The selector letter that names this reader in a corpus file.
        public var selector: Character {
            switch self {
            case .executives: return "e"
            case .positions: return "p"
            case .agencies: return "a"
            case .scores: return "s"
            case .hosts: return "h"
            case .cohort: return "c"
            case .policy: return "y"
            case .rotationPolicy: return "r"
            case .plum: return "l"
            case .moves: return "m"
            case .baseline: return "b"
            }
        }
    }

    /// What a probe found.
    public enum Outcome: Equatable, Sendable {
        /// The reader accepted the input.
        case accepted
        /// The reader refused it with this many located problems.
        case refused(problems: Int)
        /// The contract was broken; the text says how.
        case violation(String)
    }

    /// The input size limit used by the probe (small, so a fuzzer spends its time on structure).
    public static let maxBytes = 1_000_000

    /// The planning input that drafts and baselines are checked against.
    static let instance: Instance = {
        let executives = [Executive(id: "E1", appointment: .career, agency: "AG", positionID: "P1",
                                    positionStart: Day(iso: "2020-01-01"), ecq: [3, 3, 3, 3, 3]),
                          Executive(id: "E2", appointment: .noncareer, agency: "AG", positionID: "P2",
                                    positionStart: Day(iso: "2024-01-01"), ecq: [3, 3, 3, 3, 3])]
        let positions = [Position(id: "P1", agency: "AG", location: "Washington, DC", ecqMinimum: [0, 0, 0, 0, 0]),
                         Position(id: "P2", agency: "AG", location: "Washington, DC", ecqMinimum: [0, 0, 0, 0, 0]),
                         Position(id: "P3", agency: "AG", location: "Denver, CO", ecqMinimum: [0, 0, 0, 0, 0])]
        return Instance(executives: executives, positions: positions, policy: Policy(asOf: Day(iso: "2026-12-01") ?? .earliest))
    }()

    /// Runs a fuzzing input: the first byte chooses the reader, the rest is the file.
    public static func run(fuzzInput bytes: [UInt8]) -> Outcome {
        guard let first = bytes.first else { return .accepted }
        return run(Reader(selector: first), bytes: Array(bytes.dropFirst()))
    }

    /// Runs `reader` on `bytes` (as the bytes of a file) and checks its contract.
    public static func run(_ reader: Reader, bytes: [UInt8]) -> Outcome {
        let name = "fuzz-input"
        let data = Data(bytes)
        do {
            switch reader {
            case .baseline:
                // Not an InputError reader: a plan file that does not decode is refused as a whole.
                guard let plan = try? PlanJSON.decode(data) else { return .refused(problems: 1) }
                let problem = ReassignmentProblem(instance: instance, baseline: Baseline(plan: plan))
                return problem.arcs.isEmpty ? .violation("the baseline removed every lawful pair") : .accepted
            case .plum:
                _ = try PLUMImporter.parse(try InputText.decode(data, file: name), file: name)
            default:
                let source = InputSource.text(try InputText.decode(data, file: name), name: name)
                try read(reader, source)
            }
            return .accepted
        } catch let error as InputError {
            for problem in error.problems where problem.file != name {
                return .violation("a problem names '\(problem.file)', not the file read: \(problem)")
            }
            if error.problems.isEmpty { return .violation("an InputError without problems") }
            return .refused(problems: error.problems.count)
        } catch {
            return .violation("not an InputError: \(error)")
        }
    }

    private static func read(_ reader: Reader, _ source: InputSource) throws {
        let asOf = instance.policy.asOf
        switch reader {
        case .executives: _ = try ExecutivesReader.read(source, maxBytes: maxBytes)
        case .positions: _ = try PositionsReader.read(source, maxBytes: maxBytes)
        case .agencies: _ = try AgenciesReader.read(source, maxBytes: maxBytes)
        case .scores: _ = try ScoresReader.read(source, maxBytes: maxBytes)
        case .hosts: _ = try HostsReader.read(source, framework: .ecq2025, maxBytes: maxBytes)
        case .cohort: _ = try CohortReader.read(source, framework: .ecq2025, maxBytes: maxBytes)
        case .policy: _ = try PolicyReader.read(source, defaultAsOf: asOf, maxBytes: maxBytes)
        case .rotationPolicy:
            let policy = try RotationPolicyReader.read(source, defaultAsOf: asOf, maxBytes: maxBytes)
            // A policy that reads must give a program grid (the dates it computes must exist).
            let grid = PeriodGrid(unit: policy.period == .month ? .month : .week, start: policy.start, months: policy.months)
            if grid.count < 1 || grid.end <= grid.first { throw ProbeViolation("an empty program grid from \(policy.start)") }
        case .moves: _ = try DraftMovesReader.read(source, instance: instance, maxBytes: maxBytes)
        case .plum, .baseline: break
        }
    }

    /// A broken contract found after a reader accepted its input.
    struct ProbeViolation: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
