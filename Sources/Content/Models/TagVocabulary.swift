/// The tags a site allows (site.yml `tags:`), each with an optional label per language.
public struct TagVocabulary: Sendable, Hashable {
    /// Labels by tag, then by language; a tag with no labels shows its name.
    public var labels: [Tag: [LanguageCode: String]]

    /// Creates a vocabulary.
    public init(labels: [Tag: [LanguageCode: String]]) {
        self.labels = labels
    }

    /// The declared tags, sorted by name.
    public var tags: [Tag] { labels.keys.sorted() }

    /// Whether `tag` is declared.
    public func contains(_ tag: Tag) -> Bool { labels[tag] != nil }

    /// The label of `tag` in `language`, else in `fallback`, else `nil` (show the tag's name).
    public func label(for tag: Tag, in language: LanguageCode, fallback: LanguageCode? = nil) -> String? {
        guard let byLanguage = labels[tag] else { return nil }
        return byLanguage[language] ?? fallback.flatMap { byLanguage[$0] }
    }

    /// A declared tag `tag` is probably a misspelling of: equal once `-` and `_` are removed, or (for names of
    /// five characters or more) one edit away. `nil` when none is close.
    public func nearDuplicate(of tag: Tag) -> Tag? {
        TagVocabulary.nearDuplicate(of: tag, in: tags)
    }

    /// The first of `known` (other than `tag`) that `tag` looks like a variant of, by the rules of ``nearDuplicate(of:)``.
    public static func nearDuplicate(of tag: Tag, in known: [Tag]) -> Tag? {
        let squashed = tag.squashed
        for candidate in known where candidate != tag && candidate.squashed == squashed { return candidate }
        guard tag.name.count >= 5 else { return nil }
        let letters = Array(tag.name)
        for candidate in known where candidate != tag && abs(candidate.name.count - letters.count) <= 1 {
            if TagVocabulary.withinOneEdit(letters, Array(candidate.name)) { return candidate }
        }
        return nil
    }

    /// Whether two words differ by at most one insertion, deletion, substitution or adjacent swap of letters;
    /// a difference in digits (`level-1`, `level-2`) makes distinct tags.
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let restA = a.count - prefix - suffix, restB = b.count - prefix - suffix
        let differing = a[prefix..<(prefix + restA)] + b[prefix..<(prefix + restB)]
        if differing.contains(where: \.isNumber) { return false }
        if restA <= 1 && restB <= 1 { return true }
        return restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
    }
}
