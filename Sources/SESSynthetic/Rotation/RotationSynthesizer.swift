import Foundation
import SESDomain
import SESInput
import SESReports
import SESSupport

/// Generates a synthetic CDP rotation instance on real offices: `hosts.csv` (agency, component,
/// location and title from the sites, which come from OPM's PLUM data or an existing `hosts.csv`;
/// capacity, window, ECQs and lengths synthetic), `cohort.csv` (synthetic candidates in the sites'
/// agencies and components), `policy.yaml` and a `README.md` saying what is real and what is not.
///
/// Every draw goes through ``SplitMix64`` with named streams, so the same seed and sites give the
/// same bytes on every machine. Sites are used in their given order after a seeded shuffle; no
/// output order depends on a hash table.
public struct RotationSynthesizer: Sendable {
    /// The seed.
    public var seed: UInt64
    /// Number of candidates.
    public var candidates: Int
    /// Number of hosts.
    public var hosts: Int
    /// Program length in months (12–24).
    public var months: Int
    /// The policy date; the program starts on the first of the next month.
    public var asOf: Day

    /// The policy date when none is given: 2026-12-01.
    public static let defaultAsOf = Day(year: 2026, month: 12, day: 1) ?? Day.earliest

    /// Creates a generator.
    public init(seed: UInt64, candidates: Int, hosts: Int, months: Int, asOf: Day) {
        self.seed = seed; self.candidates = candidates; self.hosts = hosts; self.months = months; self.asOf = asOf
    }

    /// The generated files' texts.
    public struct Files: Sendable {
        /// `cohort.csv`.
        public var cohort: String
        /// `hosts.csv`.
        public var hosts: String
        /// `policy.yaml`.
        public var policy: String
        /// `README.md`.
        public var readme: String

        /// Writes the four files into a directory (created if missing) as one set (``OutputDirectory``).
        public func write(to directory: String) throws {
            let output = try OutputDirectory(directory)
            defer { output.close() }
            try output.publish([("cohort.csv", cohort), ("hosts.csv", hosts), ("policy.yaml", policy), ("README.md", readme)]
                .map { ($0, Data($1.utf8)) })
        }
    }

    /// Sites from a PLUM import: positions with a component, of the ten largest agencies among
    /// those with at least 20 positions chosen by the seed, in file order.
    public func sites(fromPLUM plum: PLUMImport) -> [RotationSite] {
        var counts: [String: Int] = [:]
        for p in plum.positions where !p.position.component.isEmpty { counts[p.position.agency, default: 0] += 1 }
        var agencies = plum.agencies.filter { (counts[$0] ?? 0) >= 20 }
        var rng = SplitMix64(seed: seed, stream: "agencies")
        rng.shuffle(&agencies)
        let chosen = Set(agencies.prefix(10))
        return plum.positions.filter { chosen.contains($0.position.agency) && !$0.position.component.isEmpty }.map {
            RotationSite(agency: $0.position.agency, component: $0.position.component, location: $0.position.location,
                         title: $0.position.title)
        }
    }

    /// Sites from the hosts of an existing `hosts.csv`, in file order.
    public static func sites(fromHosts hosts: [RotationHost]) -> [RotationSite] {
        hosts.map { RotationSite(agency: $0.agency, component: $0.component, location: $0.location, title: $0.title) }
    }

