import Content
import Liquid

/// Draws outcomes as an inline SVG bar chart that needs no JavaScript.
///
/// Outcomes measured in the same unit share one scale, so equal numbers are
/// equal lengths. Baseline bars are outlined and endline bars solid, the
/// target a dashed black line on a white halo, and every number is written
/// beside its bar, so the chart reads without colour. Numbers sit in their own
/// column, where no target line can cover them. On right-to-left pages the drawing is mirrored, bars
/// growing from the right. The chart carries a text
/// description for screen readers; the same numbers are in the page's table.
enum OutcomeChart {
    /// The drawing's width in SVG units; at 340 a 360 px phone shows the text at about its nominal size.
    static let width = 340.0
    static let barArea = 210.0
    static let rowHeight = 74.0
    static let top = 30.0

    /// The SVG markup, or an empty string when there is nothing to draw.
    static func svg(_ outcomes: [Evaluation.Outcome], text: LocalText, id: String) -> String {
        guard !outcomes.isEmpty else { return "" }
        let e = HTMLEscaping.escape
        let baselineLabel = text.text("baseline"), endlineLabel = text.text("endline"), targetLabel = text.text("target")
        var scales: [String: Double] = [:]
        for outcome in outcomes {
            let largest = [outcome.baseline, outcome.endline, outcome.target ?? 0].map(abs).max() ?? 0
            scales[outcome.unit] = max(scales[outcome.unit] ?? 0, largest)
        }
        let height = top + rowHeight * Double(outcomes.count)
        // A right-to-left page's direction reaches inline SVG text, so "start" is the right edge there:
        // mirror every x so bars grow from the right and labels start at it.
        let rightToLeft = text.language.isRightToLeft
        func x(_ value: Double, width extent: Double = 0) -> String { fmt(rightToLeft ? width - value - extent : value) }
        var description: [String] = []
        var body = ""
        for (index, outcome) in outcomes.enumerated() {
            let y = top + rowHeight * Double(index)
            let scale = max(scales[outcome.unit] ?? 1, 1e-9)
            func length(_ value: Double) -> Double { max(1, (abs(value) / scale * barArea).rounded()) }
            let unit = outcome.unit == "%" ? " %" : " \(outcome.unit)"
            body += "<text x=\"\(x(0))\" y=\"\(fmt(y + 16))\" class=\"chart-label\">\(e(outcome.indicator)) (\(e(outcome.unit)))</text>"
            body += "<rect x=\"\(x(1, width: length(outcome.baseline)))\" y=\"\(fmt(y + 24))\" width=\"\(fmt(length(outcome.baseline)))\" height=\"16\" class=\"chart-baseline\"/>"
            body += "<text x=\"\(x(barArea + 10))\" y=\"\(fmt(y + 37))\">\(e(text.number(outcome.baseline) + unit))</text>"
            body += "<rect x=\"\(x(1, width: length(outcome.endline)))\" y=\"\(fmt(y + 46))\" width=\"\(fmt(length(outcome.endline)))\" height=\"16\" class=\"chart-endline\"/>"
            body += "<text x=\"\(x(barArea + 10))\" y=\"\(fmt(y + 59))\" class=\"chart-strong\">\(e(text.number(outcome.endline) + unit))</text>"
            var sentence = "\(outcome.indicator): \(baselineLabel) \(text.number(outcome.baseline))\(unit), \(endlineLabel) \(text.number(outcome.endline))\(unit)"
            if let target = outcome.target {
                let x = x(1 + length(target))
                body += "<line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(fmt(y + 21))\" y2=\"\(fmt(y + 65))\" class=\"chart-target-halo\"/>"
                body += "<line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(fmt(y + 21))\" y2=\"\(fmt(y + 65))\" class=\"chart-target\"/>"
                sentence += ", \(targetLabel) \(text.number(target))\(unit)"
            }
            description.append(sentence)
        }
        let legend = "<g class=\"chart-legend\">"
            + "<rect x=\"\(x(1, width: 14))\" y=\"5\" width=\"14\" height=\"12\" class=\"chart-baseline\"/><text x=\"\(x(20))\" y=\"16\">\(e(baselineLabel))</text>"
            + "<rect x=\"\(x(120, width: 14))\" y=\"5\" width=\"14\" height=\"12\" class=\"chart-endline\"/><text x=\"\(x(139))\" y=\"16\">\(e(endlineLabel))</text>"
            + "<line x1=\"\(x(246))\" x2=\"\(x(246))\" y1=\"3\" y2=\"19\" class=\"chart-target\"/><text x=\"\(x(253))\" y=\"16\">\(e(targetLabel))</text></g>"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"outcome-chart\">"
            + "<title id=\"\(id)-t\">\(e(text.text("chart_caption")))</title><desc id=\"\(id)-d\">\(e(description.joined(separator: "; ")))</desc>"
            + legend + body + "</svg>"
    }

    private static func fmt(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
