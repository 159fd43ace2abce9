import Diagnostics
import Yams

/// One content file to decode, as found by the loader.
struct ContentFileEntry: Sendable {
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
enum DecodedItem: Sendable {
    case story(Story)
    case evaluation(Evaluation)
    case opening(Opening)
    case page(FreePage)

    var metadata: ItemMetadata {
        switch self {
        case .story(let item): return item.metadata
        case .evaluation(let item): return item.metadata
        case .opening(let item): return item.metadata
        case .page(let item): return item.metadata
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
}

/// Turns one content file's text into a typed item, collecting every problem in it.
struct ItemDecoder: Sendable {
    /// The language of items without `lang`.
    var defaultLanguage: LanguageCode
    /// The languages site.yml lists; an item in another language gets a warning. `nil` when unknown.
    var siteLanguages: Set<LanguageCode>?
    /// Files under `content/media`, relative to it, for checking `image: /media/...`.
    var mediaFiles: Set<String>

    static let commonFields = ["title", "slug", "lang", "tags", "summary", "draft", "translation_key"]

    func decode(_ entry: ContentFileEntry, text: String) -> DecodedFile {
        let file = SourceFile(path: entry.path, text: text, lineOffset: FrontMatter.yamlLineOffset)
        var slugLocation = SourceLocation.start
        var item: DecodedItem?
        if let frontMatter = FrontMatter.parse(text, file: file) {
            let fields = FieldReader(file: file, mapping: frontMatter.fields)
            let metadata = decodeMetadata(entry, frontMatter, fields, slugLocation: &slugLocation)
            switch entry.kind {
            case .story: item = decodeStory(metadata, fields, entry).map(DecodedItem.story)
            case .evaluation: item = decodeEvaluation(metadata, fields).map(DecodedItem.evaluation)
            case .opening: item = decodeOpening(metadata, fields).map(DecodedItem.opening)
            case .page: item = decodePage(metadata, fields).map(DecodedItem.page)
            }
            fields.finish()
        }
        return DecodedFile(entry: entry, item: item, slugLocation: slugLocation, diagnostics: file.diagnostics)
    }

    /// The shared fields; `nil` when the title or slug is unusable (problems already recorded).
    private func decodeMetadata(_ entry: ContentFileEntry, _ frontMatter: FrontMatter, _ fields: FieldReader,
                                slugLocation: inout SourceLocation) -> ItemMetadata? {
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
        for tag in fields.list("tags", { text throws(InvalidValue) in try Tag(text) }) ?? [] where !tags.contains(tag) {
            tags.append(tag)
        }
        let summary = fields.string("summary")
        let draft = fields.bool("draft") ?? false
        let translationKey = fields.string("translation_key")
        guard let title, let slug else { return nil }
        return ItemMetadata(kind: entry.kind, title: title, slug: slug, lang: lang, tags: tags, summary: summary, draft: draft,
                            translationKey: translationKey, sourcePath: entry.path, body: frontMatter.body,
                            bodyStartLine: frontMatter.bodyStartLine, bundleFolder: entry.bundleFolder, bundleFiles: entry.bundleFiles)
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
