import Foundation
import Liquid

/// The golden-liquid conformance suite: cases read from a JSON file, run against the engine.
public struct GoldenSuite: Sendable {
    /// One test case.
    public struct Case: Sendable {
        public let name: String
        public let template: String
        public let data: [String: Value]
        /// Accepted outputs; empty when the case must fail.
        public let results: [String]
        /// Whether parsing or rendering must raise an error.
        public let invalid: Bool
        /// Partials by name.
        public let templates: [String: String]
        public let tags: [String]
    }

    /// The outcome of one failing case.
    public struct Failure: Sendable {
        public let name: String
        public let template: String
        public let expected: String
        public let got: String
    }

    /// Counts and the failures, in file order.
    public struct Report: Sendable {
        public let passed: Int
        public let failed: Int
        public let failures: [Failure]

        /// `P passed, F failed`.
        public var summary: String { "\(passed) passed, \(failed) failed" }
        /// The share of cases passed, 0...1.
        public var passRate: Double { passed + failed == 0 ? 1 : Double(passed) / Double(passed + failed) }
    }

    public let cases: [Case]

    /// Reads a file in golden-liquid format (`{"tests": [...]}`).
    public init(contentsOf url: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: url))
        let root = try JSONText.parse(bytes)
        guard case .array(let tests)? = root["tests"] else {
            throw JSONText.SyntaxError(offset: 0, message: "expected an object with a 'tests' array")
        }
        cases = tests.map { test in
            var results: [String] = []
            if let r = test["result"]?.string { results = [r] }
            if case .array(let many)? = test["results"] { results = many.compactMap(\.string) }
            var data: [String: Value] = [:]
            if case .dictionary(let hash)? = test["data"]?.value {
                data = Dictionary(uniqueKeysWithValues: hash.map { ($0.key, $0.value) })
            }
            var templates: [String: String] = [:]
            if case .object(let members)? = test["templates"] {
                for (key, value) in members { templates[key] = value.string ?? "" }
            }
            var tags: [String] = []
            if case .array(let t)? = test["tags"] { tags = t.compactMap(\.string) }
            var invalid = false
            if case .bool(let b)? = test["invalid"] { invalid = b }
            return Case(name: test["name"]?.string ?? "", template: test["template"]?.string ?? "", data: data,
                        results: results, invalid: invalid, templates: templates, tags: tags)
        }
    }

    /// Runs every case whose name contains `filter` (all when `nil`), autoescape off.
    /// - Complexity: one parse and render per case.
    public func run(filter: String? = nil, filters: FilterTable = .standard) -> Report {
        var passed = 0
        var failures: [Failure] = []
        for test in cases where filter.map({ test.name.contains($0) }) ?? true {
            let got = Self.outcome(of: test, filters: filters)
            let ok: Bool
            switch got {
            case .success(let text): ok = !test.invalid && test.results.contains(text)
            case .failure: ok = test.invalid
            }
            if ok {
                passed += 1
            } else {
                let gotText: String
                switch got {
                case .success(let text): gotText = text
                case .failure(let error): gotText = "error: \(error.description)"
                }
                let expected = test.invalid ? "an error" : test.results.map { "\"\($0)\"" }.joined(separator: " or ")
                failures.append(Failure(name: test.name, template: test.template, expected: expected, got: gotText))
            }
        }
        return Report(passed: passed, failed: failures.count, failures: failures)
    }

    private struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    private static func outcome(of test: Case, filters: FilterTable) -> Result<String, Failed> {
        let environment = TemplateEnvironment(loader: MemoryLoader(test.templates), filters: filters,
                                              filterContext: FilterContext(now: Date()))
        do {
            let template = try environment.parse(test.template, name: "test")
            do {
                return .success(try environment.render(template, data: test.data))
            } catch {
                return .failure(Failed(description: error.description))
            }
        } catch {
            return .failure(Failed(description: error.description))
        }
    }
}
