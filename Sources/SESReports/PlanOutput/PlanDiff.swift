import SESDomain
import SESPlanning

/// What changed between two plans: executives whose outcome differs, the objective and its terms,
/// and the use of every budget.
public struct PlanDiff: Sendable, Hashable {
    /// One executive whose outcome differs.
    public struct Change: Sendable, Hashable {
        public var executiveID: String
        public var executiveName: String
        public var before: String?
        public var after: String?
        public var actionBefore: String
        public var actionAfter: String
        public var scoreBefore: Double
        public var scoreAfter: Double
    }
    /// A number in both plans.
    public struct Figure: Sendable, Hashable {
        public var name: String
        public var before: Double
        public var after: Double
        public var change: Double { after - before }
    }

    public var labelA: String
    public var labelB: String
    public var changes: [Change]
    /// Objective, bound and the sum of every score term over the plan.
    public var objective: [Figure]
    /// Counts and budgets (moves, relocations, each limit's use).
    public var budgets: [Figure]

    /// Compares plan `a` (before) with plan `b` (after).
    public init(_ a: Plan, _ b: Plan, labelA: String, labelB: String) {
        self.labelA = labelA
        self.labelB = labelB
        let before = Dictionary(a.moves.map { ($0.executiveID, $0) }, uniquingKeysWith: { x, _ in x })
        let after = Dictionary(b.moves.map { ($0.executiveID, $0) }, uniquingKeysWith: { x, _ in x })
        var ids: [String] = a.moves.map(\.executiveID)
        ids += b.moves.map(\.executiveID).filter { before[$0] == nil }
        changes = ids.compactMap { id in
            let x = before[id], y = after[id]
            guard x?.toPositionID != y?.toPositionID || x == nil || y == nil else { return nil }
            return Change(executiveID: id, executiveName: y?.executiveName ?? x?.executiveName ?? "",
                          before: x?.toPositionID, after: y?.toPositionID,
                          actionBefore: x?.action.rawValue ?? "not in plan", actionAfter: y?.action.rawValue ?? "not in plan",
                          scoreBefore: x?.score ?? 0, scoreAfter: y?.score ?? 0)
        }
        func terms(_ plan: Plan) -> [(String, Double)] {
            var sums: [String: Double] = [:]
            var order: [String] = []
            for move in plan.moves {
                for (name, value) in move.scoreTerms.named {
                    if sums[name] == nil { order.append(name) }
                    sums[name, default: 0] += value
                }
            }
            return order.map { ($0, sums[$0]!) }
        }
        var figures = [Figure(name: "objective", before: a.objective, after: b.objective),
                       Figure(name: "bound", before: a.bound, after: b.bound)]
        let termsA = Dictionary(terms(a), uniquingKeysWith: { x, _ in x })
        let termsB = Dictionary(terms(b), uniquingKeysWith: { x, _ in x })
        var names = terms(a).map(\.0)
        names += terms(b).map(\.0).filter { termsA[$0] == nil }
        figures += names.map { Figure(name: "term: \($0)", before: termsA[$0] ?? 0, after: termsB[$0] ?? 0) }
        objective = figures
        let s = a.summary, t = b.summary
        var counts = [
            Figure(name: "reassignments", before: Double(s.reassignments), after: Double(t.reassignments)),
            Figure(name: "transfers", before: Double(s.transfers), after: Double(t.transfers)),
            Figure(name: "placements", before: Double(s.placements), after: Double(t.placements)),
            Figure(name: "relocations", before: Double(s.relocations), after: Double(t.relocations)),
            Figure(name: "positions unfilled", before: Double(s.positionsUnfilled), after: Double(t.positionsUnfilled)),
            Figure(name: "must-fill shortfall", before: Double(s.mustFillShortfall), after: Double(t.mustFillShortfall)),
        ]
        let limitsA = Dictionary(s.limits.map { ($0.name, $0) }, uniquingKeysWith: { x, _ in x })
        let limitsB = Dictionary(t.limits.map { ($0.name, $0) }, uniquingKeysWith: { x, _ in x })
        var limitNames = s.limits.map(\.name)
        limitNames += t.limits.map(\.name).filter { limitsA[$0] == nil }
        for name in limitNames {
            let x = limitsA[name], y = limitsB[name]
            counts.append(Figure(name: "\(name) used (of \(y?.limit ?? x?.limit ?? 0))",
                                 before: Double(x?.used ?? 0), after: Double(y?.used ?? 0)))
        }
        budgets = counts
    }

