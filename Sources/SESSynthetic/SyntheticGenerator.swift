import Foundation
import SESDomain
import SESInput
import SESSupport

/// Builds a complete, legally consistent planning instance from the real PLUM General positions:
/// synthetic Career Reserved positions, synthetic executives, agency records and a policy.
///
/// Career Reserved positions and all executive attributes are not public, so they are made up
/// here, from a seeded pseudorandom generator (``SplitMix64``), and labelled synthetic wherever
/// they appear (ids `SYN-...`, titles ending in "(synthetic)", names "Synthetic Executive ...",
/// and the README written next to the files).
///
/// Determinism: each agency draws from its own streams, seeded with ``seed`` xor the FNV-1a hash
/// of `"<purpose>|<agency name>"`, and agencies are processed in order of first appearance in the
/// input; no output order depends on a hash table. The same seed and input give the same bytes on
/// every machine, and an agency's rows are the same whether it is generated alone or with others.
///
/// What is generated, per agency with G real General positions:
/// - Career Reserved positions: about `G · s / (1 − s)` for ``careerReservedShare`` s (±10%), each
///   at the component and location of a random real position of the agency; 88% filled.
/// - For every position: priority 0–10 (sum of two draws 0–5), ECQ minimums 1–5 (mostly 2–4),
///   one or two required skills suggested by the title (``SkillVocabulary``) and one to three
///   desired skills, a new noncareer supervisor's start date for 4%; among vacancies not coded
///   noncareer, 20% (at least one) must be filled, by as_of + 30–180 days.
/// - An incumbent for every filled position: the PLUM appointment type for General positions
///   (CA, CG, DA career; NA noncareer; TA limited term; EA limited emergency), career for Career
///   Reserved ones; ECQ ratings 2–5 at or above the position's minimums; the position's required
///   skills and some desired ones; dates with ses_start ≤ position_start ≤ as_of (6% of career
///   executives probationary, the rest 1–3, 3–5 or 5–9 years in position); 15% willing to
///   transfer, 30% to relocate, 10% asking in writing to move (most naming their first choice in
///   requested_positions, the rest a blanket request), 3% notice waived, 1% protected disclosure; zero to
///   three preferred positions of the agency that the appointment may hold.
/// - Unplaced career CDP graduates: ``unplacedShare`` of the incumbents (rounded), preferring vacancies.
/// - Agency records: head appointed within 120 days of as_of for 30% of agencies (the moratorium
///   of 5 U.S.C. 3395(e)), allocation = positions generated, noncareer cap 25%.
/// - A policy: 3 plans differing in 2 moves, max_moves ≈ 10% and max_relocations ≈ 3% of the
///   executives, and move limits on the two largest components.
public struct SyntheticGenerator: Sendable {
    /// The generator version, written into the README; bump it whenever output for a seed changes.
    public static let version = "1.0"
    /// The default planning date, 2026-12-01.
    public static let defaultAsOf = Day(year: 2026, month: 12, day: 1) ?? Day.earliest
    /// The default share of unplaced CDP graduates, 3%.
    public static let defaultUnplacedShare = 0.03

    /// The seed; the same seed gives the same files.
    public var seed: UInt64
    /// The planning date; dates are generated relative to it.
    public var asOf: Day
    /// Limit the instance to one agency (case-insensitive exact name); nil for every agency given.
    public var agency: String?
    /// Unplaced CDP graduates as a share of the incumbents (0–0.5).
    public var unplacedShare: Double
    /// The target share of Career Reserved positions among an agency's positions (0–0.9).
    public var careerReservedShare: Double
    /// The noncareer cap written to `agencies.csv`, percent of the allocation (5 U.S.C. 3134(d)).
    public var noncareerCapPct: Double
    /// Generate every agency this many times (copies 2, 3, ... are synthetic duplicates, for scaling studies).
    public var copies = 1
    /// Stop adding agencies (in file order) once this many executives exist.
    public var maxExecutives: Int?

