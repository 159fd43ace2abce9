@testable import Content
import Foundation
import Testing

@Suite struct BinaryRecordCodingTests {
    /// Every item of the example site (stories, evaluations with outcomes, comparison groups and effects, openings
    /// with pay, permits and apply links, free pages), loaded as a build loads them.
    static func exampleItems() -> [DecodedItem] {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let content = ContentLoader(root: repository).load(includeDrafts: true)
        return content.stories.map(DecodedItem.story) + content.evaluations.map(DecodedItem.evaluation)
            + content.openings.map(DecodedItem.opening) + content.pages.map(DecodedItem.page)
    }

    func roundTrip<T: Codable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = try BinaryRecordCoding.encode(value)
        let back = try bytes.withUnsafeBytes { try BinaryRecordCoding.decode(T.self, from: $0) }
        #expect(back == value, sourceLocation: sourceLocation)
    }

    @Test func everyItemOfTheExampleSiteReadsBackEqual() throws {
        let items = Self.exampleItems()
        #expect(items.count > 30)
        #expect(items.contains { if case .evaluation(let e) = $0 { e.outcomes.contains { $0.effect != nil } } else { false } })
        #expect(items.contains { if case .opening(let o) = $0 { o.salary != nil && o.applyURL != nil } else { false } })
        for item in items { try roundTrip(item) }
    }

    @Test func paramsOfEveryShapeAndOptionalsInListsReadBackEqual() throws {
        let params: [String: SiteConfig.Param] = [
            "text": .string("مرحبا"), "yes": .bool(true), "count": .int(-42), "share": .double(-0.0), "nothing": .null,
            "list": .list([.int(1), .string(""), .map(["a": .double(1.5e300)])]), "empty": .map([:]),
        ]
        try roundTrip(params)
        try roundTrip([Int?.none, 3, nil])
        let tags: [String: [Content.Tag?]] = ["welding": [try Content.Tag("welding"), nil]]
        try roundTrip(tags)
        try roundTrip([UInt64.max, 0])
        try roundTrip([Int8.min, Int8.max])
    }

    @Test func bytesCutShortOrOfAnotherTypeAreRefused() throws {
        let items = Self.exampleItems()
        let opening = try #require(items.first { if case .opening = $0 { true } else { false } })
        let bytes = try BinaryRecordCoding.encode(opening)
        #expect(throws: (any Error).self) { try Array(bytes.dropLast()).withUnsafeBytes { try BinaryRecordCoding.decode(DecodedItem.self, from: $0) } }
        #expect(throws: (any Error).self) { try (bytes + [0]).withUnsafeBytes { try BinaryRecordCoding.decode(DecodedItem.self, from: $0) } }
        #expect(throws: (any Error).self) { try bytes.withUnsafeBytes { try BinaryRecordCoding.decode(Story.self, from: $0) } }
    }
}
