import SESDomain
import SESSupport

extension SyntheticInstance {
    /// The `README.md` written next to the files: what is real (the PLUM General positions, with
    /// provenance), what is synthetic, the generator version, its parameters and seed, counts, and
    /// (when given) the command that regenerates the directory. It contains no dates or paths of
    /// the machine that wrote it, so it is as reproducible as the data.
    public func readme(regenerateCommand: String? = nil) -> String {
        let g = generator
        let general = positions.filter { $0.designation == .general }
        let reserved = positions.filter { $0.designation == .careerReserved }
        let held = Set(executives.compactMap(\.positionID))
        func filled(_ list: [Position]) -> Int { list.reduce(0) { $0 + (held.contains($1.id) ? 1 : 0) } }
        func count(_ appointment: Appointment) -> Int {
            executives.reduce(0) { $0 + ($1.appointment == appointment && $1.positionID != nil ? 1 : 0) }
        }
        let unplaced = executives.filter { $0.positionID == nil }.count
        let probationary = executives.filter { e in
            e.appointment == .career && e.sesStart.map { $0.days(to: policy.asOf) < 365 } == true
        }.count
        let mustFill = positions.filter(\.mustFill).count
        let recentHeads = agencies.filter { a in
            a.headAppointed.map { $0.days(to: policy.asOf) < 120 } == true
        }.count
        let scope = agency ?? "all \(agencies.count) agencies in the PLUM input"

        var out: [String] = []
        out.append("# Synthetic SES planning instance: \(agency ?? "all agencies")")
        out.append("")
        out.append("**The General positions are real (OPM PLUM data). Everything else is synthetic:** the")
        out.append("Career Reserved positions, every executive, and every attribute the PLUM data does not")
        out.append("carry. No row describes a real person, and no `SYN-` position exists.")
        out.append("")
        out.append("Written by `sesplan synth` (SyntheticGenerator \(SyntheticGenerator.version), SplitMix64 pseudorandom")
        out.append("generator). The same parameters give byte-identical files on every machine.")
        out.append("")
        out.append("| parameter | value |")
        out.append("|---|---|")
        out.append("| seed | \(g.seed) |")
        out.append("| as_of | \(policy.asOf.iso) |")
        out.append("| agency | \(scope) |")
        out.append("| unplaced share | \(g.unplacedShare) |")
        out.append("| Career Reserved share target | \(g.careerReservedShare) |")
        out.append("| PLUM input | `\(sourceName)` |")
        out.append("")
        out.append("## What is real")
        out.append("")
        out.append("- The \(general.count) General positions with ids `PLUM-...` (\(filled(general)) filled, \(general.count - filled(general)) vacant):")
        out.append("  title, agency, component (PLUM `OrganizationName`), duty location, whether the position is")
        out.append("  filled, and the incumbent's appointment type, from OPM's PLUM data (mid-2025 export, rows")
        out.append("  with pay plan ES and no vacate date), https://www.opm.gov/about-us/open-government/plum-reporting/plum-data/ ;")
        out.append("  a work of the U.S. Government. PLUM lists SES General positions only. `commuting_area` is")
        out.append("  derived from the location (the Washington, DC duty stations share one area).")
        out.append("")
        out.append("## What is synthetic")
        out.append("")
        out.append("- The \(reserved.count) Career Reserved positions (`SYN-CR-...`, titles ending in \"(synthetic)\"; \(filled(reserved)) filled),")
        out.append("  placed at the components and duty stations of the agency's real positions.")
        out.append("- On every position: `priority`, `must_fill`, `fill_by`, ECQ minimums, required and desired")
        out.append("  skills (suggested by the title), `supervisor_start`.")
        out.append("- Every executive (`SYN-E-...`, named \"Synthetic Executive ...\" or \"Synthetic CDP Graduate ...\"): the")
        out.append("  incumbents of the filled positions (appointment from the PLUM code for General positions,")
        out.append("  career for Career Reserved ones), all dates, ECQ ratings, skills, flags and preferences,")
        out.append("  and the unplaced CDP graduates.")
        out.append("- `agencies.csv`: `head_appointed` is synthetic; `ses_allocation` is the number of positions here,")
        out.append("  not the agency's real allocation; `noncareer_cap_pct` is the statutory 25 (5 U.S.C. 3134(d)).")
        out.append("- `policy.yaml`: illustrative limits.")
        out.append("")
        out.append("## Counts")
        out.append("")
        out.append("| item | count |")
        out.append("|---|---|")
        out.append("| positions | \(positions.count) |")
        out.append("| General (real) | \(general.count) |")
        out.append("| Career Reserved (synthetic) | \(reserved.count) |")
        out.append("| vacant positions | \(positions.count - held.count) |")
        out.append("| must-fill vacancies | \(mustFill) |")
        out.append("| executives | \(executives.count) |")
        out.append("| career (placed) | \(count(.career)) |")
        out.append("| noncareer | \(count(.noncareer)) |")
        out.append("| limited term | \(count(.limitedTerm)) |")
        out.append("| limited emergency | \(count(.limitedEmergency)) |")
        out.append("| unplaced CDP graduates | \(unplaced) |")
        out.append("| probationary (first year) | \(probationary) |")
        out.append("| agencies with a head appointed less than 120 days before as_of | \(recentHeads) |")
        out.append("")
        out.append("## Files")
        out.append("")
        out.append("`positions.csv`, `executives.csv`, `agencies.csv` and `policy.yaml` in the formats of the")
        out.append("`sesplan` input files (see the Inputs section of sesplan's README).")
        if let regenerateCommand {
            out.append("")
            out.append("## Regenerate")
            out.append("")
            out.append("From the package root:")
            out.append("")
            out.append("```sh")
            out.append(regenerateCommand)
            out.append("```")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
