import Diagnostics
import Yams

/// One content file to decode, as found by the loader.
struct ContentFileEntry: Sendable, Hashable {
    /// What it is.
    var kind: ContentKind
    /// Relative to the site root: `content/stories/amal.md` or `content/stories/samir/index.md`.
    var path: String
    /// The name the slug comes from: `amal.md`, or the bundle folder name `samir`.
    var slugSource: String
    /// For a bundle, its folder relative to the site root.
    var bundleFolder: String?
    /// For a bundle, its other files relative to the site root, sorted.
    var bundleFiles: [String]
}

/// A decoded item of any kind.
public enum DecodedItem: Sendable, Hashable, Codable {
    case story(Story)
    case evaluation(Evaluation)
    case opening(Opening)
    case page(FreePage)

    /// The fields every kind has.
    public var metadata: ItemMetadata {
        switch self {
        case .story(let item): return item.metadata
        case .evaluation(let item): return item.metadata
        case .opening(let item): return item.metadata
        case .page(let item): return item.metadata
        }
    }

    /// Whether the item would be published: not a draft, and for a story, consent given.
    var isPublishable: Bool {
        if case .story(let story) = self, !story.isPublishable { return false }
        return !metadata.draft
    }

    /// Replaces the body (a decoded file kept without it, ``DecodedFileRecord``).
    mutating func setBody(_ body: String) {
        switch self {
        case .story(var item): item.metadata.body = body; self = .story(item)
        case .evaluation(var item): item.metadata.body = body; self = .evaluation(item)
        case .opening(var item): item.metadata.body = body; self = .opening(item)
        case .page(var item): item.metadata.body = body; self = .page(item)
        }
    }
}

/// The result of decoding one file.
struct DecodedFile: Sendable {
    var entry: ContentFileEntry
    /// `nil` when the file could not be read or a required field was unusable.
    var item: DecodedItem?
    /// Where the slug came from (the `slug` value, else line 1), for duplicate-slug errors.
    var slugLocation: SourceLocation
    var diagnostics: [Diagnostic]
    /// Where each of the item's tags is first written, for warnings about tags spelt two ways across files.
    var tagLocations: [Tag: SourceLocation] = [:]
}

/// Turns one content file's text into a typed item, collecting every problem in it.
struct ItemDecoder: Sendable, Hashable {
    /// The language of items without `lang`.
    var defaultLanguage: LanguageCode
    /// The languages site.yml lists; an item in another language gets a warning. `nil` when unknown.
    var siteLanguages: Set<LanguageCode>?
    /// Files under `content/media`, relative to it, for checking `image: /media/...`.
    var mediaFiles: Set<String>
    /// site.yml's declared tags; when set, any other tag is an error.
    var tagVocabulary: TagVocabulary? = nil

    /// A decoder for a site configured by `config` (defaults when site.yml is missing or unusable).
    init(config: SiteConfig?, mediaFiles: Set<String>) {
        defaultLanguage = config?.defaultLanguage ?? .english
        siteLanguages = config.map { Set($0.languages) }
        self.mediaFiles = mediaFiles
        tagVocabulary = config?.tags
    }

    /// A decoder with each setting given (the loader's earlier call; tests).
    init(defaultLanguage: LanguageCode, siteLanguages: Set<LanguageCode>?, mediaFiles: Set<String>,
         tagVocabulary: TagVocabulary? = nil) {
        self.defaultLanguage = defaultLanguage
        self.siteLanguages = siteLanguages
        self.mediaFiles = mediaFiles
        self.tagVocabulary = tagVocabulary
    }

    static let commonFields = ["title", "slug", "lang", "tags", "summary", "draft", "translation_key", "params"]

    /// Every setting as text, each framed by its length: what a decoded file kept outside the process depends on.
    var settingsText: String {
        let parts = [defaultLanguage.code, siteLanguages.map { $0.map(\.code).sorted().joined(separator: ",") } ?? "-",
                     tagVocabulary.map { $0.tags.map(\.name).joined(separator: ",") } ?? "-"] + mediaFiles.sorted()
        return parts.map { "\($0.utf8.count):\($0)" }.joined()
    }

