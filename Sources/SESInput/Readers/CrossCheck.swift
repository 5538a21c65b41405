import SESDomain

/// The checks between the input files; a check is skipped when a file it needs could not be read.
///
/// Everything but the scores is checked as soon as the executives, positions and policy are read
/// (``init(executives:positions:policy:)``), which may be while a large scores file is still being
/// read; the scores are checked last (``problems(scores:)``), and the problems come in the order of
/// the checks: executives, scores, then the policy.
struct CrossCheck {
    /// The problems of the executives against the positions and the policy date.
    private(set) var executiveProblems: [InputProblem] = []
    /// The problems of the policy's pins, forbids and component caps.
    private(set) var policyProblems: [InputProblem] = []
    /// The executive ids, when the executives file could be read.
    let executiveIDs: Set<String>?
    /// The position ids, when the positions file could be read.
    let positionIDs: Set<String>?

    init(executives: ParsedRows<Executive>, positions: ParsedRows<Position>, policy: PolicyReader.Document) {
        let positionIDs = positions.keySet
        let executiveIDs = executives.keySet
        self.executiveIDs = executives.readable ? executiveIDs : nil
        self.positionIDs = positions.readable ? positionIDs : nil
        executiveProblems = Self.executiveProblems(executives, positions, positionIDs: positionIDs, policy: policy)
        policyProblems = Self.policyProblems(policy, executives, positions, executiveIDs: executiveIDs,
                                             positionIDs: positionIDs)
    }

    /// Every problem between the files, the scores' included.
    func problems(scores: ParsedScores?) -> [InputProblem] {
        executiveProblems
            + (scores?.unknownReferences(executives: executiveIDs, positions: positionIDs) ?? [])
            + policyProblems
    }

    /// Executives against positions and the policy date.
    private static func executiveProblems(_ executives: ParsedRows<Executive>, _ positions: ParsedRows<Position>,
                                          positionIDs: Set<String>, policy: PolicyReader.Document) -> [InputProblem] {
        var problems: [InputProblem] = []
        // The first position of each id, as its place among the rows.
        var positionsByID: [String: Int] = [:]
        positionsByID.reserveCapacity(positions.rows.count)
        for index in positions.rows.indices where positionsByID[positions.rows[index].value.id] == nil {
            positionsByID[positions.rows[index].value.id] = index
        }
        var holders: [String: (id: String, line: Int)] = [:]
        holders.reserveCapacity(executives.rows.count)
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
                    } else if let index = positionsByID[positionID],
                              case let agency = positions.rows[index].value.agency, agency != executive.agency {
                        problems.append(record.problem("position_id", "position '\(positionID)' belongs to agency "
                            + "'\(agency)', not to the executive's agency '\(executive.agency)'"))
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
        return problems
    }

    /// Policy pins, forbids and component caps.
    private static func policyProblems(_ policy: PolicyReader.Document, _ executives: ParsedRows<Executive>,
                                       _ positions: ParsedRows<Position>, executiveIDs: Set<String>,
                                       positionIDs: Set<String>) -> [InputProblem] {
        var problems: [InputProblem] = []
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
        if executives.readable, positions.readable, !policy.components.isEmpty {
            let components = Set(executives.rows.map(\.value.component) + positions.rows.map(\.value.component))
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
