import Testing
@testable import SearchIndex

@Suite struct DocumentAnalysisMemoTests {
    /// The index built with the memo is the one built without it, however the documents changed since the last build.
    func expectSameIndex(_ documents: [SearchDocument], memo: DocumentAnalysisMemo, sourceLocation: SourceLocation = #_sourceLocation) {
        let withMemo = SearchIndexBuilder().build(documents, memo: memo)
        let without = SearchIndexBuilder().build(documents)
        #expect(withMemo.map(\.path) == without.map(\.path), sourceLocation: sourceLocation)
        #expect(withMemo.map(\.bytes) == without.map(\.bytes), sourceLocation: sourceLocation)
    }

    @Test func onlyChangedDocumentsAreAnalysedAgainAndTheIndexIsTheSame() {
        var documents = SyntheticCorpus.documents(300)
        let memo = DocumentAnalysisMemo()
        expectSameIndex(documents, memo: memo)
        #expect(memo.reusedByLastBuild == 0)

        expectSameIndex(documents, memo: memo)
        #expect(memo.reusedByLastBuild == 300)

        // One body edited, one document gone, one added at an address used before by another.
        documents[7].body += " welder forklift"
        let removed = documents.remove(at: 20)
        documents.append(SearchDocument(url: removed.url, title: "A new opening", body: "night shift baker", language: "ar", date: "2026-11-30"))
        expectSameIndex(documents, memo: memo)
        #expect(memo.reusedByLastBuild == 298)
    }

    @Test func otherOptionsAnalyseEverythingAgain() {
        let documents = SyntheticCorpus.documents(50)
        let memo = DocumentAnalysisMemo()
        _ = SearchIndexBuilder().build(documents, memo: memo)
        var options = SearchIndexOptions()
        options.snippetCharacters += 10
        let withMemo = SearchIndexBuilder(options: options).build(documents, memo: memo)
        #expect(memo.reusedByLastBuild == 0)
        #expect(withMemo.map(\.bytes) == SearchIndexBuilder(options: options).build(documents).map(\.bytes))
    }
}