    static func number(_ x: Double) -> String { PlanCSV.format((x * 1000).rounded() / 1000) }
    static func signed(_ x: Double) -> String { x > 0 ? "+" + number(x) : number(x) }

    /// The comparison as Markdown.
    public var markdown: String {
        var out = "# Plan comparison\n\nBefore: \(Markdown.escape(labelA)). After: \(Markdown.escape(labelB)).\n\n"
        out += "## Executives whose outcome differs (\(changes.count))\n\n"
        if changes.isEmpty {
            out += "None: every executive has the same outcome.\n\n"
        } else {
            out += "| executive | name | before | after | score before | score after |\n|---|---|---|---|---|---|\n"
            for c in changes {
                out += "| \(Markdown.escape(c.executiveID)) | \(Markdown.escape(c.executiveName)) | "
                    + "\(Markdown.escape(c.before ?? "unplaced")) (\(c.actionBefore)) | \(Markdown.escape(c.after ?? "unplaced")) (\(c.actionAfter)) | "
                    + "\(Self.number(c.scoreBefore)) | \(Self.number(c.scoreAfter)) |\n"
            }
            out += "\n"
        }
        for (title, figures) in [("Objective and its terms", objective), ("Counts and budgets", budgets)] {
            out += "## \(title)\n\n| | before | after | change |\n|---|---|---|---|\n"
            for f in figures {
                out += "| \(Markdown.escape(f.name)) | \(Self.number(f.before)) | \(Self.number(f.after)) | \(Self.signed(f.change)) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// The comparison as a printable HTML page.
    public var html: String {
        func row(_ cells: [String], header: Bool = false) -> String {
            "<tr>" + cells.map { header ? "<th>\(HTML.escape($0))</th>" : "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
        }
        var body = "<h1>Plan comparison</h1>\n<p>Before: \(HTML.escape(labelA)). After: \(HTML.escape(labelB)).</p>\n"
        body += "<h2>Executives whose outcome differs (\(changes.count))</h2>\n"
        if changes.isEmpty {
            body += "<p>None: every executive has the same outcome.</p>\n"
        } else {
            body += "<table>\n" + row(["executive", "name", "before", "after", "score before", "score after"], header: true)
            for c in changes {
                body += row([c.executiveID, c.executiveName, "\(c.before ?? "unplaced") (\(c.actionBefore))",
                             "\(c.after ?? "unplaced") (\(c.actionAfter))", Self.number(c.scoreBefore), Self.number(c.scoreAfter)])
            }
            body += "</table>\n"
        }
        for (title, figures) in [("Objective and its terms", objective), ("Counts and budgets", budgets)] {
            body += "<h2>\(HTML.escape(title))</h2>\n<table>\n" + row(["", "before", "after", "change"], header: true)
            for f in figures { body += row([f.name, Self.number(f.before), Self.number(f.after), Self.signed(f.change)]) }
            body += "</table>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Plan comparison</title>
        <style>
        body { font-family: sans-serif; margin: 2em; }
        table { border-collapse: collapse; margin-bottom: 1.5em; }
        th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; overflow-wrap: anywhere; }
        @media print { body { margin: 0; font-size: 9pt; } table { width: 100%; } tr { break-inside: avoid; } }
        </style></head>
        <body>
        \(body)</body></html>

        """
    }
}
