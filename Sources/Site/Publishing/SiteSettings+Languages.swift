import Content

extension SiteSettings {
    /// Where `language`'s lists live: `""` (the site root) for the default language and for languages the site
    /// does not list, `ar/` for another site language.
    func listPrefix(for language: LanguageCode) -> String {
        language == defaultLanguage || !languages.contains(language) ? "" : "\(language.code)/"
    }
}
