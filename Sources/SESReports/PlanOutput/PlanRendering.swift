import Dispatch
import Foundation
import SESDomain
import SESPlanning
import SESSupport

/// Renders a planning run's files, starting before the run is over: ``render(early:)`` takes a plan
/// as soon as it is found and works out its own files and its share of the reports' explanations on
/// a background thread, while the planner searches for the next plan on the other core;
/// ``files(plans:note:)`` then renders what is left (the reports, and any file or explanation not
/// rendered early) on both cores, without waiting for the part being rendered early unless it needs
/// it. The bytes are the same whichever parts were rendered early.
public final class PlanRendering: @unchecked Sendable {
    let policy: Policy
    let inputs: [String]
    let problem: ReassignmentProblem?
    /// Goes into each `plan-N.json`; may still be being worked out when rendering is set up.
    let provenance: Prepared<PlanProvenance?>
    /// Early work runs here, one part (an explanation or a file) after another.
    private let queue = DispatchQueue(label: "sesplan.plan-rendering", qos: .userInitiated)
    /// Guards the state below; signalled when an early part ends.
    private let state = NSCondition()
    /// Set once the run's files are asked for: early rendering not yet started is left to them.
    private var finishing = false
    /// Plan number → what was rendered early for it.
    private var early: [Int: EarlyParts] = [:]
    /// The early part being rendered now, and the plan value it is rendered from.
    private var running: (part: RenderPart, plan: Plan)?
    /// Called as each early part begins (tests hold a part there to ask for the files meanwhile).
    var earlyPartBegins: (@Sendable (RenderPart) -> Void)?
    /// By ``PlanFile`` raw value: the move pieces of the first file of that kind rendered, from
    /// which the same file of every later plan copies its unchanged moves.
    private var references: [Int: MovePieces] = [:]

    /// The parts of one plan rendered early, for the plan value they were rendered from.
    struct EarlyParts {
        var plan: Plan
        /// By ``PlanFile`` raw value.
        var files: [Int: OutputFile] = [:]
        var insight: PlanInsight?
    }

    /// Prepares to render plans solved from `problem` (nil: reports without explanations) under
    /// `policy`; `inputs` are the input paths the reports name, `provenance` goes into each
    /// `plan-N.json`.
    public convenience init(policy: Policy, inputs: [String], problem: ReassignmentProblem?, provenance: PlanProvenance?) {
        self.init(policy: policy, inputs: inputs, problem: problem, prepared: Prepared(value: provenance))
    }

    /// As ``init(policy:inputs:problem:provenance:)``, with the provenance worked out by `provenance`
    /// on another thread from now (on the core the solve leaves idle); the first `plan-N.json`
    /// rendered waits for it.
    public convenience init(policy: Policy, inputs: [String], problem: ReassignmentProblem?,
                            preparing provenance: @escaping @Sendable () -> PlanProvenance?) {
        self.init(policy: policy, inputs: inputs, problem: problem, prepared: Prepared(provenance))
    }

    private init(policy: Policy, inputs: [String], problem: ReassignmentProblem?, prepared provenance: Prepared<PlanProvenance?>) {
        self.policy = policy
        self.inputs = inputs
        self.problem = problem
        self.provenance = provenance
    }

    /// Starts rendering `plan` in the background; a failure is left for ``files(plans:note:)``,
    /// which renders that file again and reports it. Parts not started when the run's files are
    /// asked for are rendered there, on both cores.
    public func render(early plan: Plan) {
        if let problem {
            queue.async { [self] in
                guard begin(.insight, of: plan) else { return }
                let insight = PlanInsight(plan: plan, problem: problem)
                end(plan) { $0.insight = insight }
            }
        }
        for kind in PlanFile.byCost {
            queue.async { [self] in
                guard begin(.file(kind), of: plan) else { return }
                let file = try? render(kind, of: plan)
                end(plan) { if let file { $0.files[kind.rawValue] = file } }
            }
        }
    }

    /// Waits until the early parts asked for so far are rendered (tests use it to render every part
    /// early before asking for the run's files).
    func finishEarlyWork() {
        queue.sync {}
    }

    /// Marks `part` of `plan` as being rendered early, unless the run's files are being rendered.
    private func begin(_ part: RenderPart, of plan: Plan) -> Bool {
        let begun = state.withLock {
            guard !finishing else { return false }
            running = (part, plan)
            return true
        }
        if begun { earlyPartBegins?(part) }
        return begun
    }

