import SESDomain
import SESPlanning
import SESRotations

/// Draws `gantt.svg`: one row per person, time across, a bar per assignment labelled with the host,
/// unavailable days shaded, unscheduled people marked, and a legend. Every piece of text from the
/// input is XML-escaped; full details are in each bar's tooltip (`<title>`). Coordinates are whole
/// pixels, so the same schedule gives the same bytes.
public enum GanttSVG {
    static let margin = 16
    static let labelWidth = 300
    static let rowHeight = 24
    static let barHeight = 16
    static let headerHeight = 44
    static let titleHeight = 30
    static let legendHeight = 56
    static let characterWidth = 7

    /// The SVG text.
    public static func render(_ schedule: RotationSchedule) -> String {
        let program = schedule.program
        let unit: Int
        switch program.period {
        case .month: unit = 48
        case .week: unit = 12
        case .quarter: unit = 96
        }
        let chartWidth = max(1, program.periods) * unit
        let totalDays = max(1, program.start.days(to: program.end) + 1)
        let left = margin + labelWidth
        let top = margin + titleHeight + headerHeight
        let rows = schedule.people
        let width = left + chartWidth + margin
        let height = top + max(1, rows.count) * rowHeight + legendHeight + margin
        func x(_ day: Day) -> Int {
            let offset = min(max(0, program.start.days(to: day)), totalDays)
            return left + Int((Double(offset) * Double(chartWidth) / Double(totalDays)).rounded())
        }
        let esc = XMLText.escape
        let title = schedule.mode == .cohort ? "CDP developmental assignments" : "SES rotations by quarter"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"chart-title\" "
            + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        out += "<title id=\"chart-title\">\(esc(title)), \(program.start.iso) to \(program.end.iso)</title>\n"
        out += "<defs><pattern id=\"unavailable\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#bbbbbb\" stroke-width=\"3\"/></pattern></defs>\n"
        out += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        out += "<text x=\"\(margin)\" y=\"\(margin + 18)\" font-size=\"16\" font-weight=\"bold\">\(esc(title))</text>\n"
        let status = "\(schedule.status.rawValue); \(schedule.summary.scheduled) of \(schedule.summary.people) scheduled; "
            + "\(program.start.iso) to \(program.end.iso)"
        out += "<text x=\"\(left)\" y=\"\(margin + 18)\" fill=\"#555555\">\(esc(status))</text>\n"

        // Header: period boundaries with labels, years above.
        let headerTop = margin + titleHeight
        out += "<g id=\"time-axis\" fill=\"#333333\">\n"
        var lastYear = -1
        for t in 0..<program.periods {
            let day = program.boundaries[t]
            let x0 = x(day), x1 = x(program.boundaries[t + 1])
            let c = day.components
            if c.year != lastYear {
                out += "<text x=\"\(x0 + 2)\" y=\"\(headerTop + 14)\" font-weight=\"bold\">\(c.year)</text>\n"
                lastYear = c.year
            }
            let label: String?
            switch program.period {
            case .month: label = monthNames[c.month - 1]
            case .quarter: label = "Q\(t + 1)"
            case .week: label = t % 4 == 0 ? "\(monthNames[c.month - 1]) \(c.day)" : nil
            }
            if let label {
                out += "<text x=\"\(x0 + 2)\" y=\"\(headerTop + 34)\">\(esc(label))</text>\n"
            }
            let strong = c.month == 1 && (program.period != .week || c.day <= 7)
            out += "<line x1=\"\(x0)\" y1=\"\(headerTop + 20)\" x2=\"\(x0)\" y2=\"\(top + rows.count * rowHeight)\" "
                + "stroke=\"\(strong ? "#999999" : "#e2e2e2")\" stroke-width=\"1\"/>\n"
            if t == program.periods - 1 {
                out += "<line x1=\"\(x1)\" y1=\"\(headerTop + 20)\" x2=\"\(x1)\" y2=\"\(top + rows.count * rowHeight)\" "
                    + "stroke=\"#e2e2e2\" stroke-width=\"1\"/>\n"
            }
        }
        out += "</g>\n"

        // Rows.
        let rowOf = Dictionary(rows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        out += "<g id=\"rows\">\n"
        for (r, person) in rows.enumerated() {
            let y = top + r * rowHeight
            if r % 2 == 1 {
                out += "<rect x=\"\(margin)\" y=\"\(y)\" width=\"\(labelWidth + chartWidth)\" height=\"\(rowHeight)\" fill=\"#f7f7f7\"/>\n"
            }
            var label = person.name.isEmpty ? person.id : "\(person.name) (\(person.id))"
            if schedule.mode == .corps, person.overdue == true { label += " overdue" }
            let unscheduled = person.status == .unscheduled
            let shown = truncate(label, toWidth: labelWidth - 8 - (unscheduled ? 90 : 0))
            out += "<text x=\"\(margin + 4)\" y=\"\(y + 16)\"\(unscheduled ? " fill=\"#b2182b\"" : "")>"
            out += "<title>\(esc(label + (person.reason.map { ": not scheduled: " + $0 } ?? "")))</title>"
            out += esc(shown) + (unscheduled ? " \u{2014} unscheduled" : "") + "</text>\n"
            for range in person.unavailable ?? [] where range.last >= program.start && range.first <= program.end {
                let x0 = x(range.first), x1 = x(range.last.adding(days: 1))
                out += "<rect x=\"\(x0)\" y=\"\(y + 2)\" width=\"\(max(1, x1 - x0))\" height=\"\(rowHeight - 4)\" "
                    + "fill=\"url(#unavailable)\"><title>\(esc("unavailable \(range.description)"))</title></rect>\n"
            }
        }
        out += "</g>\n<g id=\"assignments\">\n"
        for a in schedule.assignments {
            guard let r = rowOf[a.personID] else { continue }
            let y = top + r * rowHeight + (rowHeight - barHeight) / 2
            let x0 = x(a.start), x1 = x(a.end.adding(days: 1))
            let barWidth = max(2, x1 - x0 - 1)
            let fill: String
            switch a.broadening {
            case .agency: fill = "#1b7837"
            case .component: fill = "#5aae61"
            case .none: fill = "#4393c3"
            }
            let dashed = !a.countsTowardMinimum
            var tip = "\(a.personName.isEmpty ? a.personID : a.personName) at \(a.hostTitle.isEmpty ? a.hostID : a.hostTitle) "
                + "(\(a.hostID); \(a.hostAgency), \(a.hostComponent)), \(a.start.iso) to \(a.end.iso), \(a.days) days"
            if !a.ecqNeedsDeveloped.isEmpty { tip += "; develops " + a.ecqNeedsDeveloped.joined(separator: "; ") }
            if let effective = a.earliestEffective { tip += "; earliest effective \(effective.iso)" }
            if dashed { tip += "; does not count toward the minimum" }
            out += "<g><title>\(esc(tip))</title>"
            out += "<rect x=\"\(x0)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" rx=\"3\" "
                + (dashed ? "fill=\"#ffffff\" stroke=\"\(fill)\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
                   : "fill=\"\(fill)\"/>")
            let text = truncate(a.hostID, toWidth: barWidth - 6)
            if !text.isEmpty {
                out += "<text x=\"\(x0 + 3)\" y=\"\(y + 12)\" font-size=\"11\" fill=\"\(dashed ? "#222222" : "#ffffff")\">"
                    + esc(text) + "</text>"
            }
            out += "</g>\n"
        }
        out += "</g>\n"

        // Legend.
        let legendTop = top + max(1, rows.count) * rowHeight + 16
        out += "<g id=\"legend\">\n"
        let entries: [(String, String, Bool)] = [
            ("#1b7837", "another agency", false), ("#5aae61", "another component", false),
            ("#4393c3", "same component", false), ("#5aae61", "does not count toward the minimum", true),
        ]
        var lx = margin
        for (color, text, dashed) in entries where schedule.mode == .cohort || !dashed {
            out += "<rect x=\"\(lx)\" y=\"\(legendTop)\" width=\"24\" height=\"12\" rx=\"3\" "
                + (dashed ? "fill=\"#ffffff\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
                   : "fill=\"\(color)\"/>")
            out += "<text x=\"\(lx + 30)\" y=\"\(legendTop + 11)\">\(esc(text))</text>\n"
            lx += 40 + text.count * characterWidth
        }
        if schedule.mode == .cohort {
            out += "<rect x=\"\(lx)\" y=\"\(legendTop)\" width=\"24\" height=\"12\" fill=\"url(#unavailable)\"/>"
            out += "<text x=\"\(lx + 30)\" y=\"\(legendTop + 11)\">unavailable</text>\n"
        }
        out += "<text x=\"\(margin)\" y=\"\(legendTop + 34)\" fill=\"#555555\">Bars are labelled with the host id; "
            + "hover for details. Draft schedule generated by sesplan.</text>\n"
        out += "</g>\n</svg>\n"
        return out
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The text cut to about `width` pixels, with an ellipsis when cut; empty when not even three
    /// characters fit.
    static func truncate(_ text: String, toWidth width: Int) -> String {
        let fits = width / characterWidth
        if text.count <= fits { return text }
        if fits < 3 { return "" }
        return String(text.prefix(fits - 1)) + "\u{2026}"
    }
}
