import Diagnostics
import Yams

/// Reads `content/site.yml` into a ``SiteConfig``, with every problem located in that file.
enum SiteConfigDecoder {
    static let fields = ["title", "description", "base_url", "default_language", "languages", "per_page", "unsafe_html",
                         "organisation", "params"]

    /// The configuration, or `nil` when a required setting is unusable; `diagnostics` gets every problem.
    static func decode(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let file = SourceFile(path: path, text: text, lineOffset: 0)
        defer { diagnostics.append(contentsOf: file.diagnostics) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
        } catch let error as YamlError {
            file.add(file.diagnostic(for: error))
            return nil
        } catch {
            file.addError("invalid YAML: \(error)", at: .start)
            return nil
        }
        if let root, root.mapping == nil {
            file.addError("site.yml must be 'setting: value' lines, found \(FieldReader.describe(root))", at: file.location(of: root.mark))
            return nil
        }
        let reader = FieldReader(file: file, mapping: root)
        defer { reader.finish() }
        let title = reader.string("title", required: true)
        let description = reader.string("description")
        let baseURL = reader.value("base_url", required: true) { text throws(InvalidValue) -> String in
            guard let url = try? SafeURL(text), url.scheme != "mailto" else {
                throw InvalidValue("'base_url' must be an http or https URL such as 'https://example.org/', found '\(text)'")
            }
            return url.string.hasSuffix("/") ? url.string : url.string + "/"
        }
        let defaultLanguage = reader.value("default_language") { text throws(InvalidValue) in try LanguageCode(text) } ?? .english
        var languages: [LanguageCode] = []
        for language in reader.list("languages", { text throws(InvalidValue) in try LanguageCode(text) }) ?? [] where !languages.contains(language) {
            languages.append(language)
        }
        if languages.isEmpty {
            languages = [defaultLanguage]
        } else if !languages.contains(defaultLanguage) {
            reader.error("'languages' must include the default language '\(defaultLanguage.code)'", at: "languages")
            languages.insert(defaultLanguage, at: 0)
        }
        var perPage = reader.int("per_page") ?? 20
        if !(1...1000).contains(perPage) {
            reader.error("'per_page' must be between 1 and 1000, found \(perPage)", at: "per_page")
            perPage = 20
        }
        let unsafeHTML = reader.bool("unsafe_html") ?? false
        let organisation = reader.string("organisation")
        var params: [String: SiteConfig.Param] = [:]
        if let node = reader.node("params") {
            if case .map(let map) = param(node) {
                params = map
            } else {
                reader.error("'params' must be a mapping of names to values, found \(FieldReader.describe(node))", at: "params")
            }
        }
        guard let title, let baseURL else { return nil }
        return SiteConfig(title: title, description: description, baseURL: baseURL, defaultLanguage: defaultLanguage,
                          languages: languages, perPage: perPage, unsafeHTML: unsafeHTML, organisation: organisation, params: params)
    }

    /// A YAML node as a pass-through value: plain `true`/`false` and numbers are typed, quoted values stay text.
    static func param(_ node: Node) -> SiteConfig.Param {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            if FieldReader.isNull(node) { return .null }
            switch scalar.string {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if let int = Int(scalar.string) { return .int(int) }
            if let double = Double(scalar.string), double.isFinite, scalar.string.contains(".") { return .double(double) }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(param))
        case .mapping(let mapping):
            var map: [String: SiteConfig.Param] = [:]
            for (key, value) in mapping { map[key.scalar?.string ?? "\(key)"] = param(value) }
            return .map(map)
        case .alias:
            return .null
        }
    }
}
