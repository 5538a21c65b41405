import Crypto
import Foundation
import SESDomain
import SESPlanning
import SESInput

/// Where a plan came from, recorded in `plan-N.json` under `provenance` so the plan can be traced
/// and reproduced: the tool's version, the command line (without `--out DIR`, which does not change
/// the plan, so the same run into two folders gives the same bytes), the date the plan was drafted
/// for, the SHA-256 of every input file, and the policy in force (every parameter with its citation).
public struct PlanProvenance: Sendable, Codable, Hashable {
    /// One input file and the SHA-256 of its bytes.
    public struct InputFile: Sendable, Codable, Hashable {
        public var role: String
        public var path: String
        public var sha256: String
    }

    public var tool: String
    public var version: String
    public var command: [String]
    public var asOf: Day
    public var inputs: [InputFile]
    public var policy: [String: String]

    enum CodingKeys: String, CodingKey {
        case tool, version, command, asOf = "as_of", inputs, policy
    }

    /// The tool's version, as `sesplan --version` prints it.
    public static let toolVersion = "0.1.0"

    /// Records the provenance of a run: `inputs` as (role, path) pairs, hashed now.
    public init(command: [String], asOf: Day, inputs: [(role: String, path: String)], policy: Policy) throws {
        self.init(command: command, asOf: asOf, hashed: try Self.hash(inputs), policy: policy)
    }

    /// The input files as (role, path) pairs, each with the SHA-256 of its bytes, read now.
    public static func hash(_ inputs: [(role: String, path: String)]) throws -> [InputFile] {
        try inputs.map { role, path in
            let workbook = XLSXInput.split(path).path
            let bytes: [UInt8]
            do {
                bytes = try FileBytes.contents(path: workbook, file: path, maxBytes: FileBytes.noLimit)
            } catch {
                throw FileWriteError(path: path, message: "cannot read the input to record its SHA-256")
            }
            return InputFile(role: role, path: path, sha256: Self.sha256(bytes))
        }
    }

    /// Records the provenance of a run whose input files were hashed already (``hash(_:)``).
    public init(command: [String], asOf: Day, hashed inputs: [InputFile], policy: Policy) {
        tool = "sesplan"
        version = Self.toolVersion
        var kept: [String] = []
        var skipNext = false
        for argument in command {
            if skipNext { skipNext = false; continue }
            if argument == "--out" { skipNext = true; continue }
            if argument.hasPrefix("--out=") { continue }
            kept.append(argument)
        }
        self.command = kept
        self.asOf = asOf
        self.inputs = inputs
        var parameters: [String: String] = [:]
        for (name, value) in Self.policyLines(policy) { parameters[name] = value }
        self.policy = parameters
    }

    /// The hex SHA-256 of some bytes.
    public static func sha256(_ data: some DataProtocol) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// The policy as name/value lines: every field of the policy's JSON form, flattened.
    static func policyLines(_ policy: Policy) -> [(String, String)] {
        let mirror = Mirror(reflecting: policy)
        var out: [(String, String)] = []
        func walk(_ value: Any, _ path: String, depth: Int) {
            if let day = value as? Day { out.append((path, day.iso)); return }
            let m = Mirror(reflecting: value)
            if m.displayStyle == .optional {
                if let inner = m.children.first { walk(inner.value, path, depth: depth) } else { out.append((path, "none")) }
                return
            }
            // A dictionary or a set prints in hash order, which changes from run to run: sort it, so
            // the same input gives the same plan file byte for byte.
            if m.displayStyle == .dictionary {
                let entries = m.children.map { child -> String in
                    let pair = Mirror(reflecting: child.value).children.map { String(describing: $0.value) }
                    return pair.count == 2 ? "\(pair[0]): \(pair[1])" : String(describing: child.value)
                }.sorted()
                out.append((path, "[" + entries.joined(separator: ", ") + "]"))
                return
            }
            if m.displayStyle == .set {
                out.append((path, "[" + m.children.map { String(describing: $0.value) }.sorted().joined(separator: ", ") + "]"))
                return
            }
            if depth < 4, !m.children.isEmpty, m.displayStyle == .struct {
                for child in m.children {
                    guard let label = child.label else { continue }
                    walk(child.value, path.isEmpty ? label : "\(path).\(label)", depth: depth + 1)
                }
            } else {
                out.append((path, String(describing: value)))
            }
        }
        for child in mirror.children {
            guard let label = child.label else { continue }
            walk(child.value, label, depth: 1)
        }
        return out
    }
}

/// A plan with its provenance, encoded as the plan's keys plus `provenance`.
struct PlanWithProvenance: Encodable {
    let plan: Plan
    let provenance: PlanProvenance

    enum Key: String, CodingKey { case provenance }

    func encode(to encoder: any Encoder) throws {
        try plan.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(provenance, forKey: .provenance)
    }
}
