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
}
