extension ItemDecoder {
    func decodeEvaluation(_ metadata: ItemMetadata?, _ fields: FieldReader) -> Evaluation? {
        let date = fields.date("date")
        let programme = fields.string("programme")
        let organisation = fields.string("organisation")
        let country = fields.value("country") { text throws(InvalidValue) in try CountryCode(codeOrName: text) }
        var period: Evaluation.Period?
        if let reader = fields.nested("period") {
            let start = reader.date("start", required: true)
            let end = reader.date("end", required: true)
            if let start, let end {
                if end < start {
                    reader.error("period ends (\(end)) before it starts (\(start))", at: "end")
                } else {
                    period = .init(start: start, end: end)
                }
            }
            reader.finish()
        }
        let intervention = fields.enumeration("intervention", as: Pipeline.self)
        let method = fields.enumeration("method", as: EvaluationMethod.self)
        let sampleSize = fields.int("sample_size")
        if let sampleSize, sampleSize <= 0 {
            fields.error("'sample_size' must be positive, found \(sampleSize)", at: "sample_size")
        }
        var cost: Evaluation.Money?
        if let reader = fields.nested("cost_per_participant") {
            let amount = reader.number("amount", required: true)
            let currency = reader.value("currency", required: true) { text throws(InvalidValue) in try CurrencyCode.validated(text) }
            if let amount, amount < 0 { reader.error("'cost_per_participant.amount' must not be negative", at: "amount") }
            if let amount, let currency { cost = .init(amount: amount, currency: currency) }
            reader.finish()
        }
        var outcomes: [Evaluation.Outcome] = []
        for reader in fields.nestedList("outcomes") ?? [] {
            let indicator = reader.string("indicator", required: true)
            let unit = reader.string("unit", required: true)
            let baseline = reader.number("baseline", required: true)
            let endline = reader.number("endline", required: true)
            let target = reader.number("target")
            reader.finish()
            if let indicator, let unit, let baseline, let endline {
                outcomes.append(.init(indicator: indicator, unit: unit, baseline: baseline, endline: endline, target: target))
            }
        }
        guard let metadata else { return nil }
        return Evaluation(metadata: metadata, date: date, programme: programme, organisation: organisation, country: country,
                          period: period, intervention: intervention, method: method, sampleSize: sampleSize,
                          costPerParticipant: cost, outcomes: outcomes)
    }
}
