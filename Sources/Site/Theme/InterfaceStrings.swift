import Diagnostics
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

    /// Strings from `templates/i18n/<lang>.yml` files given as (file name, text); problems are located in those files.
    static func load(_ files: [(file: String, text: String)], defaultLanguage: String, diagnostics: inout [Diagnostic]) -> InterfaceStrings {
        var table: [String: [String: String]] = [:]
        for (file, text) in files {
            let path = "templates/i18n/\(file)"
            let language = String(file.split(separator: ".")[0])
            do {
                guard let node = try Yams.compose(yaml: text) else { continue }
                guard let mapping = node.mapping else {
                    diagnostics.append(.error("expected a map of keys to strings", path: path))
                    continue
                }
                var strings: [String: String] = [:]
                for (key, value) in mapping {
                    guard let name = key.string, let scalar = value.scalar else {
                        let mark = value.mark
                        diagnostics.append(.error("expected a string for '\(key.string ?? "?")'", path: path,
                                                  line: mark?.line ?? 1, column: mark?.column ?? 1))
                        continue
                    }
                    strings[name] = scalar.string
                }
                table[language] = strings
            } catch let error as YamlError {
                let place = YAMLErrorPlace(error)
                diagnostics.append(.error(place.message, path: path, line: place.line, column: place.column))
            } catch {
                diagnostics.append(.error("\(error)", path: path))
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

    /// Every string for `language`, with fallbacks filled in.
    func merged(for language: String) -> [String: String] {
        var merged: [String: String] = [:]
        for fallback in fallbackLanguages.reversed() {
            for (key, text) in table[fallback] ?? [:] { merged[key] = text }
        }
        for (key, text) in table[language] ?? [:] { merged[key] = text }
        return merged
    }

}
