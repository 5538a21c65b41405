import Foundation
import SESDomain
import SESInput
import SESPlanning
import SESReports

/// The what-if settings of a run: pins and forbids beyond the policy's, approved moves kept fixed
/// (`--lock`), and an earlier plan to stay close to (`--baseline`). A plan made with them is
/// explained with the same ones.
public struct WhatIf: Sendable, Equatable {
    /// An `EXECUTIVE=POSITION` pair as given.
    public struct Pair: Sendable, Equatable {
        /// The executive's id.
        public var executiveID: String
        /// The position's id.
        public var positionID: String

        /// Names the pair.
        public init(executiveID: String, positionID: String) {
            self.executiveID = executiveID
            self.positionID = positionID
        }

        /// The pair as it was written (for messages).
        public var text: String { "\(executiveID)=\(positionID)" }
    }

    /// Executives pinned to positions.
    public var pins: [Pair]
    /// Pairs forbidden.
    public var forbids: [Pair]
    /// An earlier plan file (plan-N.json, .csv or .xlsx) to stay close to.
    public var baseline: String?
    /// Approved moves to keep fixed (a moves draft: executive_id,to_position_id).
    public var lock: String?

    /// Names the settings (by default none).
    public init(pins: [Pair] = [], forbids: [Pair] = [], baseline: String? = nil, lock: String? = nil) {
        self.pins = pins
        self.forbids = forbids
        self.baseline = baseline
        self.lock = lock
    }

    /// Rules a partial list of moves can break only together with the rest of the plan.
    static let planWideRules: Set<AuditRule> = [.positionStillHeld, .vacancyTiming, .maxMoves, .maxRelocations,
                                               .componentMaxMoves, .pin, .mustFill]

    /// The instance with these pins, forbids and locked moves, and the baseline plan read back.
    public func apply(to instance: Instance) throws(SessionError) -> (Instance, Plan?) {
        var instance = instance
        try applyPairs(to: &instance)
        if let lock { try Self.applyLock(lock, to: &instance) }
        let asOf = instance.policy.asOf
        return (instance, try baseline.map { path throws(SessionError) in try Self.readBaseline(path, asOf: asOf) })
    }

    /// Adds the pins and forbids to the policy; unknown ids, or a pair both pinned and forbidden,
    /// are ``SessionError/pairs(_:)``.
    func applyPairs(to instance: inout Instance) throws(SessionError) {
        // Nothing to add: the id sets below are not built (thousands of ids, on every run).
        guard !pins.isEmpty || !forbids.isEmpty else { return }
        let executives = Set(instance.executives.map(\.id)), positions = Set(instance.positions.map(\.id))
        var problems: [String] = []
        func known(_ pair: Pair, _ option: String) -> Policy.Assignment? {
            let e = pair.executiveID, p = pair.positionID
            if !executives.contains(e) { problems.append("command line: --\(option) '\(pair.text)': unknown executive '\(e)'") }
            if !positions.contains(p) { problems.append("command line: --\(option) '\(pair.text)': unknown position '\(p)'") }
            return executives.contains(e) && positions.contains(p) ? Policy.Assignment(executiveID: e, positionID: p) : nil
        }
        let newPins = pins.compactMap { known($0, "pin") }
        let newForbids = forbids.compactMap { known($0, "forbid") }
        for pin in newPins where newForbids.contains(pin) || instance.policy.forbids.contains(pin) {
            problems.append("command line: \(pin.executiveID)=\(pin.positionID) is both pinned and forbidden")
        }
        guard problems.isEmpty else { throw .pairs(problems) }
        instance.policy.pins += newPins
        instance.policy.forbids += newForbids
    }

    /// Adds approved moves (a moves draft) to the instance's pins. A row the rules forbid (any pair
    /// rule, or two rows for one position) is ``SessionError/lockedMoves(_:)`` naming the row;
    /// rules over the whole plan (budgets, a seat whose holder may still move) are left to the planner.
    static func applyLock(_ path: String, to instance: inout Instance) throws(SessionError) {
        let draft: [DraftMove]
        do {
            draft = try DraftMovesReader.read(.file(path), instance: instance)
        } catch {
            throw .input(error)
        }
        let audit = DraftAuditor(instance: instance).audit(draft)
        let forbidden = audit.violations.filter { !planWideRules.contains($0.rule) }
        if !forbidden.isEmpty {
            throw .lockedMoves(forbidden.map { finding in
                let line = finding.line.map { ":\($0)" } ?? ""
                let pair = "\(finding.executiveID ?? "?") to \(finding.positionID ?? "?")"
                return "\(path)\(line): the approved move \(pair) cannot be locked: \(finding.message) (\(finding.citation))"
            })
        }
        for move in draft {
            let pin = Policy.Assignment(executiveID: move.executiveID, positionID: move.toPositionID)
            if instance.policy.forbids.contains(pin) {
                throw .lockedMoves(["\(path)\(move.line.map { ":\($0)" } ?? ""): the approved move \(move.executiveID) to "
                                    + "\(move.toPositionID) is forbidden by the policy or --forbid"])
            }
            instance.policy.pins.removeAll { $0.executiveID == move.executiveID }
            instance.policy.pins.append(pin)
        }
    }

    /// Reads a plan written by `sesplan plan` (plan-N.json, .csv or .xlsx) as a baseline.
    static func readBaseline(_ path: String, asOf: Day) throws(SessionError) -> Plan {
        let file = XLSXInput.split(path).path
        if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber,
           size.intValue > CSVTable.defaultMaxBytes {
            throw .baseline(path: path, reason: "the baseline plan is too large (\(size.intValue) bytes; "
                            + "the limit is \(CSVTable.defaultMaxBytes))")
        }
        guard FileManager.default.fileExists(atPath: file) else {
            throw .baseline(path: path, reason: "cannot open the baseline plan")
        }
        do {
            return try PlanTableReader.read(path, asOf: asOf)
        } catch {
            throw .input(error)
        }
    }
}