    func decode(_ entry: ContentFileEntry, text: String) -> DecodedFile {
        let file = SourceFile(path: entry.path, text: text, lineOffset: FrontMatter.yamlLineOffset)
        var slugLocation = SourceLocation.start
        var tagLocations: [Tag: SourceLocation] = [:]
        var item: DecodedItem?
        if let frontMatter = FrontMatter.parse(text, file: file) {
            let fields = FieldReader(file: file, mapping: frontMatter.fields)
            let metadata = decodeMetadata(entry, frontMatter, fields, slugLocation: &slugLocation, tagLocations: &tagLocations)
            switch entry.kind {
            case .story: item = decodeStory(metadata, fields, entry).map(DecodedItem.story)
            case .evaluation: item = decodeEvaluation(metadata, fields).map(DecodedItem.evaluation)
            case .opening: item = decodeOpening(metadata, fields).map(DecodedItem.opening)
            case .page: item = decodePage(metadata, fields).map(DecodedItem.page)
            }
            fields.finish(freeForm: "params")
            if let item, item.isPublishable {
                checkPlaceholders(frontMatter, file: file)
            }
        }
        return DecodedFile(entry: entry, item: item, slugLocation: slugLocation, diagnostics: file.diagnostics,
                           tagLocations: tagLocations)
    }

    /// The shared fields; `nil` when the title or slug is unusable (problems already recorded).
    private func decodeMetadata(_ entry: ContentFileEntry, _ frontMatter: FrontMatter, _ fields: FieldReader,
                                slugLocation: inout SourceLocation, tagLocations: inout [Tag: SourceLocation]) -> ItemMetadata? {
        let title = fields.string("title", required: true)
        var slug: Slug?
        if fields.has("slug") {
            slugLocation = fields.location(of: "slug")
            slug = fields.value("slug") { text throws(InvalidValue) in try Slug(text) }
        } else {
            do {
                slug = try Slug(fileName: entry.slugSource)
            } catch {
                fields.file.addError(error.message, at: .start)
            }
        }
        var lang = defaultLanguage
        if let given = fields.value("lang", { text throws(InvalidValue) in try LanguageCode(text) }) {
            lang = given
            if let siteLanguages, !siteLanguages.contains(given) {
                let listed = siteLanguages.sorted().map(\.code).joined(separator: ", ")
                fields.file.addWarning("language '\(given.code)' is not one of site.yml's languages (\(listed))",
                                       at: fields.location(of: "lang"))
            }
        }
        var tags: [Tag] = []
        for (tag, mark) in fields.locatedList("tags", { text throws(InvalidValue) in try Tag(text) }) ?? [] where !tags.contains(tag) {
            if let tagVocabulary, !tagVocabulary.contains(tag) {
                let hint = tagVocabulary.nearDuplicate(of: tag).map { "; did you mean '\($0)'?" }
                    ?? "; use one of site.yml's tags, or declare it under 'tags:' in content/site.yml"
                fields.file.addError("tag '\(tag)' is not declared in site.yml\(hint)", at: fields.file.location(of: mark))
                continue
            }
            tags.append(tag)
            if tagVocabulary == nil { tagLocations[tag] = fields.file.location(of: mark) }
        }
        let summary = fields.string("summary")
        let draft = fields.bool("draft") ?? false
        let translationKey = fields.string("translation_key")
        var params: [String: SiteConfig.Param] = [:]
        if let node = fields.node("params") {
            if case .map(let map) = SiteConfigDecoder.param(node) {
                params = map
            } else {
                fields.error("'params' must be a mapping of names to values, found \(FieldReader.describe(node))", at: "params")
            }
        }
        guard let title, let slug else { return nil }
        return ItemMetadata(kind: entry.kind, title: title, slug: slug, lang: lang, tags: tags, summary: summary, draft: draft,
                            translationKey: translationKey, sourcePath: entry.path, body: frontMatter.body,
                            bodyStartLine: frontMatter.bodyStartLine, bundleFolder: entry.bundleFolder, bundleFiles: entry.bundleFiles,
                            params: params)
    }

    private func decodePage(_ metadata: ItemMetadata?, _ fields: FieldReader) -> FreePage? {
        var menuOrder = fields.int("menu_order")
        if let weight = fields.int("weight") {
            if menuOrder != nil {
                fields.file.addWarning("'weight' is ignored because 'menu_order' is set", at: fields.keyLocation(of: "weight"))
            } else {
                menuOrder = weight
            }
        }
        guard let metadata else { return nil }
        if ReservedNames.topLevelFolders.contains(metadata.slug.rawValue) {
            fields.file.addError("page slug '\(metadata.slug)' is reserved for the site's own '\(metadata.slug)/' folder; choose another",
                                 at: fields.has("slug") ? fields.location(of: "slug") : .start)
        }
        return FreePage(metadata: metadata, menuOrder: menuOrder)
    }
}

/// Output folders the site itself uses, which a free page (published at the top level) must not take.
enum ReservedNames {
    static let topLevelFolders: Set<String> = [
        "stories", "evaluations", "openings", "pages", "tags", "search", "feeds", "assets", "media", "page",
    ]
}
