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
    /// A chain or cycle of more moves is drawn up to its `maxLinks`-th move, then "… and N more":
    /// a drawing thousands of seats wide is neither readable nor quick to render, and the move
    /// table lists every move.
    static let maxLinks = 30

    /// How a chain is drawn: its first `links` links, whether a cycle's return arrow closes it
    /// (only when the whole cycle is drawn), and how many seats that takes.
    struct Extent {
        let links: Int
        let cut: Bool
        let closes: Bool
        var seats: Int { closes ? links : links + 1 }
        /// Boxes and gaps, and room after the last box for the note on what is left out.
        var width: Int { seats * boxWidth + (seats - 1) * gap + (cut ? gap : 0) }

        init(_ chain: VacancyChain) {
            links = min(chain.links.count, maxLinks)
            cut = chain.links.count > maxLinks
            closes = chain.isCycle && !cut
        }
    }

    /// Whether any of the chains drawn is cut short.
    static func cutsShort(_ chains: [VacancyChain]) -> Bool {
        chains.prefix(maxChains).contains { $0.links.count > maxLinks }
    }

    /// Appends the drawing of `chains` (the first ``maxChains``, each up to ``maxLinks`` moves) for
    /// plan number `plan`; `effective` gives an executive's effective date, `title` a seat's title.
    static func svg(_ chains: [VacancyChain], plan: Int, into out: inout TextBuffer,
                    effective: (String) -> String = { _ in "" }, title: (String) -> String) {
        let shown = chains.prefix(maxChains)
        let width = 2 * margin + (shown.map { Extent($0).width }.max() ?? boxWidth)
        let height = shown.reduce(2 * margin) { $0 + rowHeight + (Extent($1).closes ? cycleExtra : 0) }
        let marker = "arrow-plan-\(plan)"
        out.put("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chains\" role=\"img\" width=\"")
        out.put(width); out.put("\" height=\""); out.put(height); out.put("\" viewBox=\"0 0 ")
        out.put(width); out.put(" "); out.put(height); out.put("\" aria-label=\"Vacancy chains of plan ")
        out.put(plan); out.put("\">\n<defs><marker id=\""); out.put(marker)
        out.put("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" ")
        out.put("orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n")
        var y = margin
        for chain in shown {
            row(chain, top: y, marker: marker, into: &out, effective: effective, title: title)
            y += rowHeight + (Extent(chain).closes ? cycleExtra : 0)
        }
        out.put("</svg>")
    }

    /// One chain or cycle as a row of boxes and arrows.
    static func row(_ chain: VacancyChain, top: Int, marker: String, into out: inout TextBuffer,
                    effective: (String) -> String, title: (String) -> String) {
        // Seats left to right: in a chain, where the first mover comes from, then each seat taken;
        // in a cycle drawn whole, the seat each mover leaves (the last mover takes the first seat).
        // A row cut short is drawn as a chain up to its last drawn move.
        let extent = Extent(chain)
        let drawn = chain.links.prefix(extent.links)
        let seats: [String?] = extent.closes
            ? drawn.map(\.fromPositionID)
            : [drawn.first?.fromPositionID] + drawn.map { Optional($0.toPositionID) }
        let boxTop = top + 22
        out.put("<g class=\"chain\">\n")
        for (k, seat) in seats.enumerated() {
            let x = margin + k * (boxWidth + gap)
            if let seat {
                let name = title(seat)
                out.put("<g class=\"seat\"><title>")
                if name.isEmpty { out.html(seat) } else { out.html(joining: seat, " — ", name) }
                out.put("</title>")
                box(x: x, top: boxTop, into: &out)
                out.put("<text x=\""); out.put(x + 8); out.put("\" y=\""); out.put(boxTop + 19); out.put("\" class=\"pid\">")
                out.html(HTML.truncate(seat, 24))
                out.put("</text><text x=\""); out.put(x + 8); out.put("\" y=\""); out.put(boxTop + 37); out.put("\" class=\"ptitle\">")
                out.html(HTML.truncate(name, 23))
                out.put("</text></g>\n")
            } else {
                out.put("<g class=\"seat unplaced\"><title>unplaced before the plan</title>")
                box(x: x, top: boxTop, into: &out)
                out.put("<text x=\""); out.put(x + 8); out.put("\" y=\""); out.put(boxTop + 29)
                out.put("\" class=\"ptitle\">unplaced</text></g>\n")
            }
        }
        // Arrow k: the executive of link k moves from seat k into seat k + 1 (in a cycle the last
        // arrow runs below the row, back into the first seat).
        for (k, link) in drawn.enumerated() {
            let date = effective(link.executiveID)
            let who = link.executiveName.isEmpty ? link.executiveID : link.executiveName
            out.put("<g class=\"move\"><title>")
            // "E1 Name: reassignment P1 → P2, effective 2026-01-02", escaped as one text.
            out.html(joining: link.executiveID, link.executiveName.isEmpty ? "" : " ", link.executiveName, ": ",
                     link.action.rawValue, " ", link.fromPositionID ?? "unplaced", " → ", link.toPositionID,
                     date.isEmpty ? "" : ", effective ", date)
            out.put("</title>")
            if extent.closes && k == drawn.count - 1 && drawn.count > 1 {
                let x1 = margin + k * (boxWidth + gap) + boxWidth / 2
                let x2 = margin + boxWidth / 2
                let yb = boxTop + boxHeight, yl = yb + 24
                out.put("<path d=\"M"); out.put(x1); out.put(","); out.put(yb); out.put(" L"); out.put(x1); out.put(",")
                out.put(yl); out.put(" L"); out.put(x2); out.put(","); out.put(yl); out.put(" L"); out.put(x2); out.put(",")
                out.put(yb + 2); out.put("\" marker-end=\"url(#"); out.put(marker); out.put(")\"/>")
                out.put("<text x=\""); out.put((x1 + x2) / 2); out.put("\" y=\""); out.put(yl - 5)
                out.put("\" class=\"mover\" text-anchor=\"middle\">")
                out.html(HTML.truncate(who, 24))
                out.put("</text>")
                if !date.isEmpty {
                    out.put("<text x=\""); out.put((x1 + x2) / 2); out.put("\" y=\""); out.put(yl + 13)
                    out.put("\" class=\"effective\" text-anchor=\"middle\">effective ")
                    out.html(date)
                    out.put("</text>")
                }
            } else {
                let x1 = margin + k * (boxWidth + gap) + boxWidth
                let x2 = x1 + gap - 2
                let ya = boxTop + boxHeight / 2
                out.put("<line x1=\""); out.put(x1); out.put("\" y1=\""); out.put(ya); out.put("\" x2=\""); out.put(x2)
                out.put("\" y2=\""); out.put(ya); out.put("\" marker-end=\"url(#"); out.put(marker); out.put(")\"/>")
                out.put("<text x=\""); out.put(x1 + gap / 2); out.put("\" y=\""); out.put(ya - 7)
                out.put("\" class=\"mover\" text-anchor=\"middle\">")
                out.html(HTML.truncate(who, 28))
                out.put("</text>")
                if !date.isEmpty {
                    out.put("<text x=\""); out.put(x1 + gap / 2); out.put("\" y=\""); out.put(ya + 15)
                    out.put("\" class=\"effective\" text-anchor=\"middle\">")
                    out.html(date)
                    out.put("</text>")
                }
            }
            out.put("</g>\n")
        }
        let below = boxTop + boxHeight + 16
        if !chain.isCycle {
            out.put("<text x=\""); out.put(margin + 4); out.put("\" y=\""); out.put(below)
            out.put("\" class=\"caption\">")
            out.put(chain.links.first?.fromPositionID == nil ? "" : "left vacant")
            out.put("</text>")
        }
        let last = margin + (seats.count - 1) * (boxWidth + gap)
        if extent.cut {
            // What is left out, after the last seat drawn.
            let more = chain.links.count - extent.links
            out.put("<text x=\""); out.put(last + boxWidth + 12); out.put("\" y=\""); out.put(boxTop + boxHeight / 2 + 5)
            out.put("\" class=\"caption\">… and "); out.put(more); out.put(more == 1 ? " more move" : " more moves")
            out.put("</text><text x=\""); out.put(last + boxWidth + 12); out.put("\" y=\""); out.put(below)
            out.put("\" class=\"caption\">")
            out.put(chain.isCycle ? "the last takes the first seat" : "down to a seat that was vacant")
            out.put("</text>\n")
        } else if !chain.isCycle {
            out.put("<text x=\""); out.put(last + 4); out.put("\" y=\""); out.put(below)
            out.put("\" class=\"caption\">was vacant</text>\n")
        }
        out.put("</g>\n")
    }

    /// A seat's box.
    private static func box(x: Int, top: Int, into out: inout TextBuffer) {
        out.put("<rect x=\""); out.put(x); out.put("\" y=\""); out.put(top); out.put("\" width=\"")
        out.put(boxWidth); out.put("\" height=\""); out.put(boxHeight); out.put("\" rx=\"5\"/>")
    }
}
