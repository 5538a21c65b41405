import Foundation
import SESDomain
import SESPlanning
import SESSupport
import Testing
@testable import SESReports

/// A plan's JSON, CSV and workbook written with moves copied from another plan's file are the same
/// bytes as written from scratch, and the same as the standalone writers give (synthetic plans,
/// changed at random: moves edited, dropped and added).
@Suite struct MovePiecesTests {
    static let kinds: [PlanRendering.PlanFile] = [.json, .csv, .workbook]

    /// `plan` changed at random: some moves edited (awkward texts, numbers, dates), some dropped or added.
    static func variant(of plan: Plan, _ random: inout SplitMix64) -> Plan {
        var plan = plan
        plan.number = Int.random(in: 2...9, using: &random)
        let texts = ["\"quoted\"", "a,b", "=SUM(A1)", "line\nbreak", "<b>&amp;</b>", "Ω 日本 🙂", "2027-03-01", "-12.5", ""]
        for index in plan.moves.indices where Int.random(in: 0..<4, using: &random) == 0 {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: plan.moves[index].toTitle = texts.randomElement(using: &random)!
            case 1: plan.moves[index].score += 0.25
            case 2: plan.moves[index].flags.append(texts.randomElement(using: &random)!)
            case 3: plan.moves[index].earliestEffective = Day(iso: "2027-01-15")
            case 4: plan.moves[index].scoreTerms.relocation -= 1
            default: plan.moves[index].executiveName = texts.randomElement(using: &random)!
            }
        }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: plan.moves.removeLast(Int.random(in: 0...min(3, plan.moves.count), using: &random))
        case 1: plan.moves += plan.moves.prefix(Int.random(in: 1...3, using: &random))
        default: break
        }
        return plan
    }

    /// The file as the standalone writers give it.
    static func standalone(_ kind: PlanRendering.PlanFile, _ plan: Plan) throws -> Data {
        switch kind {
        case .json: try PlanJSON.data(plan)
        case .csv: Data(PlanCSV.encode(plan).utf8)
        case .workbook: try XLSXWriter.data([.init(name: "Plan \(plan.number)", rows: PlanCSV.rows(plan))])
        }
    }

    @Test func copiedMovesGiveTheSameBytesAsWritingThemAgain() throws {
        let (plans, _, _) = try PlanRenderingTests.plans()
        var random = SplitMix64(seed: 42)
        var checked = 0, copied = 0, rewritten = 0
        for round in 0..<30 {
            let base = plans[round % plans.count]
            let plan = Self.variant(of: base, &random)
            for kind in Self.kinds {
                let reference = try PlanRendering.file(kind, of: base, provenance: nil, reusing: nil).pieces
                let reused = try PlanRendering.file(kind, of: plan, provenance: nil, reusing: reference)
                let fresh = try PlanRendering.file(kind, of: plan, provenance: nil, reusing: nil)
                #expect(reused.file.name == fresh.file.name)
                #expect(reused.file.data == fresh.file.data, "\(kind), round \(round)")
                #expect(fresh.file.data == (try Self.standalone(kind, plan)), "\(kind), round \(round)")
                // The pieces are where the moves are: each one, written again, is the same bytes.
                #expect(reused.pieces.ranges.count == plan.moves.count)
                for (i, move) in plan.moves.enumerated() {
                    let same = i < base.moves.count && base.moves[i] == move
                    if same { copied += 1 } else { rewritten += 1 }
                    #expect(reused.pieces.bytes[reused.pieces.ranges[i]] == fresh.pieces.bytes[fresh.pieces.ranges[i]])
                }
                checked += 1
            }
        }
        #expect(checked == 90)
        #expect(copied > 1_000 && rewritten > 200, "copied \(copied), rewritten \(rewritten)")
    }

    /// A reference from a plan with different moves is never copied where its move differs.
    @Test func aPieceIsCopiedOnlyForTheSameMove() throws {
        let (plans, _, _) = try PlanRenderingTests.plans()
        var other = plans[0]
        for index in other.moves.indices { other.moves[index].executiveName += " (other)" }
        let pieces = try PlanRendering.file(.csv, of: other, provenance: nil, reusing: nil).pieces
        for (i, move) in plans[0].moves.enumerated() {
            #expect(pieces.piece(i, for: move) == nil)
            #expect(pieces.piece(i, for: other.moves[i]) != nil)
        }
        #expect(pieces.piece(other.moves.count, for: other.moves[0]) == nil)
    }
}

