import Content
import Testing

@Suite struct EvaluationDecodingTests {
    let path = "content/evaluations/amman.md"

    @Test func decodesNestedFields() throws {
        let content = try SiteFixture([path: """
            ---
            title: Freelancing track
            date: 2026-02-10
            period: {start: 2025-01-15, end: 2025-12-20}
            intervention: freelancing
            method: pre-post
            sample_size: 184
            cost_per_participant: {amount: 620.5, currency: usd}
            outcomes:
              - {indicator: "Employed after 6 months", unit: "%", baseline: 14, endline: 41, target: 40}
              - {indicator: "Monthly income", unit: USD, baseline: 95, endline: 212}
            ---
            """]).load()
        #expect(content.diagnostics.map(\.description) == [])
        let evaluation = try #require(content.evaluations.first)
        #expect(evaluation.period?.end.text == "2025-12-20")
        #expect(evaluation.method == .prePost)
        #expect(evaluation.sampleSize == 184)
        #expect(evaluation.costPerParticipant == .init(amount: 620.5, currency: "USD"))
        #expect(evaluation.outcomes == [
            .init(indicator: "Employed after 6 months", unit: "%", baseline: 14, endline: 41, target: 40),
            .init(indicator: "Monthly income", unit: "USD", baseline: 95, endline: 212, target: nil),
        ])
    }

    @Test func reportsWrongTypesInNestedFields() throws {
        let messages = try SiteFixture.messages(path, """
            ---
            title: Freelancing track
            period: {start: 2025-12-20, end: 2025-01-15}
            method: RCT
            sample_size: many
            outcomes:
              - {indicator: Employed, unit: "%", baseline: x, endline: 41, targt: 40}
            ---
            """)
        #expect(messages == [
            "content/evaluations/amman.md:3:34: error: period ends (2025-01-15) before it starts (2025-12-20)",
            "content/evaluations/amman.md:4:9: error: unknown method 'RCT'; expected one of rct, quasi-experimental, pre-post, qualitative, mixed; did you mean 'rct'?",
            "content/evaluations/amman.md:5:14: error: 'sample_size' must be an integer, found 'many'",
            "content/evaluations/amman.md:7:48: error: 'outcomes[1].baseline' must be a number, found 'x'",
            "content/evaluations/amman.md:7:64: error: unknown field 'outcomes[1].targt'; did you mean 'target'?",
        ])
    }

    @Test func readsAComparisonGroupAndAReportedEffect() throws {
        let content = try SiteFixture([path: """
            ---
            title: Remote support RCT
            method: rct
            outcomes:
              - indicator: Employed
                unit: "%"
                baseline: 10
                endline: 34
                comparison: {baseline: 11, endline: 23}
              - indicator: Income
                unit: USD
                baseline: 90
                endline: 180
                effect: {estimate: 45, ci_low: 20, ci_high: 70, standard_error: 12.5}
            ---
            """]).load()
        #expect(content.diagnostics.map(\.description) == [])
        let evaluation = try #require(content.evaluations.first)
        #expect(evaluation.hasComparisonGroup)
        let employed = evaluation.outcomes[0]
        #expect(employed.beforeAfterChange == OutcomeDifference(value: 24, unit: .percentagePoints))
        #expect(employed.comparisonChange == OutcomeDifference(value: 12, unit: .percentagePoints))
        #expect(employed.estimatedEffect?.source == .differenceInDifferences)
        #expect(employed.estimatedEffect?.estimate == OutcomeDifference(value: 12, unit: .percentagePoints))
        let income = evaluation.outcomes[1]
        #expect(income.effect == ReportedEffect(estimate: 45, ciLow: 20, ciHigh: 70, standardError: 12.5))
        #expect(income.estimatedEffect?.source == .reported)
        #expect(income.estimatedEffect?.estimate == OutcomeDifference(value: 45, unit: .same("USD")))
        #expect(income.differenceInDifferences == nil)
    }

    @Test func aPrePostChangeIsNeverAnEffect() throws {
        let outcome = Evaluation.Outcome(indicator: "Employed", unit: "%", baseline: 14, endline: 41)
        #expect(outcome.beforeAfterChange == OutcomeDifference(value: 27, unit: .percentagePoints))
        #expect(outcome.estimatedEffect == nil)
        #expect(!EvaluationMethod.prePost.hasComparisonGroup)
        #expect(EvaluationMethod.quasiExperimental.hasComparisonGroup)
    }

    @Test func validatesEffectsAgainstTheirIntervalAndTheDesign() throws {
        let messages = try SiteFixture.messages(path, """
            ---
            title: T
            method: pre-post
            outcomes:
              - {indicator: A, unit: "%", baseline: 1, endline: 2, effect: {estimate: 9, ci_low: 1, ci_high: 5}}
              - {indicator: B, unit: "%", baseline: 1, endline: 2, comparison: {baseline: 1, endline: 1}}
              - {indicator: C, unit: "%", baseline: 1, endline: 2, effect: {estimate: 3, ci_low: 4}}
            ---
            """)
        let design = "needs a study with a comparison group, but 'method' is pre-post: its endline minus baseline is a before/after "
            + "change, not an effect; set 'method' to rct or quasi-experimental, or remove"
        #expect(messages == [
            "content/evaluations/amman.md:5:64: error: 'outcomes[1].effect' \(design) 'effect'",
            "content/evaluations/amman.md:5:75: error: 'outcomes[1].effect.estimate' (9) is outside its confidence interval 1 to 5; check the figures",
            "content/evaluations/amman.md:6:68: error: 'outcomes[2].comparison' \(design) 'comparison'",
            "content/evaluations/amman.md:7:64: error: 'outcomes[3].effect' \(design) 'effect'",
            "content/evaluations/amman.md:7:86: error: 'outcomes[3].effect.ci_low' and 'outcomes[3].effect.ci_high' go together: give "
                + "both ends of the confidence interval, or neither",
        ])
    }
}
