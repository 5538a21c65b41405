import Foundation
import SESDomain
import SESPlanning

/// Writes a plan's JSON text directly, byte for byte as Foundation's `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indentation, `" : "` after
/// keys, keys in the order of their UTF-8 bytes, a number as its shortest `description` without a
/// trailing `.0`), without the encoder's generic containers, which dominated writing many plans.
struct PlanJSONWriter {
    /// A JSON value, with an object's members in any order (sorted when written).
    indirect enum Value {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])
        /// The plan's moves: an array of objects (``writeMove(_:)``), each copied from the
        /// writer's reference pieces when it has them for the same move.
        case moves([PlanMove])
    }

    /// A non-finite number, which JSON cannot hold (the encoder refuses it too).
    struct NonFiniteNumber: Error, CustomStringConvertible {
        let key: String
        var description: String { "the plan's \(key) is not a finite number" }
    }

    private(set) var bytes: [UInt8] = []
    private var indent = 0
    /// Where each move's object lies, and the other plan's copies to reuse.
    private var recorder: MovePieces.Recorder

    /// A writer noting where each move's object lies, copying `recorder`'s reference pieces.
    init(recorder: MovePieces.Recorder) {
        self.recorder = recorder
    }

    /// The JSON text of a plan, with its provenance's keys beside the plan's when given.
    static func text(_ plan: Plan, provenance: PlanProvenance?) throws -> String {
        String(decoding: try bytes(plan, provenance: provenance), as: UTF8.self)
    }

    /// The same text's UTF-8 bytes.
    static func data(_ plan: Plan, provenance: PlanProvenance?) throws -> Data {
        Data(try bytes(plan, provenance: provenance))
    }

    private static func bytes(_ plan: Plan, provenance: PlanProvenance?) throws -> [UInt8] {
        try pieces(plan, provenance: provenance, reusing: nil).bytes
    }

    /// The same text's bytes, with each move's object copied from `reference` (the JSON of
    /// another plan) where the move is the same, and the pieces of this text for the next plan.
    static func pieces(_ plan: Plan, provenance: PlanProvenance?, reusing reference: MovePieces?) throws -> MovePieces {
        var members = try planMembers(plan)
        if let provenance { members.append(("provenance", provenanceValue(provenance))) }
        var writer = PlanJSONWriter(recorder: MovePieces.Recorder(reference: reference, count: plan.moves.count))
        writer.bytes.reserveCapacity(1_024 + plan.moves.count * 1_100)
        try writer.write(.object(members))
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.recorder.pieces(of: plan.moves, in: writer.bytes)
    }

    // MARK: The plan's shape (the keys its Codable conformances write)

    static func number(_ value: Double, _ key: String) throws -> Value {
        guard value.isFinite else { throw NonFiniteNumber(key: key) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    static func number(_ value: Int) -> Value { .number(value.description) }

    static func optional(_ value: String?) -> Value { value.map { .string($0) } ?? .null }

    static func strings(_ values: [String]) -> Value { .array(values.map { .string($0) }) }

    static func planMembers(_ plan: Plan) throws -> [(String, Value)] {
        [
            ("plan", number(plan.number)),
            ("status", .string(plan.status.rawValue)),
            ("objective", try number(plan.objective, "objective")),
            ("bound", try number(plan.bound, "bound")),
            ("gap", try number(plan.gap, "gap")),
            ("objective_loss", try number(plan.objectiveLoss, "objective_loss")),
            ("as_of", .string(plan.asOf.iso)),
            ("ecq_framework", .string(plan.ecqFramework.rawValue)),
            ("moves", .moves(plan.moves)),
            ("unfilled", .array(plan.unfilled.map(unfilledValue))),
            ("summary", try summaryValue(plan.summary)),
        ]
    }

    /// The score terms' positions in ``ScoreTerms/named`` in the order the file lists them (by
    /// name), so that no move's terms need sorting when written.
    private static let termOrder: [Int] = {
        let names = ScoreTerms().named.map(\.name)
        return names.indices.sorted { precedes(names[$0], names[$1]) }
    }()

    static func unfilledValue(_ position: UnfilledPosition) -> Value {
        .object([
            ("position_id", .string(position.positionID)),
            ("title", .string(position.title)),
            ("must_fill", .bool(position.mustFill)),
            ("reasons", strings(position.reasons)),
        ])
    }

    static func summaryValue(_ summary: PlanSummary) throws -> Value {
        .object([
            ("executives", number(summary.executives)),
            ("reassignments", number(summary.reassignments)),
            ("transfers", number(summary.transfers)),
            ("placements", number(summary.placements)),
            ("stays", number(summary.stays)),
            ("unplaced", number(summary.unplaced)),
            ("relocations", number(summary.relocations)),
            ("positions_filled", number(summary.positionsFilled)),
            ("positions_unfilled", number(summary.positionsUnfilled)),
            ("must_fill_shortfall", number(summary.mustFillShortfall)),
            ("score_total", try number(summary.scoreTotal, "score_total")),
            ("shortfall_penalty", try number(summary.shortfallPenalty, "shortfall_penalty")),
            ("limits", .array(summary.limits.map { limit in
                .object([
                    ("name", .string(limit.name)), ("used", number(limit.used)),
                    ("limit", number(limit.limit)), ("citation", .string(limit.citation)),
                ])
            })),
        ])
    }

    static func provenanceValue(_ provenance: PlanProvenance) -> Value {
        .object([
            ("tool", .string(provenance.tool)),
            ("version", .string(provenance.version)),
            ("command", strings(provenance.command)),
            ("as_of", .string(provenance.asOf.iso)),
            ("inputs", .array(provenance.inputs.map { input in
                .object([("role", .string(input.role)), ("path", .string(input.path)), ("sha256", .string(input.sha256))])
            })),
            ("policy", .object(provenance.policy.map { ($0.key, .string($0.value)) })),
        ])
    }

    // MARK: Writing

    mutating func write(_ value: Value) throws {
        switch value {
        case .string(let text): writeString(text)
        case .number(let text): bytes.append(utf8: text)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: bytes.append(utf8: "null")
        case .array(let elements):
            try writeArray(count: elements.count) { writer, i in try writer.write(elements[i]) }
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            indent += 1
            // Members are mostly listed in order already; checking is cheaper than sorting.
            let inOrder = members.indices.dropFirst().allSatisfy { Self.precedes(members[$0 - 1].0, members[$0].0) }
            let sorted = inOrder ? members : members.sorted { Self.precedes($0.0, $1.0) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: "\n")) }
                writeIndent()
                writeString(member.0)
                bytes.append(contentsOf: " : ".utf8)
                try write(member.1)
            }
            bytes.append(UInt8(ascii: "\n"))
            indent -= 1
            writeIndent()
            bytes.append(UInt8(ascii: "}"))
        case .moves(let moves):
            try writeArray(count: moves.count) { writer, i in
                let start = writer.bytes.count
                if let copy = writer.recorder.copy(i, of: moves[i]) {
                    writer.bytes.append(contentsOf: copy)
                } else {
                    try writer.writeMove(moves[i])
                }
                writer.recorder.note(start..<writer.bytes.count)
            }
        }
    }

    /// Writes a move's object (the keys of ``PlanMove``'s Codable conformance, in the order of
    /// their bytes, as the encoder sorts them) directly, without building a ``Value`` for it; the
    /// tests hold the file to Foundation's encoder.
    mutating func writeMove(_ move: PlanMove) throws {
        bytes.append(UInt8(ascii: "{"))
        indent += 1
        member("action", first: true); writeString(move.action.rawValue)
        member("appointment"); writeString(move.appointment.rawValue)
        member("citations"); try writeStrings(move.citations)
        member("earliest_effective"); writeOptional(move.earliestEffective?.iso)
        member("executive_id"); writeString(move.executiveID)
        member("executive_name"); writeString(move.executiveName)
        member("flags"); try writeStrings(move.flags)
        member("from_position_id"); writeOptional(move.fromPositionID)
        member("notice_days"); writeNumber(move.noticeDays)
        member("own_earliest"); writeOptional(move.ownEarliest?.iso)
        member("relocation"); writeBool(move.relocation)
        member("score"); try writeNumber(move.score, "score")
        member("score_terms")
        bytes.append(UInt8(ascii: "{"))
        indent += 1
        let terms = move.scoreTerms.named
        for (k, term) in Self.termOrder.enumerated() {
            member(terms[term].name, first: k == 0)
            try writeNumber(terms[term].value, terms[term].name)
        }
        endObject()
        member("to_position_id"); writeOptional(move.toPositionID)
        member("to_title"); writeOptional(move.toTitle)
        member("voluntary"); writeBool(move.voluntary)
        member("waits_for"); writeOptional(move.waitsFor)
        endObject()
    }

    /// The line break (after a comma unless `first`), indentation, quoted key and `" : "` of an
    /// object's member whose key needs no escape.
    private mutating func member(_ key: String, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\n"))
        writeIndent()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(utf8: key)
        bytes.append(contentsOf: "\" : ".utf8)
    }

    /// The end of an object whose last member was written.
    private mutating func endObject() {
        bytes.append(UInt8(ascii: "\n"))
        indent -= 1
        writeIndent()
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func writeStrings(_ texts: [String]) throws {
        try writeArray(count: texts.count) { writer, i in writer.writeString(texts[i]) }
    }

    private mutating func writeOptional(_ text: String?) {
        if let text { writeString(text) } else { bytes.append(utf8: "null") }
    }

    private mutating func writeBool(_ flag: Bool) {
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    private mutating func writeNumber(_ value: Int) {
        bytes.appendDecimal(value)
    }

    /// A number as ``number(_:_:)`` writes it: whole numbers below 10^15 (other than −0) in the
    /// integer's digits, which is their `description` without `.0`.
    mutating func writeNumber(_ value: Double, _ key: String) throws {
        if value == value.rounded(), abs(value) < 1e15, value != 0 || value.sign == .plus {
            writeNumber(Int(value))
        } else {
            guard case .number(let text) = try Self.number(value, key) else { return }
            bytes.append(utf8: text)
        }
    }

    /// `[`, `count` elements written by `element` on their own indented lines, `]`.
    private mutating func writeArray(count: Int, element: (inout Self, Int) throws -> Void) throws {
        bytes.append(UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "\n"))
        indent += 1
        for index in 0..<count {
            if index > 0 { bytes.append(UInt8(ascii: ",")); bytes.append(UInt8(ascii: "\n")) }
            writeIndent()
            try element(&self, index)
        }
        bytes.append(UInt8(ascii: "\n"))
        indent -= 1
        writeIndent()
        bytes.append(UInt8(ascii: "]"))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeIndent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// Whether key `a` comes before key `b` in the order of their UTF-8 bytes (a prefix first).
    static func precedes(_ a: String, _ b: String) -> Bool {
        PlainText.byteOrder(a, b) < 0
    }

    /// A quoted string: `"` and `\` escaped, the control characters as `\b \f \n \r \t` or
    /// `\u00XX` (lower-case hex), everything else (slashes, non-ASCII) as its UTF-8 bytes.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escape at all: their bytes are copied whole.
        if PlainText.append(text, to: &bytes, unless: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "b"))
            case 0x0c: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "f"))
            case 0x0a: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0d: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0x00...0x1f:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(Self.hex[Int(byte >> 4)]); bytes.append(Self.hex[Int(byte & 0xf)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