    /// Whether the run's files have been asked for.
    var isFinishing: Bool { state.withLock { finishing } }

    /// Stores an early part of `plan` (or nothing, for a file that failed), dropping parts rendered
    /// from another value of the same plan, and tells whoever waits for it.
    private func end(_ plan: Plan, _ store: (inout EarlyParts) -> Void) {
        state.withLock {
            var parts = early[plan.number].flatMap { $0.plan == plan ? $0 : nil } ?? EarlyParts(plan: plan)
            store(&parts)
            early[plan.number] = parts
            running = nil
            state.broadcast()
        }
    }

    /// The early parts of `plan`, if they were rendered from this value of it.
    private func earlyParts(of plan: Plan) -> EarlyParts? {
        early[plan.number].flatMap { $0.plan == plan ? $0 : nil }
    }

    /// Every file of the run, in writing order: each plan's `plan-N.json`, `.csv` and `.xlsx` in plan
    /// order, then `report.md` and `report.html`. Parts rendered early from a value other than the one
    /// in `plans` are rendered again; the part being rendered early is waited for only when it is
    /// needed, while both cores render the rest.
    ///
    /// With `publication`, each file is staged in it as soon as it is rendered (those rendered early
    /// by a thread of their own meanwhile), so that the disk writes the first files while the last
    /// are rendered; a failed write is thrown as a failed rendering would be.
    public func files(plans: [Plan], note: String?, stagingIn publication: OutputPublication? = nil) throws -> [OutputFile] {
        let fileCount = PlanFile.allCases.count
        let rendered = RenderedParts(count: plans.count * fileCount + 2)
        /// Part `k` is rendered: staged first, when there is a publication.
        @Sendable func land(_ k: Int, _ file: OutputFile) {
            do {
                try publication?.stage(file)
                rendered.set(k, [file])
            } catch {
                rendered.fail(error)
            }
        }
        // What is kept and what is still being rendered early, at the moment early work stops.
        let (kept, inFlight): ([EarlyParts?], (plan: Int, part: RenderPart)?) = state.withLock {
            finishing = true
            let inFlight = running.flatMap { r in
                plans.firstIndex { $0.number == r.plan.number && $0 == r.plan }.map { (plan: $0, part: r.part) }
            }
            return (plans.map(earlyParts), inFlight)
        }
        let keptFiles = kept.enumerated().flatMap { k, done in
            (done?.files ?? [:]).sorted { $0.key < $1.key }.map { (k * fileCount + $0.key, $0.value) }
        }
        // The files rendered early are staged by a thread of their own while both cores render.
        let stagingKept = DispatchGroup()
        if publication == nil {
            for (k, file) in keptFiles { rendered.set(k, [file]) }
        } else if !keptFiles.isEmpty {
            DispatchQueue.global(qos: .userInitiated).async(group: stagingKept) {
                for (k, file) in keptFiles { land(k, file) }
            }
        }
        // The explanations not worked out early come first (both reports read the same merged
        // explanations), then the two reports (the longest parts), then the vacancy-chain figures
        // (drawn while the plans are explained, so that the HTML report, the last part to start,
        // is shorter), then each plan's own files, the longest kind first, so that the two cores
        // finish together.
        // A part is rendered here unless it was kept or is still in flight.
        func left(_ k: Int, _ part: RenderPart) -> Bool {
            let done = switch part {
            case .insight: kept[k]?.insight != nil
            case .file(let kind): kept[k]?.files[kind.rawValue] != nil
            }
            return !done && !(inFlight?.plan == k && inFlight?.part == part)
        }
        var tasks: [RenderTask] = []
        if problem != nil {
            tasks += plans.indices.filter { left($0, .insight) }.map { .insight($0) }
            tasks.append(.merge)
        }
        tasks += [.html, .markdown]
        tasks += plans.indices.map { .figure($0) }
        for kind in PlanFile.byCost {
            tasks += plans.indices.filter { left($0, .file(kind)) }.map { .file($0, kind) }
        }
        let schedule = RenderSchedule(tasks: tasks, insights: kept.map { $0?.insight },
                                      merged: problem == nil ? ReportInsights(parts: nil, problem: nil) : nil,
                                      state: state) { [self] k in earlyParts(of: plans[k])?.insight }
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let task = schedule.next() {
                do {
                    switch task {
                    case .insight(let k):
                        if let problem { schedule.explained(k, PlanInsight(plan: plans[k], problem: problem)) }
                    case .merge:
                        schedule.merged(ReportInsights(parts: schedule.allInsights, problem: problem))
                    case .markdown:
                        land(plans.count * fileCount, OutputFile(name: "report.md", bytes: PlanReport.bytes(
                            plans: plans, note: note, policy: policy, inputs: inputs, insights: schedule.reportInsights)))
                    case .figure(let k):
                        // Seats' titles as the reports give them: the planning input's (the first
                        // position with the id), none without it.
                        let titles = Dictionary((problem?.instance.positions ?? []).map { ($0.id, $0.title) },
                                                uniquingKeysWith: { first, _ in first })
                        schedule.drew(plans[k].number, HTMLReport.chainFigure(plans[k]) { titles[$0] ?? "" })
                    case .html:
                        land(plans.count * fileCount + 1, OutputFile(name: "report.html", bytes: HTMLReport.bytes(
                            plans: plans, note: note, policy: policy, inputs: inputs, insights: schedule.reportInsights,
                            figures: schedule.drawnFigures)))
                    case .file(let k, let kind):
                        land(k * fileCount + kind.rawValue, try render(kind, of: plans[k]))
                    }
                } catch {
                    rendered.fail(error)
                }
            }
        }
        // The file being rendered early when the run's files were asked for: kept, or rendered again
        // here (a failure is reported from here).
        if let inFlight, case .file(let kind) = inFlight.part {
            let landed = state.withLock {
                while running != nil { state.wait() }
                return earlyParts(of: plans[inFlight.plan])?.files[kind.rawValue]
            }
            do {
                land(inFlight.plan * fileCount + kind.rawValue, try landed ?? render(kind, of: plans[inFlight.plan]))
            } catch {
                rendered.fail(error)
            }
        }
        stagingKept.wait()
        return try rendered.all()
    }

    /// A plan's own files, in writing order.
    enum PlanFile: Int, CaseIterable {
        case json, csv, workbook
        /// Longest to render first, so that the two cores finish together.
        static let byCost: [PlanFile] = [.workbook, .json, .csv]
    }

    /// One of a plan's own files, copying unchanged moves from the first file of its kind rendered
    /// so far, and kept as that first file when there is none yet.
    private func render(_ kind: PlanFile, of plan: Plan) throws -> OutputFile {
        let reference = state.withLock { references[kind.rawValue] }
        let (file, pieces) = try Self.file(kind, of: plan, provenance: kind == .json ? provenance.value : nil, reusing: reference)
        if reference == nil { state.withLock { if references[kind.rawValue] == nil { references[kind.rawValue] = pieces } } }
        return file
    }

    /// One of a plan's own files (`plan-N.json`, `plan-N.csv` or `plan-N.xlsx`), with each move's
    /// piece copied from `reference` (the same file of another plan) where the move is the same,
    /// and this file's pieces.
    static func file(_ kind: PlanFile, of plan: Plan, provenance: PlanProvenance?,
                     reusing reference: MovePieces?) throws -> (file: OutputFile, pieces: MovePieces) {
        switch kind {
        case .json:
            let json = try PlanJSONWriter.pieces(plan, provenance: provenance, reusing: reference)
            return (OutputFile(name: "plan-\(plan.number).json", bytes: json.bytes), json)
        case .csv:
            let csv = PlanCSV.pieces(plan, reusing: reference)
            return (OutputFile(name: "plan-\(plan.number).csv", bytes: csv.bytes), csv)
        case .workbook:
            let workbook = try PlanWorkbook.pieces(plan, reusing: reference)
            return (OutputFile(name: "plan-\(plan.number).xlsx", data: workbook.data), workbook.sheet)
        }
    }
}

/// The parts of a rendering (each plan's files, then the reports), each stored once by its own
/// thread and read after `concurrentPerform` returns (which orders the writes before the reads),
/// under a lock for clarity.
private final class RenderedParts: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[OutputFile]]
    private var error: (any Error)?

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ part: Int, _ files: [OutputFile]) {
        lock.lock(); defer { lock.unlock() }
        parts[part] = files
    }

    func fail(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }

    /// The files in a fixed order (each plan's files in plan order, then the reports), or the first error.
    func all() throws -> [OutputFile] {
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        return parts.flatMap { $0 }
    }
}
