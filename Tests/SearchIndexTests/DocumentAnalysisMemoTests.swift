import Testing
import TestSupport
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

extension RecordShelf {
    /// A search memo that reads and keeps its records here.
    var memo: DocumentAnalysisMemo {
        DocumentAnalysisMemo(stored: { [self] url in record(for: url) }, store: { [self] url, record in hold(url, record) })
    }
}

@Suite struct DocumentAnalysisRecordTests {
    @Test func recordsKeptOutsideAreReadByTheNextBuildAndOnlyChangedDocumentsAreMadeAgain() {
        var documents = SyntheticCorpus.documents(200)
        let shelf = RecordShelf()
        func build() -> [SearchIndexFile] {
            let memo = shelf.memo
            defer { shelf.shelve() }
            let files = SearchIndexBuilder().build(documents, memo: memo)
            #expect(files.map(\.bytes) == SearchIndexBuilder().build(documents).map(\.bytes))
            return files
        }
        _ = build()
        #expect(shelf.madeByLastBuild == 200)
        _ = build()
        #expect(shelf.madeByLastBuild == 0)

        // An edited body, a document gone and another at its address: each made again, the rest read back.
        documents[3].body += " night shift welder"
        let removed = documents.remove(at: 10)
        documents.append(SearchDocument(url: removed.url, title: "Baker", body: "early bread", language: "en", date: "2026-11-30"))
        _ = build()
        #expect(shelf.madeByLastBuild == 2)
    }

    @Test func aRecordForOtherOptionsOrDamagedIsNotUsed() {
        let documents = SyntheticCorpus.documents(40)
        let shelf = RecordShelf()
        _ = SearchIndexBuilder().build(documents, memo: shelf.memo)
        shelf.shelve()

        var options = SearchIndexOptions()
        options.snippetCharacters = 40
        let memo = shelf.memo
        #expect(SearchIndexBuilder(options: options).build(documents, memo: memo).map(\.bytes)
                == SearchIndexBuilder(options: options).build(documents).map(\.bytes))
        #expect(memo.reusedByLastBuild == 0)
        shelf.shelve()

        // A byte changed in a record's key: it no longer matches its document (a file's digest catches the rest).
        shelf.damage(documents[0].url, at: 30)
        let again = shelf.memo
        #expect(SearchIndexBuilder(options: options).build(documents, memo: again).map(\.bytes)
                == SearchIndexBuilder(options: options).build(documents).map(\.bytes))
        #expect(again.reusedByLastBuild == 39)
    }

    @Test func aRecordReadsBackTheAnalysisItWasMadeFrom() {
        let document = SearchDocument(url: "/ar/openings/x/", title: "مترجم العمل", summary: "Ünïcode summary", body: "body text body",
                                      tags: ["python"], extraText: ["Org"], facets: ["tag": ["python"], "kind": ["opening"]],
                                      language: "ar", date: "2026-11-01")
        var folder = ScalarFolder()
        let options = SearchIndexOptions()
        let analysis = IndexedCorpus.analysis(of: document, folder: &folder, options: options)
        let record = AnalysisRecord.encode(analysis, of: document, options: options)
        let read = record.withUnsafeBytes { AnalysisRecord.analysis(in: $0, key: AnalysisRecord.key(of: document, options: options)) }
        #expect(read.map { Dictionary(uniqueKeysWithValues: $0.counts.map { ($0.term, $0.counts) }) }
                == Dictionary(uniqueKeysWithValues: analysis.counts.map { ($0.term, $0.counts) }))
        #expect(read?.fieldLengths == analysis.fieldLengths)
        #expect(read?.display == analysis.display)
        var other = document
        other.facets["kind"] = ["story"]
        #expect(record.withUnsafeBytes { AnalysisRecord.analysis(in: $0, key: AnalysisRecord.key(of: other, options: options)) } == nil)
        #expect(record.dropLast().withUnsafeBytes { AnalysisRecord.analysis(in: $0, key: AnalysisRecord.key(of: document, options: options)) } == nil)
    }
}
