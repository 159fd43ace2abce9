import Foundation
import Liquid
import Yams

/// The interface strings of a theme (`templates/i18n/<lang>.yml`), per language.
struct InterfaceStrings: Sendable {
    /// Language code → key → text.
    private let table: [String: [String: String]]
    private let fallbackLanguages: [String]

    /// Strings read from files, falling back key by key to `defaultLanguage`, then English.
    init(table: [String: [String: String]], defaultLanguage: String) {
        self.table = table
        var fallbacks = [defaultLanguage]
        if defaultLanguage != "en" { fallbacks.append("en") }
        self.fallbackLanguages = fallbacks
    }

    /// Reads every `*.yml` in `folder`; problems go to `problems` as (file, line, column, message).
    static func load(from folder: URL, defaultLanguage: String, problems: inout [(file: String, line: Int, column: Int, message: String)]) -> InterfaceStrings {
        var table: [String: [String: String]] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".yml") || file.hasSuffix(".yaml") {
            let language = String(file.split(separator: ".")[0])
            let url = folder.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                problems.append((file, 1, 1, "cannot read the file as UTF-8"))
                continue
            }
            do {
                guard let node = try Yams.compose(yaml: text) else { continue }
                guard let mapping = node.mapping else {
                    problems.append((file, 1, 1, "expected a map of keys to strings"))
                    continue
                }
                var strings: [String: String] = [:]
                for (key, value) in mapping {
                    guard let name = key.string, let scalar = value.scalar else {
                        let mark = value.mark
                        problems.append((file, mark?.line ?? 1, mark?.column ?? 1, "expected a string for '\(key.string ?? "?")'"))
                        continue
                    }
                    strings[name] = scalar.string
                }
                table[language] = strings
            } catch let error as YamlError {
                problems.append((file, 1, 1, "\(error)"))
            } catch {
                problems.append((file, 1, 1, "\(error)"))
            }
        }
        return InterfaceStrings(table: table, defaultLanguage: defaultLanguage)
    }

    /// The string `key` in `language`, else in a fallback language, else the key itself.
    func text(_ key: String, language: String) -> String {
        if let text = table[language]?[key] { return text }
        for fallback in fallbackLanguages {
            if let text = table[fallback]?[key] { return text }
        }
        return key
    }

    /// The string `key` in `language` or a fallback, or `nil` when no file has it.
    func optionalText(_ key: String, language: String) -> String? {
        if let text = table[language]?[key] { return text }
        for fallback in fallbackLanguages {
            if let text = table[fallback]?[key] { return text }
        }
        return nil
    }

    /// Every string for `language`, with fallbacks filled in, as a template value.
    func value(for language: String) -> Value {
        var merged: [String: Value] = [:]
        for fallback in fallbackLanguages.reversed() {
            for (key, text) in table[fallback] ?? [:] { merged[key] = .string(text) }
        }
        for (key, text) in table[language] ?? [:] { merged[key] = .string(text) }
        return .dictionary(LiquidHash(merged))
    }
}
