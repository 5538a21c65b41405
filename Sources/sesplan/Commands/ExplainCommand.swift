import ArgumentParser
import Foundation
import SESPlanning
import SESReports

/// `sesplan explain`: why a plan moved or kept an executive, or who else could have held a position.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one executive's outcome or one position's holder in a plan written by `sesplan plan`.",
        discussion: """
        Give the plan and the inputs it was made from, with the same --pin, --forbid and \
        --baseline options if the plan was made with them. For --executive: the outcome, its score terms \
        against the next-best lawful option and why the plan preferred it, the rules that removed \
        the other positions, notice and effective date, and what must be on file. For --position: \
        who holds it, the other eligible executives, where they went instead and why, and the \
        executives the rules excluded. Exit codes: 0 explained; 1 bad input or usage.
        """)

    @Option(name: .long, help: "A plan file written by `sesplan plan` (DIR/plan-N.json, or its .csv or .xlsx).")
    var plan: String

    @OptionGroup var inputs: InputOptions

    @OptionGroup var whatIf: WhatIfOptions

    @Option(name: .long, help: "The executive id to explain.")
    var executive: String?

    @Option(name: .long, help: "The position id to explain.")
    var position: String?

    @Flag(name: .long, help: "Print the explanation as JSON instead of text.")
    var json = false

    func validate() throws {
        if (executive == nil) == (position == nil) {
            throw ValidationError("give exactly one of --executive ID or --position ID")
        }
    }

    func run() throws {
        let problem = try whatIf.problem(for: inputs.load())
        let planValue: Plan
        if plan.hasSuffix(".json") {
            do {
                planValue = try PlanJSON.decode(Data(contentsOf: URL(fileURLWithPath: plan)))
            } catch let error as DecodingError {
                Console.error("\(plan): not a plan file written by `sesplan plan`: \(Self.describe(error))")
                throw ExitCode(1)
            } catch {
                Console.error("\(plan): cannot read the file: \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            do {
                planValue = try PlanTableReader.read(plan, asOf: problem.instance.policy.asOf,
                                                     ecqFramework: problem.instance.policy.ecqFramework)
            } catch {
                Console.error(error.description)
                throw ExitCode(1)
            }
        }
        let output: String
        do {
            let explainer = try PlanExplainer(problem: problem, plan: planValue)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let executive {
                let e = try explainer.explain(executive: executive)
                output = json ? String(decoding: try encoder.encode(e), as: UTF8.self) + "\n" : e.text
            } else {
                let p = try explainer.explain(position: position ?? "")
                output = json ? String(decoding: try encoder.encode(p), as: UTF8.self) + "\n" : p.text
            }
        } catch let error as ExplainError {
            Console.error("\(plan): \(error.message)")
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
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
