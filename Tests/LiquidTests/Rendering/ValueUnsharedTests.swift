import Testing
@testable import Liquid

@Suite struct UnsharedValueTests {
    private func address(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func anUnsharedValueReadsTheSameWithTextsOfItsOwnAndKeepsHashIdentities() throws {
        let long = String(repeating: "a long interface string ", count: 4)
        var hash: LiquidHash = ["skip": .string(long), "list": .array([.string(long), .int(3)])]
        hash.identity = "t/en"
        let value = Value.dictionary(hash)
        let copy = value.unshared
        #expect(copy.liquidEquals(value))
        let copied = try #require({ () -> LiquidHash? in if case .dictionary(let hash) = copy { return hash } else { return nil } }())
        let text = try #require({ () -> String? in if case .string(let text)? = copied["skip"] { return text } else { return nil } }())
        #expect(copied.identity == "t/en", "the render memo names hashes by identity: a copy keeps it")
        #expect(copied.keys == ["skip", "list"])
        #expect(address(text) != address(long), "the copy's text has storage of its own")
    }

    @Test func anEnvironmentWithItsOwnTemplatesRendersTheSameAndParsesAgain() throws {
        let environment = TemplateEnvironment(loader: MemoryLoader(["page": "{{ t.skip | upcase }}{% render 'part', n: 2 %}", "part": "[{{ n }}]"]))
        let own = environment.withOwnTemplates()
        let data: [String: Value] = ["t": ["skip": "skip"]]
        #expect(try own.render(named: "page", data: data) == environment.render(named: "page", data: data))
        #expect(try own.render(named: "page", data: data) == "SKIP[2]")
        #expect(own.cache !== environment.cache)
    }
}
