import SESDomain

/// Reads and checks a rotation input, collecting the problems of every file before failing, so one
/// run reports everything: the files' own problems, preferred hosts that do not exist, hosts whose
/// minimum length exceeds the program, and executives whose position start is after `as_of`.
public enum RotationInputLoader {
    /// The people to schedule: a CDP cohort or the executives file.
    public enum People: Sendable {
        /// `cohort.csv`.
        case cohort(InputSource)
        /// `executives.csv` (corps mode).
        case executives(InputSource)
    }

    /// Reads and validates the inputs.
    public static func load(people: People, hosts: InputSource, policy: InputSource?, defaultAsOf: Day,
                            overrides: RotationPolicyReader.Overrides = .init(),
                            maxBytes: Int = CSVTable.defaultMaxBytes) throws(InputError) -> RotationInput {
        let (rotationPolicy, policyProblems) = RotationPolicyReader.parse(policy, defaultAsOf: defaultAsOf,
                                                                         overrides: overrides, maxBytes: maxBytes)
        let framework = rotationPolicy.base.ecqFramework
        let hostRows = HostsReader.parse(hosts, framework: framework, maxBytes: maxBytes)
        var problems = policyProblems + hostRows.problems
        let hostIDs = hostRows.keySet
        var candidates: [RotationCandidate] = []
        var executives: [Executive]?

        switch people {
        case .cohort(let source):
            let rows = CohortReader.parse(source, framework: framework, maxBytes: maxBytes)
            problems += rows.problems
            if hostRows.readable {
                var suggester = Suggester(hostIDs)
                for row in rows.rows {
                    for id in row.value.preferredHosts where !hostIDs.contains(id) {
                        var message = "unknown host '\(id)' (not in \(hosts.name))"
                        if let hint = suggester.hint(for: id) { message += " (did you mean '\(hint)'?)" }
                        problems.append(row.record.problem("preferred_hosts", message))
                    }
                }
            }
            candidates = rows.values
            let grid = PeriodGrid(unit: rotationPolicy.period == .month ? .month : .week,
                                  start: rotationPolicy.start, months: rotationPolicy.months)
            for row in hostRows.rows where grid.lengths(minMonths: row.value.minMonths, maxMonths: nil) == nil {
                problems.append(row.record.problem("min_months", "min_months \(ValueText.number(row.value.minMonths)) is "
                    + "longer than the program (\(rotationPolicy.months) months, rotation.months)"))
            }
        case .executives(let source):
            let rows = ExecutivesReader.parse(source, maxBytes: maxBytes)
            problems += rows.problems
            let asOf = rotationPolicy.base.asOf
            for row in rows.rows {
                if let start = row.value.positionStart, start > asOf {
                    problems.append(row.record.problem("position_start", "impossible dates: position_start \(start) "
                        + "is after as_of \(asOf)"))
                }
            }
            executives = rows.values
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return RotationInput(policy: rotationPolicy, hosts: hostRows.values, candidates: candidates, executives: executives)
    }
}
