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
            case 0: read.set { $0.scores = scores.map { ScoresReader.parse($0, maxBytes: maxBytes) } }
            case 1: read.set { $0.executives = ExecutivesReader.parse(executives, maxBytes: maxBytes) }
            case 2: read.set { $0.positions = PositionsReader.parse(positions, maxBytes: maxBytes) }
            case 3: read.set { $0.agencies = agencies.map { AgenciesReader.parse($0, maxBytes: maxBytes) } }
            default:
                read.set { $0.policy = PolicyReader.parse(policy, defaultAsOf: defaultAsOf, overrides: overrides, maxBytes: maxBytes) }
            }
        }
        let (executiveRows, positionRows, agencyRows, scoreRows, document) = read.all()

        var problems = executiveRows.problems + positionRows.problems + document.problems
            + (agencyRows?.problems ?? []) + (scoreRows?.problems ?? [])
        problems += crossCheck(executives: executiveRows, positions: positionRows, scores: scoreRows, policy: document)
        guard problems.isEmpty else { throw InputError(problems) }
        return Instance(executives: executiveRows.values, positions: positionRows.values,
                        agencies: agencyRows?.values ?? [], scores: scoreRows?.values, policy: document.policy)
    }

    /// Today's date in UTC, the default `as_of` for the command-line tool.
    public static func todayUTC(now: Date = Date()) -> Day {
        Day(ordinal: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    // MARK: - Cross-file checks

    /// The checks between files; a check is skipped when a file it needs could not be read.
    static func crossCheck(executives: ParsedRows<Executive>, positions: ParsedRows<Position>,
                           scores: ParsedScores?, policy: PolicyReader.Document) -> [InputProblem] {
        var problems: [InputProblem] = []
        let positionIDs = positions.keySet
        let executiveIDs = executives.keySet
        var positionsByID: [String: Position] = [:]
        for row in positions.rows where positionsByID[row.value.id] == nil { positionsByID[row.value.id] = row.value }

        // Executives against positions and the policy date.
        var holders: [String: (id: String, line: Int)] = [:]
        for row in executives.rows {
            let executive = row.value, record = row.record
            if let start = executive.positionStart, policy.asOfValid, start > policy.policy.asOf {
                problems.append(record.problem("position_start", "impossible dates: position_start \(start) "
                    + "is after as_of \(policy.policy.asOf)"))
            }
            if let positionID = executive.positionID {
                if let holder = holders[positionID] {
                    problems.append(record.problem("position_id", "position '\(positionID)' is also held by "
                        + "executive '\(holder.id)' (line \(holder.line))"))
                } else {
                    holders[positionID] = (executive.id, record.line)
                }
                if positions.readable {
                    if !positionIDs.contains(positionID) {
                        problems.append(record.problem("position_id", "unknown position '\(positionID)'"))
                    } else if let position = positionsByID[positionID], position.agency != executive.agency {
                        problems.append(record.problem("position_id", "position '\(positionID)' belongs to agency "
                            + "'\(position.agency)', not to the executive's agency '\(executive.agency)'"))
                    }
                }
            }
            if positions.readable {
                for preferred in executive.preferredPositions where !positionIDs.contains(preferred) {
                    problems.append(record.problem("preferred_positions", "unknown position '\(preferred)'"))
                }
                for requested in executive.requestedPositions where !positionIDs.contains(requested) {
                    problems.append(record.problem("requested_positions", "unknown position '\(requested)'"))
                }
            }
        }

        // Scores against both files.
        if let scores {
            problems += scores.unknownReferences(executives: executives.readable ? executiveIDs : nil,
                                                 positions: positions.readable ? positionIDs : nil)
        }

        // Policy pins, forbids and component caps.
        func located(_ mark: (line: Int, column: Int)?, _ message: String) -> InputProblem {
            InputProblem(file: policy.file, line: mark?.line, column: mark?.column, message: message)
        }
        for (kind, references) in [("pins", policy.pins), ("forbids", policy.forbids)] {
            for reference in references {
                if executives.readable, !executiveIDs.contains(reference.executiveID) {
                    problems.append(located(reference.executiveMark.map { ($0.line, $0.column) },
                                            "key '\(kind).executive': unknown executive '\(reference.executiveID)'"))
                }
                if positions.readable, !positionIDs.contains(reference.positionID) {
                    problems.append(located(reference.positionMark.map { ($0.line, $0.column) },
                                            "key '\(kind).position': unknown position '\(reference.positionID)'"))
                }
            }
        }
        if executives.readable, positions.readable {
            let components = Set(executives.values.map(\.component) + positions.values.map(\.component))
            var suggester = Suggester(components)
            for (name, mark) in policy.components where !components.contains(name) {
                var message = "key 'limits.component_max_moves': unknown component '\(name)' (no executive or position has it)"
                if let hint = suggester.hint(for: name) {
                    message += "; did you mean '\(hint)'?"
                }
                problems.append(located(mark.map { ($0.line, $0.column) }, message))
            }
        }
        return problems
    }
}

/// The readers' results while ``InstanceLoader`` reads the files on several threads: each part is
/// stored once by its own thread and read after `concurrentPerform` returns, under a lock for clarity.
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

    /// Stores one part.
    func set(_ store: (inout Parts) -> Void) {
        let computed: Parts = { var p = Parts(); store(&p); return p }()
        lock.withLock {
            if let v = computed.executives { parts.executives = v }
            if let v = computed.positions { parts.positions = v }
            if let v = computed.agencies { parts.agencies = v }
            if let v = computed.scores { parts.scores = v }
            if let v = computed.policy { parts.policy = v }
        }
    }

    /// Every part (executives, positions and the policy are always read).
    func all() -> (ParsedRows<Executive>, ParsedRows<Position>, ParsedRows<Agency>?, ParsedScores?,
                   PolicyReader.Document) {
        lock.withLock { (parts.executives!, parts.positions!, parts.agencies, parts.scores, parts.policy!) }
    }
}
