import Foundation
import SESDomain
import SESInput
import SESReports
import SESRotations
import Testing
@testable import SESWeb

/// Editing one cell in place keeps every other cell and the line numbers that messages name;
/// the draft table and decisions read and write what the readers expect.
@Suite struct TableEditingTests {
    @Test func aCellEditKeepsLinesAndOtherCells() throws {
        let text = "id,name,appointment\nE1,\"Doe, \"\"Jo\"\"\nsecond line\",career\nE2,Roe,carer\n\nE3,Poe,noncareer\n"
        var grid = try CSVGrid(text: text)
        #expect(grid.lines == [1, 2, 4, 5, 6])
        #expect(grid.row(atLine: 4) == 2)
        let edited = grid.set(line: 4, column: 3, to: "career")
        #expect(edited)
        let inContinuation = grid.set(line: 3, column: 3, to: "x")
        let pastTheEnd = grid.set(line: 4, column: 9, to: "x")
        let header = grid.set(line: 1, column: 1, to: "header")
        #expect(!inContinuation && !pastTheEnd && !header)
        let reread = try CSVGrid(text: grid.text)
        #expect(reread.rows.filter { $0 != [""] } == grid.rows.filter { $0 != [""] })
        let table = try CSVTable(string: grid.text, file: "e.csv", required: ["id", "appointment"])
        #expect(table.records.map(\.line) == [2, 4, 6])
        #expect(table.records[1]["appointment"] == "career")
        #expect(table.records[0]["name"] == "Doe, \"Jo\"\nsecond line")
    }

    @Test func theGridFindsColumnsByName() throws {
        let grid = try CSVGrid(text: "\u{FEFF}ID, To_Position_ID \nE1,P1\n")
        #expect(grid.column(named: "id") == 1 && grid.column(named: "to_position_id") == 2 && grid.column(named: "x") == nil)
    }

    @Test func theDraftTableRoundTripsThroughMovesCSV() throws {
        let form = FormData([("executive", "E1"), ("position", "P2"), ("effective", "2027-01-05"), ("voluntary", "yes"),
                             ("executive", ""), ("position", ""), ("effective", ""), ("voluntary", ""),
                             ("executive", "E3"), ("position", "P, 4"), ("effective", ""), ("voluntary", ""),
                             ("executive", "E9"), ("position", "P9"), ("effective", ""), ("voluntary", "no"),
                             ("remove", "3")])
        let draft = DraftTable(form: form)
        #expect(draft.rows.map(\.executive) == ["E1", "E3"])
        #expect(DraftTable(csv: draft.csv) == draft)
        let instance = Instance(executives: [Executive(id: "E1", appointment: .career, agency: "A"),
                                             Executive(id: "E3", appointment: .career, agency: "A")],
                                positions: [Position(id: "P2", agency: "A"), Position(id: "P, 4", agency: "A")],
                                policy: Policy(asOf: Day(iso: "2026-12-01")!))
        let moves = try DraftMovesReader.read(.text(draft.csv, name: "moves.csv"), instance: instance)
        #expect(moves.map(\.line) == [2, 3])
        #expect(moves[0].voluntary == true && moves[0].effectiveDate == Day(iso: "2027-01-05"))
        #expect(moves[1].toPositionID == "P, 4" && moves[1].voluntary == nil)
    }

    @Test func decisionsKeepThePolicyConsistent() {
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.pins = [.init(executiveID: "E1", positionID: "P1"), .init(executiveID: "E2", positionID: "P2")]
        policy.forbids = [.init(executiveID: "E1", positionID: "P2")]
        let sentence = Decision(action: .pin, executive: "E1", position: "P2").apply(to: &policy)
        #expect(policy.pins == [.init(executiveID: "E1", positionID: "P2")])
        #expect(policy.forbids.isEmpty)
        #expect(sentence == "pinned E1 to P2 (replacing E1 → P1, E2 → P2)")
        _ = Decision(action: .forbid, executive: "E1", position: "P2").apply(to: &policy)
        #expect(policy.pins.isEmpty && policy.forbids == [.init(executiveID: "E1", positionID: "P2")])
        _ = Decision(action: .forbid, executive: "E1", position: "P2").apply(to: &policy)
        #expect(policy.forbids.count == 1)
        _ = Decision(action: .removeForbid, executive: "E1", position: "P2").apply(to: &policy)
        #expect(policy.forbids.isEmpty)
    }
}
