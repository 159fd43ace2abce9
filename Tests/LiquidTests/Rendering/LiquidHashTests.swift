import Testing
import Liquid

@Suite struct LiquidHashTests {
    @Test func lookupsHoldAsAHashGrowsPastTheScanLimitAndShrinksBack() {
        var hash = LiquidHash()
        for n in 0..<20 { hash["key\(n)"] = .int(n) }
        #expect(hash.count == 20)
        for n in 0..<20 { #expect(hash["key\(n)"]?.liquidEquals(.int(n)) == true) }
        #expect(hash["key20"] == nil)
        for n in stride(from: 0, to: 20, by: 2) { hash["key\(n)"] = nil }
        #expect(hash.keys == (0..<10).map { "key\($0 * 2 + 1)" })
        for n in 0..<20 { #expect((hash["key\(n)"] != nil) == (n % 2 == 1)) }
        for n in [1, 3, 5, 7, 9] { hash["key\(n)"] = nil }
        #expect(hash.keys == ["key11", "key13", "key15", "key17", "key19"])
        hash["key13"] = "changed"
        hash["new"] = true
        #expect(hash.keys == ["key11", "key13", "key15", "key17", "key19", "new"])
        #expect(hash["key13"]?.liquidEquals("changed") == true)
        #expect(hash["key11"]?.liquidEquals(.int(11)) == true)
    }

    @Test func aCopyChangedPastTheScanLimitLeavesTheOriginal() {
        var original = LiquidHash()
        for n in 0..<8 { original["k\(n)"] = .int(n) }
        var grown = original
        grown["k8"] = 8
        grown["k0"] = nil
        #expect(original.count == 8 && original["k0"] != nil && original["k8"] == nil)
        #expect(grown.count == 8 && grown["k0"] == nil && grown["k8"]?.liquidEquals(.int(8)) == true)
    }

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