    /// Generates the files. `regenerate` is the command that recreates them and `source` says where
    /// the sites come from, both quoted in the README; `directory` is where the files will be written.
    public func generate(sites input: [RotationSite], regenerate: String, source: String, directory: String) throws -> Files {
        guard !input.isEmpty else { throw SynthesisError("no sites to place hosts and candidates in") }
        let framework = ECQFramework.inForce(on: asOf)
        let names = framework.names
        let start = RotationPolicy(base: Policy(asOf: asOf)).start
        var rng = SplitMix64(seed: seed, stream: "hosts")
        var pool = input
        rng.shuffle(&pool)
        // Hosts: distinct sites first, repeated (as further offices of the component) when there are fewer sites.
        var hostRows: [[String]] = []
        var hostIDs: [String] = []
        var hostSites: [RotationSite] = []
        for i in 0..<hosts {
            let site = pool[i % pool.count]
            let id = String(format: "H%03d", i + 1)
            hostIDs.append(id)
            hostSites.append(site)
            let capacity = rng.weightedIndex([65, 30, 5]) + 1
            var from = "", to = ""
            switch rng.weightedIndex([70, 15, 15]) {
            case 1: from = PeriodGrid.adding(months: rng.int(in: 1...6), to: start).iso
            case 2: to = PeriodGrid.adding(months: months - rng.int(in: 1...6), to: start).adding(days: -1).iso
            default: break
            }
            let develops = rng.sample(Array(0..<5), count: rng.int(in: 1...3)).sorted().map { names[$0] }
            let minMonths = rng.int(in: 2...4)
            let maxMonths = min(6, minMonths + rng.int(in: 0...2))
            let title = i < pool.count ? site.title : site.title + " (second office)"
            hostRows.append([id, title, site.agency, site.component, site.location, String(capacity), from, to,
                             develops.joined(separator: ";"), String(minMonths), String(maxMonths)])
        }
        // Candidates: in the hosts' agencies and components, synthetic in every other respect.
        var people = SplitMix64(seed: seed, stream: "candidates")
        var cohortRows: [[String]] = []
        let end = PeriodGrid.adding(months: months, to: start)
        for i in 0..<candidates {
            let number = String(format: "%03d", i + 1)
            let site = pool[people.int(in: 0...(pool.count - 1))]
            // One in ten holds a position at a host office: that host is their position of record.
            var positionOfRecord = "POR-\(number)"
            let sameComponent = hostIDs.indices.filter {
                NameKey.of(hostSites[$0].agency) == NameKey.of(site.agency)
                    && NameKey.of(hostSites[$0].component) == NameKey.of(site.component)
            }
            if !sameComponent.isEmpty, people.chance(0.1) { positionOfRecord = hostIDs[people.pick(sameComponent)] }
            let needs = people.sample(Array(0..<5), count: people.int(in: 1...3)).sorted().map { names[$0] }
            var ranges: [String] = []
            for _ in 0..<people.weightedIndex([50, 35, 15]) {
                let first = start.adding(days: people.int(in: 0...max(0, start.days(to: end) - 30)))
                ranges.append("\(first.iso)..\(first.adding(days: people.int(in: 6...27)).iso)")
            }
            let outside = hostIDs.indices.filter { NameKey.of(hostSites[$0].component) != NameKey.of(site.component) }
            let preferred = people.sample(outside.isEmpty ? Array(hostIDs.indices) : outside, count: people.weightedIndex([30, 30, 25, 15]))
                .map { hostIDs[$0] }
            cohortRows.append(["CDP-\(number)", "Synthetic Candidate \(number)", site.agency, site.component, positionOfRecord,
                               needs.joined(separator: ";"), ranges.sorted().joined(separator: ";"), preferred.joined(separator: ";")])
        }
        let cohort = CSVText.render(header: ["id", "name", "agency", "component", "position_of_record", "development_needs",
                                             "unavailable", "preferred_hosts"], rows: cohortRows)
        let hostsText = CSVText.render(header: ["id", "title", "agency", "component", "location", "capacity", "available_from",
                                                "available_to", "develops", "min_months", "max_months"], rows: hostRows)
        let policy = """
            # Synthetic CDP rotation instance (see README.md). Generated by: \(regenerate)
            as_of: \(asOf.iso)
            ecq_framework: "\(framework.rawValue)"
            time_limit_seconds: 60
            rules:
              cdp_minimum_days: 120      # 5 CFR 412.302(c); unverified after the 2025 revision
            rotation:
              start: \(start.iso)
              months: \(months)
              period: month
              outside: component         # assignments count toward the minimum only outside the candidate's component
              require_all: false
              max_assignments: 2
              weights: {broadening_component: 2, broadening_agency: 2, ecq_need: 3, preference: 3, assignment: 2, period: 0.1}

            """
        let agencies = Set(hostSites.map(\.agency)).count
        let readme = """
            # Synthetic CDP rotation instance

            \(candidates) **synthetic** Candidate Development Program candidates and \(hosts) host offices, for a program of
            \(months) months starting \(start.iso), for `sesplan rotations` (see `docs/rotations.md`).

            - **Real:** each host's agency, component, duty location and title (\(agencies) agencies), taken from
              \(source); the candidates' agencies and components, drawn from the same offices.
            - **Synthetic:** every candidate (ids `CDP-…`, names "Synthetic Candidate …", positions of record `POR-…` or a host
              office of their own component, ECQ development needs, unavailable dates, preferred hosts) and every host
              attribute other than the above (capacity, availability window, ECQs developed, minimum and maximum length).
              No real person is described.

            Generated by a seeded generator (SplitMix64), so the same command gives the same bytes:

            ```sh
            \(regenerate)
            ```

            Schedule it (from the repository root):

            ```sh
            sesplan rotations --cohort \(directory)/cohort.csv --hosts \(directory)/hosts.csv \\
              --policy \(directory)/policy.yaml --out out/cdp-cohort
            ```

            """
        return Files(cohort: cohort, hosts: hostsText, policy: policy, readme: readme)
    }
}
