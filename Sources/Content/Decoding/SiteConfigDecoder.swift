import Diagnostics
import Yams

/// Reads `content/site.yml` into a ``SiteConfig``, with every problem located in that file.
enum SiteConfigDecoder {
    static let fields = ["title", "description", "base_url", "default_language", "languages", "per_page", "unsafe_html",
                         "organisation", "params", "tags", "publish_media"]

    /// The configuration, or `nil` when a required setting is unusable; `diagnostics` gets every problem.
    static func decode(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let file = SourceFile(path: path, text: text, lineOffset: 0)
        defer { diagnostics.append(contentsOf: file.diagnostics) }
        if let problem = ContentLimits.sizeProblem(text) {
            file.addError(problem, at: .start)
            return nil
        }
        guard let root = FrontMatter.compose(text, file: file, what: "site.yml") else { return nil }
        if let root, root.mapping == nil {
            file.addError("site.yml must be 'setting: value' lines, found \(FieldReader.describe(root))", at: file.location(of: root.mark))
            return nil
        }
        let reader = FieldReader(file: file, mapping: root)
        defer { reader.finish(freeForm: "params") }
        let title = reader.string("title", required: true)
        let description = reader.string("description")
        let baseURL = reader.value("base_url", required: true) { text throws(InvalidValue) -> String in
            guard let url = try? SafeURL(text), url.scheme == "https" || url.scheme == "http" else {
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
        let tags = reader.node("tags").flatMap { tagVocabulary($0, reader: reader, languages: languages) }
        let publishMedia = reader.list("publish_media") { text throws(InvalidValue) in try mediaPath(text) } ?? []
        guard let title, let baseURL else { return nil }
        return SiteConfig(title: title, description: description, baseURL: baseURL, defaultLanguage: defaultLanguage,
                          languages: languages, perPage: perPage, unsafeHTML: unsafeHTML, organisation: organisation, params: params,
                          tags: tags, publishMedia: publishMedia)
    }

    /// A `publish_media` entry: a path inside `content/media/` such as `logo.svg` or `reports/annual.pdf`.
    static func mediaPath(_ text: String) throws(InvalidValue) -> String {
        var path = Substring(text)
        if path.hasPrefix("/") { path = path.dropFirst() }
        if path.hasPrefix("media/") { path = path.dropFirst("media/".count) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw InvalidValue("'publish_media' lists files inside content/media/ such as 'logo.svg' or 'reports/annual.pdf', found '\(text)'")
        }
        return String(path)
    }

    /// `tags: [a, b]`, or `tags: {a: {en: "A", ar: "…"}, b: }`: the declared tags with optional labels per language.
    static func tagVocabulary(_ node: Node, reader: FieldReader, languages: [LanguageCode]) -> TagVocabulary? {
        let file = reader.file
        var labels: [Tag: [LanguageCode: String]] = [:]
        var order: [Tag] = []
        func declare(_ keyNode: Node, _ value: Node?) {
            guard let text = keyNode.scalar?.string else {
                file.addError("tag names must be text, found \(FieldReader.describe(keyNode))", at: file.location(of: keyNode.mark))
                return
            }
            let tag: Tag
            do { tag = try Tag(text) } catch {
                file.addError(error.message, at: file.location(of: keyNode.mark))
                return
            }
            if labels[tag] != nil {
                file.addError("tag '\(tag)' is declared twice ('\(text)' normalises to it)", at: file.location(of: keyNode.mark))
                return
            }
            if let similar = TagVocabulary.nearDuplicate(of: tag, in: order) {
                file.addWarning("tag '\(tag)' looks like '\(similar)', declared above; keep one spelling", at: file.location(of: keyNode.mark))
            }
            order.append(tag)
            labels[tag] = [:]
            guard let value, !FieldReader.isNull(value) else { return }
            let byLanguage = FieldReader(file: file, mapping: value, prefix: "tags.\(tag).", mappingMark: value.mark)
            guard value.mapping != nil else {
                file.addError("'tags.\(tag)' must be labels by language like {en: \"Remote\", ar: \"…\"}, found \(FieldReader.describe(value))",
                              at: file.location(of: value.mark))
                return
            }
            for language in languages {
                if let label = byLanguage.string(language.code) { labels[tag]![language] = label }
            }
            byLanguage.finish(known: languages.map(\.code))
        }
        switch node {
        case .sequence(let sequence):
            for element in sequence { declare(element, nil) }
        case .mapping(let mapping):
            for (key, value) in mapping { declare(key, value) }
        case .scalar, .alias:
            reader.error("'tags' must list the site's tags, like [remote, welcometalent] or {remote: {en: \"Remote\"}}, "
                + "found \(FieldReader.describe(node))", at: "tags")
            return nil
        }
        return TagVocabulary(labels: labels)
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
