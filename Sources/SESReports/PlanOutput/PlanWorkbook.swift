import Foundation
import SESPlanning

/// Writes `plan-N.xlsx`: one sheet, "Plan N", holding the rows of `plan-N.csv`.
enum PlanWorkbook {
    /// The workbook, with each move's row copied from `reference` (the sheet of another plan) where
    /// the move is the same, and the pieces of this plan's sheet for the next plan.
    static func pieces(_ plan: Plan, reusing reference: MovePieces?) throws -> (data: Data, sheet: MovePieces) {
        var sheet = XLSXSheetXML.Writer(columns: PlanCSV.header.count, capacity: 512 + plan.moves.count * 900)
        sheet.row(PlanCSV.header)
        var recorder = MovePieces.Recorder(reference: reference, count: plan.moves.count)
        for (i, m) in plan.moves.enumerated() {
            // Row i + 2 in every plan's sheet, so a copied row keeps its number.
            let start = sheet.bytes.count
            if let copy = recorder.copy(i, of: m) { sheet.row(copying: copy) } else {
                sheet.startRow()
                PlanCSV.fields(m) { sheet.cell($0) }
                sheet.endRow()
            }
            recorder.note(start..<sheet.bytes.count)
        }
        let xml = sheet.finish()
        let data = try XLSXWriter.data(named: ["Plan \(plan.number)"]) { _ in xml }
        return (data, recorder.pieces(of: plan.moves, in: xml))
    }
}
