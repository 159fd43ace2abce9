import Testing
@testable import SearchIndex

@Suite struct BM25FScorerTests {
    private func document(_ url: String, title: String = "", body: String = "", date: String = "2026-01-01") -> SearchDocument {
        SearchDocument(url: url, title: title, body: body, language: "en", date: date)
    }

    private var filler: String { Array(repeating: "other words here", count: 5).joined(separator: " ") }

    @Test func aTitleMatchOutranksABodyMatch() {
        let files = IndexFiles(SearchIndexBuilder().build([
            document("/body/", title: "Weekly notes", body: "a mentor helps " + filler, date: "2026-03-01"),
            document("/title/", title: "Mentor wanted", body: "helps " + filler, date: "2026-01-01"),
        ]))
        #expect(files.topURLs("mentor") == ["/title/", "/body/"])
    }

    @Test func moreOccurrencesScoreHigherButSaturate() {
        let scorer = BM25FScorer(options: SearchIndexOptions(), averageLengths: [5, 0, 0, 0, 50])
        func body(_ frequency: Int) -> Double {
            scorer.saturation(frequencies: [0, 0, 0, 0, frequency], lengths: [5, 0, 0, 0, 50])
        }
        #expect(body(2) > body(1))
        #expect(body(2) - body(1) > body(9) - body(8))
        #expect(body(50) < 1)
    }

    @Test func shorterDocumentsScoreHigherForTheSameCount() {
        let scorer = BM25FScorer(options: SearchIndexOptions(), averageLengths: [0, 0, 0, 0, 50])
        #expect(scorer.saturation(frequencies: [0, 0, 0, 0, 1], lengths: [0, 0, 0, 0, 20])
            > scorer.saturation(frequencies: [0, 0, 0, 0, 1], lengths: [0, 0, 0, 0, 200]))
    }

    @Test func rarerTermsWeighMore() {
        #expect(BM25FScorer.idf(documentFrequency: 5, documents: 1_000) > BM25FScorer.idf(documentFrequency: 500, documents: 1_000))
        #expect(BM25FScorer.idf(documentFrequency: 1_000, documents: 1_000) > 0)
        let files = IndexFiles(SearchIndexBuilder().build([
            document("/a/", body: "common rare"), document("/b/", body: "common"), document("/c/", body: "common"),
        ]))
        #expect((files.entry("rare")?[1] as? Int ?? 0) > (files.entry("common")?[1] as? Int ?? 0))
    }

    @Test func tiesGoToTheNewest() {
        let files = IndexFiles(SearchIndexBuilder().build([
            document("/old/", title: "Translator", date: "2025-05-01"),
            document("/new/", title: "Translator", date: "2026-05-01"),
            document("/mid/", title: "Translator", date: "2025-12-01"),
        ]))
        #expect(files.topURLs("translator") == ["/new/", "/mid/", "/old/"])
        #expect(Set(files.topScores("translator")).count == 1)
    }
}
