import Foundation
import SESDomain
import SESInput
import SESPlanning
import SESReports

extension PlanningSession {
    /// Reads a plan from any file `sesplan plan` writes for it (plan-N.json, or its .csv or .xlsx
    /// table), dating a table's plan `asOf`; a file that is not one is ``SessionError/input(_:)``.
    public func readPlan(_ path: String, asOf: Day, ecqFramework: ECQFramework = .ecq2025) async throws -> Plan {
        try Task.checkCancellation()
        do {
            return try PlanTableReader.read(path, asOf: asOf, ecqFramework: ecqFramework)
        } catch {
            throw SessionError.input(error)
        }
    }

    /// Reads the plan to explain: plan-N.json as written, or its table dated by `instance`'s
    /// `as_of`; anything else is ``SessionError/planFile(path:reason:)`` (JSON) or
    /// ``SessionError/input(_:)`` (tables).
    public func readPlan(_ path: String, for instance: Instance) async throws -> Plan {
        guard path.hasSuffix(".json") else {
            return try await readPlan(path, asOf: instance.policy.asOf, ecqFramework: instance.policy.ecqFramework)
        }
        try Task.checkCancellation()
        do {
            return try PlanJSON.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        } catch let error as DecodingError {
            throw SessionError.planFile(path: path, reason: "not a plan file written by `sesplan plan`: \(Self.describe(error))")
        } catch {
            throw SessionError.planFile(path: path, reason: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// A decoding error in words: where in the file, and what was wrong.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case .dataCorrupted(let c): return c.debugDescription + path(c)
        case .keyNotFound(let key, let c): return "missing key '\(key.stringValue)'" + path(c)
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return c.debugDescription + path(c)
        @unknown default: return "\(error)"
        }
    }
}