    /// Creates a generator.
    public init(seed: UInt64 = 1, asOf: Day = SyntheticGenerator.defaultAsOf, agency: String? = nil,
                unplacedShare: Double = SyntheticGenerator.defaultUnplacedShare,
                careerReservedShare: Double = 0.5, noncareerCapPct: Double = 25) {
        self.seed = seed; self.asOf = asOf; self.agency = agency; self.unplacedShare = unplacedShare
        self.careerReservedShare = careerReservedShare; self.noncareerCapPct = noncareerCapPct
    }

    /// Generates from an import; the README names the import's file by its last path component.
    public func generate(from plum: PLUMImport) throws -> SyntheticInstance {
        try generate(from: plum.positions, sourceName: URL(fileURLWithPath: plum.file).lastPathComponent)
    }

    /// Generates from PLUM positions (any number of agencies).
    ///
    /// - Throws: ``SynthesisError`` for parameters out of range, no positions, duplicate ids, or
    ///   an agency filter that names no agency of the positions (with close names).
    public func generate(from plum: [PLUMPosition], sourceName: String) throws -> SyntheticInstance {
        guard (0...0.5).contains(unplacedShare) else {
            throw SynthesisError("the unplaced share must be between 0 and 0.5, not \(unplacedShare)")
        }
        guard (0...0.9).contains(careerReservedShare) else {
            throw SynthesisError("the Career Reserved share must be between 0 and 0.9, not \(careerReservedShare)")
        }
        guard noncareerCapPct >= 0, noncareerCapPct <= 100 else {
            throw SynthesisError("the noncareer cap must be 0–100%, not \(noncareerCapPct)")
        }
        guard !plum.isEmpty else { throw SynthesisError("no PLUM positions to build on") }

        var seen: Set<String> = []
        for p in plum where !seen.insert(p.position.id).inserted {
            throw SynthesisError("duplicate position id \(p.position.id) in the PLUM positions")
        }

        var order: [String] = []
        var groups: [String: [PLUMPosition]] = [:]
        for p in plum {
            if groups[p.position.agency] == nil { order.append(p.position.agency) }
            groups[p.position.agency, default: []].append(p)
        }
        var selected: String?
        if let agency {
            guard let match = AgencyNameMatcher.match(agency, in: order) else {
                let close = AgencyNameMatcher.closeNames(to: agency, in: order)
                let hint = close.isEmpty ? "" : "; close names: \(close.joined(separator: "; "))"
                throw SynthesisError("no agency named '\(agency)' among the PLUM positions\(hint)")
            }
            selected = match
            order = [match]
        }

        var positions: [Position] = []
        var executives: [Executive] = []
        var agencies: [Agency] = []
        generation: for copy in 1...max(1, copies) {
            for name in order {
                if let maxExecutives, executives.count >= maxExecutives { break generation }
                let part = generateAgency(copy == 1 ? name : "\(name) (synthetic copy \(copy))",
                                          plum: copy == 1 ? groups[name]! : Self.copy(groups[name]!, number: copy))
                positions += part.positions
                executives += part.executives
                agencies.append(part.agency)
            }
        }
        let policy = makePolicy(positions: positions, executiveCount: executives.count)
        return SyntheticInstance(generator: self, agency: selected, sourceName: sourceName, positions: positions,
                                 executives: executives, agencies: agencies, policy: policy)
    }

    /// The `sesplan synth` command line that regenerates an instance with these parameters from
    /// `plumPath` into `outDirectory` (arguments quoted for a POSIX shell where needed).
    public func regenerateCommand(plumPath: String, outDirectory: String, agencyName: String? = nil) -> String {
        var words = ["swift", "run", "sesplan", "synth", "--plum", plumPath]
        if let name = agencyName ?? agency { words += ["--agency", name] }
        words += ["--seed", String(seed), "--as-of", asOf.iso]
        if unplacedShare != SyntheticGenerator.defaultUnplacedShare {
            words += ["--unplaced-share", "\(unplacedShare)"]
        }
        if copies != 1 { words += ["--copies", String(copies)] }
        if let maxExecutives { words += ["--max-executives", String(maxExecutives)] }
        words += ["--out", outDirectory]
        return words.map(SyntheticGenerator.shellQuoted).joined(separator: " ")
    }

