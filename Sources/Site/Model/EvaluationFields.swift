import Content
import Liquid

/// An evaluation's template fields, its outcome chart included.
enum EvaluationFields {
    static func item(_ evaluation: Evaluation, names: CodeNames, strings: InterfaceStrings) -> PublishedItem {
        var item = PublishedItem(metadata: evaluation.metadata, date: evaluation.date?.text ?? evaluation.period?.end.text ?? "")
        let language = item.language
        let outcomes: [Value] = evaluation.outcomes.map { outcome in
            .dictionary([
                "indicator": .string(outcome.indicator),
                "unit": .string(outcome.unit),
                "baseline": .string(NumberText.format(outcome.baseline)),
                "endline": .string(NumberText.format(outcome.endline)),
                "target": outcome.target.map { .string(NumberText.format($0)) } ?? .nil,
                "change": .string(NumberText.signed(outcome.endline - outcome.baseline)),
            ])
        }
        let labels = OutcomeChart.Labels(
            title: strings.text("chart_caption", language: language), baseline: strings.text("baseline", language: language),
            endline: strings.text("endline", language: language), target: strings.text("target", language: language))
        let chart = OutcomeChart.svg(
            evaluation.outcomes.map { ChartOutcome(indicator: $0.indicator, unit: $0.unit, baseline: $0.baseline, endline: $0.endline, target: $0.target) },
            labels: labels, id: "chart-\(item.slug)")
        item.fields = [
            "programme": evaluation.programme.map(Value.string) ?? .nil,
            "organisation": evaluation.organisation.map(Value.string) ?? .nil,
            "country": evaluation.country.map { names.country($0.code, language: language) } ?? .nil,
            "period": evaluation.period.map { .dictionary(["start": .string($0.start.text), "end": .string($0.end.text)]) } ?? .nil,
            "intervention": evaluation.intervention.map { names.value("pipeline", $0.rawValue, language: language) } ?? .nil,
            "method": evaluation.method.map { names.value("method", $0.rawValue, language: language) } ?? .nil,
            "sample_size": evaluation.sampleSize.map(Value.int) ?? .nil,
            "cost_per_participant": evaluation.costPerParticipant.map { money in
                .dictionary([
                    "amount": .double(money.amount), "currency": .string(money.currency),
                    "text": .string("\(NumberText.format(money.amount)) \(money.currency)"),
                ])
            } ?? .nil,
            "outcomes": .array(outcomes),
            "headline": outcomes.first ?? .nil,
            "chart_svg": chart.isEmpty ? .nil : .safeString(chart),
        ]
        return item
    }
}
