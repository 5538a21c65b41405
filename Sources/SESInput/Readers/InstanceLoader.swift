import Foundation
import SESDomain

/// Reads a complete planning input (executives, positions, optional agencies, scores and policy),
/// checks the files against each other, and returns a validated ``Instance``.
///
/// Problems from every file are collected before failing, so one run reports everything:
/// duplicate ids, unknown positions and executives, positions held twice or held across agencies,
/// unknown pins and forbids, and dates that cannot be right (a position started after `as_of`,
/// SES service starting after the position, an appointment ending before it began).
public enum InstanceLoader {
    /// Reads and validates the input files.
    /// - Parameters:
    ///   - executives: path of `executives.csv`.
    ///   - positions: path of `positions.csv`.
    ///   - agencies: path of `agencies.csv`, if any.
    ///   - scores: path of `scores.csv`, if any.
    ///   - policy: path of `policy.yaml`, if any.
    ///   - defaultAsOf: the date used when the policy gives no `as_of` (the CLI passes ``todayUTC()``).
    ///   - overrides: command-line settings that take precedence over the policy file.
    ///   - maxBytes: files larger than this are refused.
    public static func load(executives: String, positions: String, agencies: String? = nil, scores: String? = nil,
                            policy: String? = nil, defaultAsOf: Day, overrides: PolicyOverrides = PolicyOverrides(),
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> Instance {
        try load(executives: .file(executives), positions: .file(positions), agencies: agencies.map(InputSource.file),
                 scores: scores.map(InputSource.file), policy: policy.map(InputSource.file),
                 defaultAsOf: defaultAsOf, overrides: overrides, maxBytes: maxBytes)
    }

    /// Reads and validates inputs from files or in-memory text.
    public static func load(executives: InputSource, positions: InputSource, agencies: InputSource? = nil,
                            scores: InputSource? = nil, policy: InputSource? = nil, defaultAsOf: Day,
                            overrides: PolicyOverrides = PolicyOverrides(),
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> Instance {
        // The files are independent until the cross-file checks: read them on both cores, the
        // largest (scores, then executives) first. Problems are gathered in a fixed order below.
        let read = ParsedFiles()
        DispatchQueue.concurrentPerform(iterations: 5) { part in
            switch part {
            case 0:
                read.set {
                    $0.scores = scores.map {
                        var parsed = ScoresReader.parse($0, maxBytes: maxBytes)
                        parsed.numberValues()
                        return parsed
                    }
                }
            case 1: read.set { $0.executives = ExecutivesReader.parse(executives, maxBytes: maxBytes) }
            case 2: read.set { $0.positions = PositionsReader.parse(positions, maxBytes: maxBytes) }
            case 3: read.set { $0.agencies = agencies.map { AgenciesReader.parse($0, maxBytes: maxBytes) } }
            default:
                read.set { $0.policy = PolicyReader.parse(policy, defaultAsOf: defaultAsOf, overrides: overrides, maxBytes: maxBytes) }
            }
        }
        let (executiveRows, positionRows, agencyRows, scoreRows, document, check) = read.all()

        var problems = executiveRows.problems + positionRows.problems + document.problems
            + (agencyRows?.problems ?? []) + (scoreRows?.problems ?? [])
        problems += check.problems(scores: scoreRows)
        guard problems.isEmpty else { throw InputError(problems) }
        return Instance(executives: executiveRows.values, positions: positionRows.values,
                        agencies: agencyRows?.values ?? [], scores: scoreRows?.values,
                        scoreNumbering: scoreRows?.numbering, policy: document.policy)
    }

    /// Today's date in UTC, the default `as_of` for the command-line tool.
    public static func todayUTC(now: Date = Date()) -> Day {
        Day(ordinal: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// The readers' results while ``InstanceLoader`` reads the files on several threads: each part is
/// stored once by its own thread, the files are checked against each other (``CrossCheck``) as soon
/// as the ones it needs are in, and all is read after `concurrentPerform` returns.
private final class ParsedFiles: @unchecked Sendable {
    struct Parts {
        var executives: ParsedRows<Executive>?
        var positions: ParsedRows<Position>?
        var agencies: ParsedRows<Agency>?
        var scores: ParsedScores?
        var policy: PolicyReader.Document?
    }

    private let lock = NSLock()
    private var parts = Parts()
    private var checkStarted = false
    private var check: CrossCheck?

    /// Stores one part. The thread that stores the last of the executives, positions and policy
    /// then checks them against each other, while another may still be reading the scores.
    func set(_ store: (inout Parts) -> Void) {
        let computed: Parts = { var p = Parts(); store(&p); return p }()
        let ready = lock.withLock { () -> (ParsedRows<Executive>, ParsedRows<Position>, PolicyReader.Document)? in
            if let v = computed.executives { parts.executives = v }
            if let v = computed.positions { parts.positions = v }
            if let v = computed.agencies { parts.agencies = v }
            if let v = computed.scores { parts.scores = v }
            if let v = computed.policy { parts.policy = v }
            guard !checkStarted, let executives = parts.executives, let positions = parts.positions,
                  let policy = parts.policy else { return nil }
            checkStarted = true
            return (executives, positions, policy)
        }
        guard let (executives, positions, policy) = ready else { return }
        let check = CrossCheck(executives: executives, positions: positions, policy: policy)
        lock.withLock { self.check = check }
    }

    /// Every part (executives, positions and the policy are always read, and checked once they are).
    func all() -> (ParsedRows<Executive>, ParsedRows<Position>, ParsedRows<Agency>?, ParsedScores?,
                   PolicyReader.Document, CrossCheck) {
        lock.withLock { (parts.executives!, parts.positions!, parts.agencies, parts.scores, parts.policy!, check!) }
    }
}