    /// A word as a POSIX shell reads it: bare when made of safe characters, else double-quoted.
    static func shellQuoted(_ word: String) -> String {
        let safe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_./:=,+@%")
        if !word.isEmpty, word.allSatisfy({ safe.contains($0) }) { return word }
        var quoted = "\""
        for c in word {
            if "\"\\$`".contains(c) { quoted.append("\\") }
            quoted.append(c)
        }
        return quoted + "\""
    }

    // MARK: - One agency

    /// A position being generated, with what the generator needs to remember about it.
    private struct Slot {
        var position: Position
        /// The incumbent's appointment; nil when vacant.
        var incumbent: Appointment?
        /// PLUM's appointment code (empty for synthetic positions).
        var plumCode: String
        /// True for a real PLUM position.
        var real: Bool
        /// The lead skill of a synthetic position's program area.
        var areaSkill: String?
    }

    /// A synthetic duplicate of an agency's PLUM positions (for scaling studies beyond the real SES):
    /// the agency name, its code and the position ids carry the copy number.
    static func copy(_ plum: [PLUMPosition], number: Int) -> [PLUMPosition] {
        plum.map { p in
            var c = p
            let code = "\(p.agencyCode)C\(number)"
            c.agencyCode = code
            c.position.id = "PLUM-\(code)-" + p.position.id.dropFirst("PLUM-\(p.agencyCode)-".count)
            c.position.agency = "\(p.position.agency) (synthetic copy \(number))"
            return c
        }
    }

    private func stream(_ purpose: String, _ agency: String) -> SplitMix64 {
        SplitMix64(seed: seed, stream: "\(purpose)|\(agency)")
    }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    private func generateAgency(_ name: String, plum: [PLUMPosition])
        -> (positions: [Position], executives: [Executive], agency: Agency) {
        let code = plum[0].agencyCode
        var slots = plum.map {
            Slot(position: $0.position, incumbent: $0.incumbentAppointment, plumCode: $0.appointmentCode,
                 real: true, areaSkill: nil)
        }

        // Career Reserved positions at the agency's real components and duty stations.
        var rng = stream("career-reserved", name)
        let target = Double(plum.count) * careerReservedShare / (1 - careerReservedShare)
        let jittered = (target * (0.9 + 0.2 * rng.unit())).rounded()
        let reservedCount = careerReservedShare > 0 ? max(1, Int(jittered)) : 0
        let crWidth = max(3, String(reservedCount).count)
        for i in 0..<reservedCount {
            let template = rng.pick(plum).position
            let area = rng.pick(SyntheticTitles.areas)
            let title = SyntheticTitles.title(area: area.name, location: template.location,
                                              commutingArea: template.commutingArea, rng: &rng)
            let position = Position(id: "SYN-CR-\(code)-\(Self.padded(i + 1, crWidth))", title: title, agency: name,
                                    component: template.component, location: template.location,
                                    commutingArea: template.commutingArea, designation: .careerReserved)
            slots.append(Slot(position: position, incumbent: rng.chance(0.88) ? .career : nil, plumCode: "",
                              real: false, areaSkill: area.skill))
        }

        assignAttributes(&slots, agency: name)
        let executives = makeExecutives(slots, agency: name, code: code)

        var agencyRNG = stream("agency", name)
        let head = agencyRNG.chance(0.3)
            ? asOf.adding(days: -agencyRNG.int(in: 10...119))
            : asOf.adding(days: -agencyRNG.int(in: 121...1400))
        let agency = Agency(name: name, headAppointed: head, sesAllocation: slots.count, noncareerCapPct: noncareerCapPct)
        return (slots.map(\.position), executives, agency)
    }

