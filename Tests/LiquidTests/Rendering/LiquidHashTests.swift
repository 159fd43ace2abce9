import Testing
import Liquid

@Suite struct LiquidHashTests {
    @Test func literalKeepsTheOrderWritten() {
        let hash: LiquidHash = ["zeta": 1, "alpha": 2, "mid": 3]
        #expect(hash.keys == ["zeta", "alpha", "mid"])
        #expect(hash.map(\.key) == ["zeta", "alpha", "mid"])
        #expect(hash.count == 3 && !hash.isEmpty)
    }

    @Test func dictionaryInitialiserInsertsKeysSorted() {
        let hash = LiquidHash(["b": 2, "c": 3, "a": 1])
        #expect(hash.keys == ["a", "b", "c"])
    }

    @Test func settingAnExistingKeyKeepsItsPlaceAndNilRemoves() {
        var hash: LiquidHash = ["x": 1, "y": 2, "z": 3]
        hash["x"] = 10
        hash["w"] = 4
        #expect(hash.keys == ["x", "y", "z", "w"])
        hash["y"] = nil
        #expect(hash.keys == ["x", "z", "w"])
        #expect(hash["z"].map { $0.liquidEquals(3) } == true)
        #expect(hash["w"].map { $0.liquidEquals(4) } == true)
        #expect(hash["y"] == nil)
    }

    @Test func aRepeatedKeyKeepsItsFirstPlaceAndLastValue() {
        let hash = LiquidHash([("a", 1), ("b", 2), ("a", 3)])
        #expect(hash.keys == ["a", "b"])
        #expect(hash["a"].map { $0.liquidEquals(3) } == true)
    }

    @Test func equalityIgnoresOrder() {
        let a: LiquidHash = ["x": 1, "y": "two"]
        let b: LiquidHash = ["y": "two", "x": 1.0]
        #expect(a.liquidEquals(b))
        #expect(!a.liquidEquals(["x": 1, "y": "three"]))
        #expect(!a.liquidEquals(["x": 1]))
    }

    @Test func templatesWalkAndPrintAHashInInsertionOrder() throws {
        let data: [String: Value] = ["h": ["zeta": 1, "alpha": 2]]
        #expect(try renderTemplate("{% for p in h %}{{ p[0] }}={{ p[1] }};{% endfor %}", data) == "zeta=1;alpha=2;")
        #expect(try renderTemplate("{{ h.first[0] }} {{ h | first | first }}", data) == "zeta zeta")
        #expect(try renderTemplate("{{ h }}", data) == "{\"zeta\"=>1, \"alpha\"=>2}")
    }
}
