/// What `import-plum` did: the positions written, the refresh of an existing file, the rows left out.
public struct PLUMImportReport: Sendable, Equatable {
    /// The positions.csv written.
    public var target: String
    /// The edition's counts in words (rows read, positions kept, ...).
    public var summary: String
    /// True for OPM's PLUM layout, false for the GPO Plum Book layout.
    public var opmLayout: Bool
    /// The refresh of an existing file in words, when one was refreshed.
    public var updateSummary: String?
    /// The file the rows left out were written to, with their reasons, when any were.
    public var rejectedFile: String?
    /// How many rows were left out.
    public var rejectedCount: Int
    /// What the edition lacks (for example positions without a component).
    public var warnings: [String]

    /// Describes an import.
    public init(target: String, summary: String, opmLayout: Bool, updateSummary: String?, rejectedFile: String?,
                rejectedCount: Int, warnings: [String]) {
        self.target = target
        self.summary = summary
        self.opmLayout = opmLayout
        self.updateSummary = updateSummary
        self.rejectedFile = rejectedFile
        self.rejectedCount = rejectedCount
        self.warnings = warnings
    }

    /// The report as the command line prints it, one line each.
    public var lines: [String] {
        var lines = ["\(target): \(summary) (\(opmLayout ? "OPM PLUM layout" : "GPO Plum Book layout"))"]
        if let updateSummary { lines.append("\(target): \(updateSummary)") }
        if let rejectedFile { lines.append("\(rejectedFile): \(rejectedCount) rejected rows with their reasons") }
        return lines + warnings.map { "warning: \($0)" }
    }
}