    /// Priority, skills, ECQ minimums, supervisor start dates and must-fill vacancies.
    private func assignAttributes(_ slots: inout [Slot], agency: String) {
        var rng = stream("attributes", agency)
        let vocabulary = SkillVocabulary.skills
        for i in slots.indices {
            var p = slots[i].position
            p.priority = Double(rng.int(in: 0...5) + rng.int(in: 0...5))
            var lead = SkillVocabulary.suggested(title: slots[i].real ? p.title : "", component: p.component)
            if let area = slots[i].areaSkill {
                lead.removeAll { $0 == area }
                lead.insert(area, at: 0)
            }
            if lead.isEmpty { lead = [rng.pick(vocabulary)] }
            var required = [lead[0]]
            if lead.count > 1, rng.chance(0.35) { required.append(lead[1]) }
            let desiredCount = rng.int(in: 1...3)
            var desired = Array(lead.dropFirst(required.count).prefix(desiredCount))
            let others = vocabulary.filter { !required.contains($0) && !desired.contains($0) }
            desired += rng.sample(others, count: desiredCount - desired.count)
            p.requiredSkills = SkillVocabulary.ordered(required)
            p.desiredSkills = SkillVocabulary.ordered(desired)
            p.ecqMinimum = (0..<5).map { _ in 1 + rng.weightedIndex([4, 30, 44, 18, 4]) }
            if rng.chance(0.04) { p.supervisorStart = asOf.adding(days: -rng.int(in: 1...240)) }
            slots[i].position = p
        }
        // A few must-fill vacancies, never a vacancy PLUM codes as noncareer.
        let eligible = slots.indices.filter { i in
            slots[i].incumbent == nil && !["NA", "TA", "EA"].contains(slots[i].plumCode)
        }
        var chosen = eligible.filter { _ in rng.chance(0.2) }
        if chosen.isEmpty, !eligible.isEmpty { chosen = [rng.pick(eligible)] }
        for i in chosen {
            slots[i].position.mustFill = true
            slots[i].position.fillBy = asOf.adding(days: rng.int(in: 30...180))
        }
    }

