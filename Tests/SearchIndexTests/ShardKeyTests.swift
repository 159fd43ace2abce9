import Testing
@testable import SearchIndex

@Suite struct ShardKeyTests {
    @Test func keyIsTheFirstTwoCharacters() {
        #expect(ShardKey.key(of: "design") == "de")
        #expect(ShardKey.key(of: "д") == "д")
    }

    @Test func arabicArticleTakesAThirdCharacter() {
        #expect(ShardKey.key(of: "العمل") == "الع")
        #expect(ShardKey.key(of: "ال") == "ال")
    }

    @Test func facetTermsAreTheirOwnKey() {
        #expect(ShardKey.key(of: "tag=design") == "tag=design")
    }

    @Test("FNV-1a matches the client's (search.js hash) on known values")
    func hashIsFNV1a() {
        #expect(ShardKey.hash("", seed: 0) == 0x811C_9DC5)
        #expect(ShardKey.hash("a", seed: 0) == 0xE40C_292C)
        #expect(ShardKey.hash("de", seed: 3) != ShardKey.hash("de", seed: 0))
    }
}
