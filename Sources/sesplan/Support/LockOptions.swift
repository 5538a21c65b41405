import ArgumentParser
import Foundation
import SESDomain
import SESPlanning
import SESInput

/// `--lock approved.csv`: moves the agency head approved, fixed while the rest is re-planned.
///
/// The file has the columns of a moves draft (`executive_id,to_position_id`, as `check` reads);
/// each row becomes a pin. A row the rules forbid (any pair rule, or two rows for one position) is
/// bad input naming the row; rules over the whole plan (budgets, a seat whose holder may still
/// move) are left to the planner.
enum LockOptions {
    /// Rules a partial list of moves can break only together with the rest of the plan.
    static let planWideRules: Set<AuditRule> = [.positionStillHeld, .vacancyTiming, .maxMoves, .maxRelocations,
                                               .componentMaxMoves, .pin, .mustFill]

    /// Adds the locked moves to the instance's pins; exits 1 naming every forbidden row.
    static func apply(_ path: String, to instance: inout Instance) throws {
        let draft: [DraftMove]
        do {
            draft = try DraftMovesReader.read(.file(path), instance: instance)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let audit = DraftAuditor(instance: instance).audit(draft)
        let forbidden = audit.violations.filter { !planWideRules.contains($0.rule) }
        if !forbidden.isEmpty {
            Console.error(forbidden.map { finding in
                let line = finding.line.map { ":\($0)" } ?? ""
                let pair = "\(finding.executiveID ?? "?") to \(finding.positionID ?? "?")"
                return "\(path)\(line): the approved move \(pair) cannot be locked: \(finding.message) (\(finding.citation))"
            }.joined(separator: "\n"))
            throw ExitCode(1)
        }
        for move in draft {
            let pin = Policy.Assignment(executiveID: move.executiveID, positionID: move.toPositionID)
            if instance.policy.forbids.contains(pin) {
                Console.error("\(path)\(move.line.map { ":\($0)" } ?? ""): the approved move \(move.executiveID) to \(move.toPositionID) is forbidden by the policy or --forbid")
                throw ExitCode(1)
            }
            instance.policy.pins.removeAll { $0.executiveID == move.executiveID }
            instance.policy.pins.append(pin)
        }
    }
}
