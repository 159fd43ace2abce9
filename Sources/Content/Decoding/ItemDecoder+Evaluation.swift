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
            if let outcome = decodeOutcome(reader, method: method) { outcomes.append(outcome) }
        }
        guard let metadata else { return nil }
        return Evaluation(metadata: metadata, date: date, programme: programme, organisation: organisation, country: country,
                          period: period, intervention: intervention, method: method, sampleSize: sampleSize,
                          costPerParticipant: cost, outcomes: outcomes)
    }

    /// One outcome; its comparison group and reported effect are checked against the study design.
    private func decodeOutcome(_ reader: FieldReader, method: EvaluationMethod?) -> Evaluation.Outcome? {
        let indicator = reader.string("indicator", required: true)
        let unit = reader.string("unit", required: true)
        let baseline = reader.number("baseline", required: true)
        let endline = reader.number("endline", required: true)
        let target = reader.number("target")
        var comparison: GroupValues?
        if let group = reader.nested("comparison") {
            let groupBaseline = group.number("baseline", required: true)
            let groupEndline = group.number("endline", required: true)
            group.finish()
            if let groupBaseline, let groupEndline { comparison = GroupValues(baseline: groupBaseline, endline: groupEndline) }
        }
        var effect: ReportedEffect?
        if let values = reader.nested("effect") {
            effect = decodeEffect(values)
        }
        reader.finish()
        if let method, !method.hasComparisonGroup {
            for key in ["comparison", "effect"] where reader.has(key) {
                reader.error("'\(reader.prefix)\(key)' needs a study with a comparison group, but 'method' is \(method.rawValue): "
                    + "its endline minus baseline is a before/after change, not an effect; set 'method' to rct or "
                    + "quasi-experimental, or remove '\(key)'", at: key)
            }
        }
        guard let indicator, let unit, let baseline, let endline else { return nil }
        return Evaluation.Outcome(indicator: indicator, unit: unit, baseline: baseline, endline: endline, target: target,
                                  comparison: comparison, effect: effect)
    }

    /// `effect: {estimate, ci_low, ci_high, standard_error}` with `ci_low <= estimate <= ci_high`.
    private func decodeEffect(_ reader: FieldReader) -> ReportedEffect? {
        let estimate = reader.number("estimate", required: true)
        let low = reader.number("ci_low")
        let high = reader.number("ci_high")
        let standardError = reader.number("standard_error")
        reader.finish()
        var valid = true
        if (low == nil) != (high == nil), reader.has("ci_low") != reader.has("ci_high") {
            reader.file.addError("'\(reader.prefix)ci_low' and '\(reader.prefix)ci_high' go together: give both ends of the "
                + "confidence interval, or neither", at: reader.location(of: reader.has("ci_low") ? "ci_low" : "ci_high"))
            valid = false
        }
        if let low, let high, low > high {
            reader.error("'\(reader.prefix)ci_low' (\(low.formatted)) is greater than 'ci_high' (\(high.formatted))", at: "ci_low")
            valid = false
        } else if let estimate, let low, let high, !(low...high).contains(estimate) {
            reader.error("'\(reader.prefix)estimate' (\(estimate.formatted)) is outside its confidence interval "
                + "\(low.formatted) to \(high.formatted); check the figures", at: "estimate")
            valid = false
        }
        if let standardError, standardError < 0 {
            reader.error("'\(reader.prefix)standard_error' must not be negative, found \(standardError.formatted)", at: "standard_error")
            valid = false
        }
        guard valid, let estimate else { return nil }
        return ReportedEffect(estimate: estimate, ciLow: low, ciHigh: high, standardError: standardError)
    }
}