    /// Incumbents for the filled positions, then unplaced CDP graduates.
    private func makeExecutives(_ slots: [Slot], agency: String, code: String) -> [Executive] {
        var rng = stream("executives", agency)
        let vocabulary = SkillVocabulary.skills
        var executives: [Executive] = []
        func nextID() -> (id: String, label: String) {
            let label = "\(code)-\(Self.padded(executives.count + 1, 4))"
            return ("SYN-E-\(label)", label)
        }
        let allIDs = slots.map(\.position.id)
        let generalIDs = slots.filter { $0.position.designation == .general }.map(\.position.id)

        for slot in slots {
            guard let appointment = slot.incumbent else { continue }
            let p = slot.position
            let (id, label) = nextID()
            var positionStart: Day
            var sesStart: Day
            var appointmentEnd: Day?
            switch appointment {
            case .career:
                if rng.chance(0.06) {
                    sesStart = asOf.adding(days: -rng.int(in: 30...330))
                    positionStart = sesStart
                } else {
                    let bands: [ClosedRange<Int>] = [365...1094, 1095...1825, 1826...3287]
                    positionStart = asOf.adding(days: -rng.int(in: bands[rng.weightedIndex([30, 38, 32])]))
                    sesStart = rng.chance(0.45) ? positionStart : positionStart.adding(days: -rng.int(in: 180...3650))
                }
            case .noncareer:
                positionStart = asOf.adding(days: -rng.int(in: 60...700))
                sesStart = positionStart
            case .limitedTerm:
                positionStart = asOf.adding(days: -rng.int(in: 30...700))
                sesStart = positionStart
                appointmentEnd = positionStart.adding(days: 1095)  // 3 years, 5 CFR 317.601
            case .limitedEmergency:
                positionStart = asOf.adding(days: -rng.int(in: 30...300))
                sesStart = positionStart
                appointmentEnd = positionStart.adding(days: 540)  // 18 months, 5 CFR 317.601
            }
            let ecq = p.ecqMinimum.map { min(5, max(2, $0 + rng.weightedIndex([40, 45, 15]))) }
            var skills = p.requiredSkills + p.desiredSkills.filter { _ in rng.chance(0.5) }
            let others = vocabulary.filter { !skills.contains($0) }
            skills += rng.sample(others, count: rng.int(in: 1...2))
            let eligible = (appointment == .career ? allIDs : generalIDs).filter { $0 != p.id }
            let preferred = rng.sample(eligible, count: [0, 1, 2, 3][rng.weightedIndex([50, 20, 15, 15])])
            let blanket = rng.chance(0.10)
            // Written requests name positions (5 U.S.C. 3395(e) turns on the move): about a quarter of those
            // with stated preferences asked in writing for their first choice; the rest volunteered (blanket).
            let requested = !preferred.isEmpty && blanket && rng.chance(0.7) ? [preferred[0]] : []
            executives.append(Executive(
                id: id, name: "Synthetic Executive \(label)", appointment: appointment, agency: agency,
                component: p.component, positionID: p.id, positionStart: positionStart, sesStart: sesStart,
                ecq: ecq, skills: SkillVocabulary.ordered(skills),
                willingTransfer: rng.chance(0.15), willingRelocate: rng.chance(0.30), volunteer: blanket && requested.isEmpty,
                noticeWaived: rng.chance(0.03), protectedDisclosure: rng.chance(0.01),
                appointmentEnd: appointmentEnd, preferredPositions: preferred, requestedPositions: requested))
        }

        let unplaced = Int((Double(executives.count) * unplacedShare).rounded())
        var components: [String] = []
        for slot in slots where !components.contains(slot.position.component) {
            components.append(slot.position.component)
        }
        let vacancies = slots.filter { $0.incumbent == nil }.map(\.position.id)
        for _ in 0..<unplaced {
            let (id, label) = nextID()
            let ecq = (0..<5).map { _ in 2 + rng.weightedIndex([35, 45, 20]) }
            let skills = rng.sample(vocabulary, count: rng.int(in: 2...4))
            let pool = vacancies.isEmpty ? allIDs : vacancies
            let preferred = rng.sample(pool, count: rng.int(in: 0...3))
            executives.append(Executive(
                id: id, name: "Synthetic CDP Graduate \(label)", appointment: .career, agency: agency,
                component: rng.pick(components), positionID: nil, ecq: ecq, skills: SkillVocabulary.ordered(skills),
                willingTransfer: rng.chance(0.15), willingRelocate: rng.chance(0.5), volunteer: rng.chance(0.10),
                preferredPositions: preferred))
        }
        return executives
    }

    /// The policy: 3 plans, min difference 2, limits scaled to the instance.
    private func makePolicy(positions: [Position], executiveCount: Int) -> Policy {
        var policy = Policy(asOf: asOf)
        policy.plans = 3
        policy.minDifference = 2
        policy.limits.maxMoves = max(1, Int((Double(executiveCount) * 0.10).rounded()))
        policy.limits.maxRelocations = max(1, Int((Double(executiveCount) * 0.03).rounded()))
        // Move limits on the two largest components (ties: first appearance).
        var names: [String] = []
        var counts: [String: Int] = [:]
        for p in positions where !p.component.isEmpty {
            if counts[p.component] == nil { names.append(p.component) }
            counts[p.component, default: 0] += 1
        }
        let largest = names.enumerated()
            .sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }
            .prefix(2)
        for (_, name) in largest where counts[name]! >= 4 {
            policy.limits.componentMaxMoves[name] = max(2, Int((Double(counts[name]!) * 0.1).rounded()))
        }
        return policy
    }
}
