import Testing
import LiquidConformance
import TestSupport

@Suite struct GoldenLiquidTests {
    // The suite lives in ../shared; a clone without it skips this test.
    @Test(.enabled(if: SharedFolder.file("conformance/golden_liquid.json") != nil, "skipped: ../shared absent"))
    func goldenLiquidPassesAtLeast98Percent() throws {
        let url = try #require(SharedFolder.file("conformance/golden_liquid.json"))
        let report = try GoldenSuite(contentsOf: url).run()
        print("golden-liquid: \(report.summary)")
        for failure in report.failures { print("  failed: \(failure.name)") }
        #expect(report.passRate >= 0.98, "golden-liquid: \(report.summary)")
    }
}