/// Moves that `==` takes as equal but that are written differently are never copied: canonically
/// equivalent texts and 0 against −0; and a plan's JSON with its provenance copies moves too.
@Suite struct MovePiecesSameBytesTests {
    @Test func equalButDifferentlyWrittenMovesAreWrittenAgain() throws {
        let (plans, _, _) = try PlanRenderingTests.plans()
        var base = plans[0]
        base.moves[0].executiveName = "Synthetic Andr\u{E9}"
        base.moves[1].score = 0
        base.moves[2].flags = ["caf\u{E9}"]
        var later = base
        later.number = 2
        later.moves[0].executiveName = "Synthetic Andre\u{301}"
        later.moves[1].score = -0.0
        later.moves[2].flags = ["cafe\u{301}"]
        #expect(later.moves[0] == base.moves[0] && later.moves[1] == base.moves[1] && later.moves[2] == base.moves[2])
        var differs = 0
        for kind in MovePiecesTests.kinds {
            let reference = try PlanRendering.file(kind, of: base, provenance: nil, reusing: nil).pieces
            let reused = try PlanRendering.file(kind, of: later, provenance: nil, reusing: reference)
            #expect(reused.file.data == (try MovePiecesTests.standalone(kind, later)), "\(kind)")
            for i in 0..<3 where reference.piece(i, for: later.moves[i]) == nil { differs += 1 }
            #expect(reference.piece(3, for: later.moves[3]) != nil)
        }
        #expect(differs == 9)
    }

    /// Each field of a move, changed alone, stops the copy; and there is no field the test leaves out
    /// (a new field of ``PlanMove`` fails here until ``SameBytes/moves(_:_:)`` compares it).
    @Test func everyFieldOfAMoveIsCompared() throws {
        let (plans, _, _) = try PlanRenderingTests.plans()
        let move = try #require(plans[0].moves.first { $0.toPositionID != nil })
        let changes: [String: (inout PlanMove) -> Void] = [
            "executiveID": { $0.executiveID += "x" }, "executiveName": { $0.executiveName += "x" },
            "appointment": { $0.appointment = $0.appointment == .career ? .noncareer : .career },
            "_fromPositionID": { $0.fromPositionID = ($0.fromPositionID ?? "") + "x" },
            "_toPositionID": { $0.toPositionID = ($0.toPositionID ?? "") + "x" },
            "_toTitle": { $0.toTitle = ($0.toTitle ?? "") + "x" },
            "action": { $0.action = $0.action == .stay ? .transfer : .stay },
            "relocation": { $0.relocation.toggle() }, "voluntary": { $0.voluntary.toggle() },
            "noticeDays": { $0.noticeDays += 1 },
            "_earliestEffective": { $0.earliestEffective = Day(iso: "2031-05-05") },
            "_ownEarliest": { $0.ownEarliest = Day(iso: "2031-05-06") },
            "_waitsFor": { $0.waitsFor = ($0.waitsFor ?? "") + "x" },
            "score": { $0.score += 1 }, "scoreTerms": { $0.scoreTerms.given += 1 },
            "citations": { $0.citations.append("x") }, "flags": { $0.flags.append("x") },
        ]
        let fields = Mirror(reflecting: move).children.compactMap(\.label)
        #expect(Set(fields) == Set(changes.keys), "fields \(fields)")
        #expect(SameBytes.moves(move, move))
        var stopped = 0
        for (field, change) in changes {
            var other = move
            change(&other)
            #expect(!SameBytes.moves(move, other), "\(field)")
            #expect(!SameBytes.moves(other, move), "\(field)")
            stopped += 1
        }
        #expect(stopped == 17)
    }

    @Test func planJSONWithItsProvenanceCopiesMoves() throws {
        let (plans, provenance) = try PlanJSONWriterTests.examplePlans("small")
        #expect(plans.count >= 2)
        let reference = try PlanJSONWriter.pieces(plans[0], provenance: provenance, reusing: nil)
        var copied = 0
        for plan in plans.dropFirst() {
            let reused = try PlanJSONWriter.pieces(plan, provenance: provenance, reusing: reference)
            #expect(Data(reused.bytes) == (try PlanJSON.data(plan, provenance: provenance)))
            #expect(try PlanJSON.encode(plan, provenance: provenance) == PlanJSON.encodedByFoundation(plan, provenance: provenance))
            copied += plan.moves.indices.filter { reference.piece($0, for: plan.moves[$0]) != nil }.count
        }
        #expect(copied > 0)
    }
}
