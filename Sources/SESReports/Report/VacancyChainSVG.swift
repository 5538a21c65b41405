import SESPlanning

/// Draws a plan's vacancy chains as inline SVG: one row per chain or cycle, a box per seat, an
/// arrow per executive pointing into the seat they take. No scripts, fonts or links; every text
/// is escaped and cut to fit its box, with the full text in a `<title>` tooltip. Each arrow is
/// labelled with the mover's name above it and the move's effective date below it.
enum VacancyChainSVG {
    static let boxWidth = 176, boxHeight = 48, gap = 168, margin = 12
    static let rowHeight = 100, cycleExtra = 22
    /// At most this many chains are drawn; the move table lists every move.
    static let maxChains = 150

    /// The SVG element for a plan's chains; `title` gives a position's title by id.
    static func svg(_ chains: [VacancyChain], plan: Int, effective: (String) -> String = { _ in "" },
                    title: (String) -> String) -> String {
        let shown = chains.prefix(maxChains)
        let widest = shown.map { $0.links.count + ($0.isCycle ? 0 : 1) }.max() ?? 1
        let width = 2 * margin + widest * boxWidth + max(0, widest - 1) * gap
        let height = shown.reduce(2 * margin) { $0 + rowHeight + ($1.isCycle ? cycleExtra : 0) }
        let marker = "arrow-plan-\(plan)"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chains\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" aria-label=\"Vacancy chains of plan \(plan)\">\n"
        out += "<defs><marker id=\"\(marker)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
        out += "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n"
        var y = margin
        for chain in shown {
            out += row(chain, top: y, marker: marker, effective: effective, title: title)
            y += rowHeight + (chain.isCycle ? cycleExtra : 0)
        }
        out += "</svg>"
        return out
    }

    /// One chain or cycle as a row of boxes and arrows.
    static func row(_ chain: VacancyChain, top: Int, marker: String, effective: (String) -> String,
                    title: (String) -> String) -> String {
        // Seats left to right: in a chain, where the first mover comes from, then each seat taken;
        // in a cycle, the seat each mover leaves (the last mover takes the first seat).
        let seats: [String?] = chain.isCycle
            ? chain.links.map(\.fromPositionID)
            : [chain.links.first?.fromPositionID] + chain.links.map { Optional($0.toPositionID) }
        let boxTop = top + 22
        var out = "<g class=\"chain\">\n"
        for (k, seat) in seats.enumerated() {
            let x = margin + k * (boxWidth + gap)
            if let seat {
                let name = title(seat)
                out += "<g class=\"seat\"><title>\(HTML.escape(seat + (name.isEmpty ? "" : " — " + name)))</title>"
                out += "<rect x=\"\(x)\" y=\"\(boxTop)\" width=\"\(boxWidth)\" height=\"\(boxHeight)\" rx=\"5\"/>"
                out += "<text x=\"\(x + 8)\" y=\"\(boxTop + 19)\" class=\"pid\">\(HTML.escape(HTML.truncate(seat, 24)))</text>"
                out += "<text x=\"\(x + 8)\" y=\"\(boxTop + 37)\" class=\"ptitle\">\(HTML.escape(HTML.truncate(name, 23)))</text></g>\n"
            } else {
                out += "<g class=\"seat unplaced\"><title>unplaced before the plan</title>"
                out += "<rect x=\"\(x)\" y=\"\(boxTop)\" width=\"\(boxWidth)\" height=\"\(boxHeight)\" rx=\"5\"/>"
                out += "<text x=\"\(x + 8)\" y=\"\(boxTop + 29)\" class=\"ptitle\">unplaced</text></g>\n"
            }
        }
        // Arrow k: the executive of link k moves from seat k into seat k + 1 (in a cycle the last
        // arrow runs below the row, back into the first seat).
        for (k, link) in chain.links.enumerated() {
            let date = effective(link.executiveID)
            let mover = "\(link.executiveID)\(link.executiveName.isEmpty ? "" : " " + link.executiveName): "
                + "\(link.action.rawValue) \(link.fromPositionID ?? "unplaced") → \(link.toPositionID)"
                + (date.isEmpty ? "" : ", effective \(date)")
            let who = link.executiveName.isEmpty ? link.executiveID : link.executiveName
            if chain.isCycle && k == chain.links.count - 1 && chain.links.count > 1 {
                let x1 = margin + k * (boxWidth + gap) + boxWidth / 2
                let x2 = margin + boxWidth / 2
                let yb = boxTop + boxHeight, yl = yb + 24
                out += "<g class=\"move\"><title>\(HTML.escape(mover))</title>"
                out += "<path d=\"M\(x1),\(yb) L\(x1),\(yl) L\(x2),\(yl) L\(x2),\(yb + 2)\" marker-end=\"url(#\(marker))\"/>"
                out += "<text x=\"\((x1 + x2) / 2)\" y=\"\(yl - 5)\" class=\"mover\" text-anchor=\"middle\">"
                out += "\(HTML.escape(HTML.truncate(who, 24)))</text>"
                if !date.isEmpty {
                    out += "<text x=\"\((x1 + x2) / 2)\" y=\"\(yl + 13)\" class=\"effective\" text-anchor=\"middle\">"
                    out += "effective \(HTML.escape(date))</text>"
                }
                out += "</g>\n"
            } else {
                let x1 = margin + k * (boxWidth + gap) + boxWidth
                let x2 = x1 + gap - 2
                let ya = boxTop + boxHeight / 2
                out += "<g class=\"move\"><title>\(HTML.escape(mover))</title>"
                out += "<line x1=\"\(x1)\" y1=\"\(ya)\" x2=\"\(x2)\" y2=\"\(ya)\" marker-end=\"url(#\(marker))\"/>"
                out += "<text x=\"\(x1 + gap / 2)\" y=\"\(ya - 7)\" class=\"mover\" text-anchor=\"middle\">"
                out += "\(HTML.escape(HTML.truncate(who, 28)))</text>"
                if !date.isEmpty {
                    out += "<text x=\"\(x1 + gap / 2)\" y=\"\(ya + 15)\" class=\"effective\" text-anchor=\"middle\">"
                    out += "\(HTML.escape(date))</text>"
                }
                out += "</g>\n"
            }
        }
        if !chain.isCycle {
            out += "<text x=\"\(margin + 4)\" y=\"\(boxTop + boxHeight + 16)\" class=\"caption\">"
            out += chain.links.first?.fromPositionID == nil ? "" : "left vacant"
            out += "</text>"
            let last = margin + (seats.count - 1) * (boxWidth + gap)
            out += "<text x=\"\(last + 4)\" y=\"\(boxTop + boxHeight + 16)\" class=\"caption\">was vacant</text>\n"
        }
        out += "</g>\n"
        return out
    }
}
