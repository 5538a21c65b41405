import Foundation
import SESPlanning

/// Encodes and decodes plans as `plan-N.json`: stable key order, two-space indentation, so the
/// same plan gives the same bytes.
public enum PlanJSON {
    /// The JSON text of a plan.
    public static func encode(_ plan: Plan, provenance: PlanProvenance? = nil) throws -> String {
        try PlanJSONWriter.text(plan, provenance: provenance)
    }

    /// The bytes of ``encode(_:provenance:)``'s text, without passing through a `String`.
    public static func data(_ plan: Plan, provenance: PlanProvenance? = nil) throws -> Data {
        try PlanJSONWriter.data(plan, provenance: provenance)
    }

    /// The same text through Foundation's `JSONEncoder`, which `encode` matches byte for byte
    /// (kept as the reference the direct writer is checked against).
    static func encodedByFoundation(_ plan: Plan, provenance: PlanProvenance? = nil) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try provenance.map { try encoder.encode(PlanWithProvenance(plan: plan, provenance: $0)) } ?? encoder.encode(plan)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a plan written by `encode`.
    public static func decode(_ data: Data) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: data)
    }
}
