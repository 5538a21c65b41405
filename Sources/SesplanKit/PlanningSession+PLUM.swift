import SESInput
import SESReports

extension PlanningSession {
    /// Converts a Plum Book edition (OPM's PLUM export or the GPO layout, CSV or .xlsx) into
    /// `target` (positions.csv: SES General positions), or, with `update`, refreshes that existing
    /// positions.csv from the edition keeping every column entered by hand. With `skipBadRows`,
    /// bad rows are left out and written with their reasons to `target`.rejected.csv; without it,
    /// nothing is written when the input has problems (``SessionError/input(_:)``). A failed write
    /// is ``SessionError/file(_:)``.
    public func importPLUM(_ file: String, agency: String? = nil, skipBadRows: Bool = false, update: String? = nil,
                           to target: String) async throws -> PLUMImportReport {
        try Task.checkCancellation()
        let result: PLUMImport
        let merged: PLUMUpdate?
        do {
            result = try PLUMImporter.read(contentsOf: file, agency: agency, skipBadRows: skipBadRows)
            merged = try update.map { path throws(InputError) in try PLUMUpdate.merge(existing: .file(path), edition: result) }
        } catch let error as InputError {
            throw SessionError.input(error)
        }
        let rejectedPath = target + ".rejected.csv"
        do {
            if let merged {
                try AtomicFile.write(merged.text, to: target)
            } else {
                try PositionsTable.write(result.positions.map(\.position), to: target)
            }
            if !result.rejected.isEmpty {
                try AtomicFile.write(PLUMRejectedRow.render(result.rejected, header: result.header), to: rejectedPath)
            }
        } catch let error as FileWriteError {
            throw SessionError.file(error)
        }
        return PLUMImportReport(target: target, summary: result.summary, opmLayout: result.layout == .opm,
                                updateSummary: merged?.summary, rejectedFile: result.rejected.isEmpty ? nil : rejectedPath,
                                rejectedCount: result.rejected.count, warnings: result.warnings)
    }
}
