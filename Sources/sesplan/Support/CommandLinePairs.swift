import ArgumentParser
import Foundation
import SESDomain
import SESPlanning
import SESInput
import SESReports

/// Pins, forbids and a baseline plan given on the command line.
enum CommandLinePairs {
    /// Adds `EXECUTIVE=POSITION` pins and forbids to the policy; unknown ids are bad input (exit 1).
    static func apply(pins: [PairArgument], forbids: [PairArgument], to instance: inout Instance) throws {
        let executives = Set(instance.executives.map(\.id)), positions = Set(instance.positions.map(\.id))
        var problems: [String] = []
        func known(_ pair: PairArgument, _ option: String) -> Policy.Assignment? {
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
        guard problems.isEmpty else {
            Console.error(problems.joined(separator: "\n"))
            throw ExitCode(1)
        }
        instance.policy.pins += newPins
        instance.policy.forbids += newForbids
    }

    /// Reads a plan written by `sesplan plan` (plan-N.json, .csv or .xlsx); anything else is bad
    /// input (exit 1).
    static func readBaseline(_ path: String, asOf: Day) throws -> Plan {
        let file = XLSXInput.split(path).path
        if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber,
           size.intValue > CSVTable.defaultMaxBytes {
            Console.error("\(path): the baseline plan is too large (\(size.intValue) bytes; the limit is \(CSVTable.defaultMaxBytes))")
            throw ExitCode(1)
        }
        guard FileManager.default.fileExists(atPath: file) else {
            Console.error("\(path): cannot open the baseline plan")
            throw ExitCode(1)
        }
        do {
            return try PlanTableReader.read(path, asOf: asOf)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}

/// The `--engine` choice.
enum EngineChoice: String, ExpressibleByArgument, CaseIterable {
    case fast, glpk

    var engine: Planner.Engine { self == .fast ? .fast : .glpk }
}
