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
