import Liquid
/// One measured outcome to draw: where it started, ended and aimed.
public struct ChartOutcome: Sendable {
    public var indicator: String
    public var unit: String
    public var baseline: Double
    public var endline: Double
    public var target: Double?

    public init(indicator: String, unit: String, baseline: Double, endline: Double, target: Double?) {
        self.indicator = indicator
        self.unit = unit
        self.baseline = baseline
        self.endline = endline
        self.target = target
    }
}

/// Draws outcomes as an inline SVG bar chart that needs no JavaScript.
///
/// Each indicator gets its own scale (units differ), a bar for the baseline, a
/// bar for the endline and a tick for the target. The chart carries a text
/// description for screen readers; the same numbers are in the page's table.
public enum OutcomeChart {
    /// Words the chart shows, in the page's language.
    public struct Labels: Sendable {
        public var title: String
        public var baseline: String
        public var endline: String
        public var target: String

        public init(title: String, baseline: String, endline: String, target: String) {
            self.title = title
            self.baseline = baseline
            self.endline = endline
            self.target = target
        }
    }

    /// The SVG markup, or an empty string when there is nothing to draw.
    public static func svg(_ outcomes: [ChartOutcome], labels: Labels, id: String) -> String {
        guard !outcomes.isEmpty else { return "" }
        let e = HTMLEscaping.escape
        let width = 400.0, labelWidth = 0.0, barArea = width - 70
        let rowHeight = 62.0, top = 30.0
        let height = top + rowHeight * Double(outcomes.count) + 4
        var description: [String] = []
        var body = ""
        for (index, outcome) in outcomes.enumerated() {
            let y = top + rowHeight * Double(index)
            let values = [outcome.baseline, outcome.endline, outcome.target ?? 0].map { abs($0) }
            let scale = max(values.max() ?? 1, 1e-9)
            func length(_ value: Double) -> Double { (abs(value) / scale * barArea).rounded() }
            body += "<text x=\"0\" y=\"\(fmt(y + 14))\" class=\"chart-label\">\(e(outcome.indicator)) (\(e(outcome.unit)))</text>"
            body += "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 20))\" width=\"\(fmt(length(outcome.baseline)))\" height=\"16\" fill=\"#8a8a8a\"/>"
            body += "<text x=\"\(fmt(labelWidth + length(outcome.baseline) + 4))\" y=\"\(fmt(y + 33))\">\(e(number(outcome.baseline)))</text>"
            body += "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 38))\" width=\"\(fmt(length(outcome.endline)))\" height=\"16\" fill=\"#1f6f5c\"/>"
            body += "<text x=\"\(fmt(labelWidth + length(outcome.endline) + 4))\" y=\"\(fmt(y + 51))\">\(e(number(outcome.endline)))</text>"
            var sentence = "\(outcome.indicator): \(labels.baseline) \(number(outcome.baseline)), \(labels.endline) \(number(outcome.endline))"
            if let target = outcome.target {
                let x = labelWidth + length(target)
                body += "<line x1=\"\(fmt(x))\" x2=\"\(fmt(x))\" y1=\"\(fmt(y + 18))\" y2=\"\(fmt(y + 56))\" stroke=\"#b3261e\" stroke-width=\"3\"/>"
                sentence += ", \(labels.target) \(number(target))"
            }
            description.append(sentence + " \(outcome.unit)")
        }
        let legend = "<g class=\"chart-legend\">"
            + "<rect x=\"0\" y=\"4\" width=\"12\" height=\"12\" fill=\"#8a8a8a\"/><text x=\"16\" y=\"14\">\(e(labels.baseline))</text>"
            + "<rect x=\"130\" y=\"4\" width=\"12\" height=\"12\" fill=\"#1f6f5c\"/><text x=\"146\" y=\"14\">\(e(labels.endline))</text>"
            + "<rect x=\"260\" y=\"4\" width=\"3\" height=\"12\" fill=\"#b3261e\"/><text x=\"268\" y=\"14\">\(e(labels.target))</text></g>"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"outcome-chart\" font-size=\"14\">"
            + "<title id=\"\(id)-t\">\(e(labels.title))</title><desc id=\"\(id)-d\">\(e(description.joined(separator: "; ")))</desc>"
            + legend + body + "</svg>"
    }

    /// A number as people write it: no trailing `.0`, at most two decimals.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String((value * 100).rounded() / 100)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    private static func fmt(_ value: Double) -> String { number(value) }
}
