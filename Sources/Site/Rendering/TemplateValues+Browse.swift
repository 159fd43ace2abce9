import Content
import Liquid

extension TemplateValues {
    /// `browse`: the facet groups in order, each `{key, title, facets}`, every facet
    /// `{group, code, name, title, url, count}` in the page's language, most openings first.
    /// - Complexity: O(f log f) for f facets; made once per language.
    static func browse(_ facets: [FacetSummary], text: LocalText, routes: Routes, prefix: String) -> Value {
        var byGroup: [String: [FacetSummary]] = [:]
        for summary in facets { byGroup[summary.facet.group, default: []].append(summary) }
        let groups: [Value] = OpeningFacet.groups.compactMap { group in
            guard let members = byGroup[group] else { return nil }
            let named = members.map { (summary: $0, name: facetName($0.facet, text: text)) }
                .sorted { $0.summary.count != $1.summary.count ? $0.summary.count > $1.summary.count : $0.name < $1.name }
            var entry: LiquidHash = [
                "key": .string(group),
                "title": .string(text.text("facet_group_\(group)")),
                "facets": .array(named.map { facet($0.summary, text: text, routes: routes, prefix: prefix, name: $0.name) }),
            ]
            entry.identity = "browse/\(text.language.code)/\(prefix)/\(group)"
            return .dictionary(entry)
        }
        return .array(groups)
    }

    /// `{group, code, name, title, url, count}` for one facet, in `text`'s language.
    static func facet(_ summary: FacetSummary, text: LocalText, routes: Routes, prefix: String, name: String? = nil) -> Value {
        let name = name ?? facetName(summary.facet, text: text)
        return .dictionary([
            "group": .string(summary.facet.group),
            "code": .string(summary.facet.code),
            "name": .string(name),
            "title": .string(facetTitle(summary.facet, name: name, text: text)),
            "url": .string(routes.url(prefix + summary.folder)),
            "count": .int(summary.count),
        ])
    }

    /// A facet value's readable name: "Remote", "Paid training", "Arabic", "Jordan".
    static func facetName(_ facet: OpeningFacet, text: LocalText) -> String {
        switch facet {
        case .workplace(let workplace): return text.codeName("workplace", workplace.rawValue)
        case .pipeline(let pipeline): return text.codeName("pipeline", pipeline.rawValue)
        case .employmentType(let type): return text.codeName("employment_type", type.rawValue)
        case .language(let language): return text.languageName(language)
        case .country(let country): return text.country(country)
        }
    }

    /// A facet page's heading, from the `facet_title_<group>` string with `%{name}` filled in.
    static func facetTitle(_ facet: OpeningFacet, name: String, text: LocalText) -> String {
        text.text("facet_title_\(facet.group)").replacingBytes(of: "%{name}", with: name)
    }

    /// site.yml's label of `tag` in `language`, else the tag's name.
    func tagLabel(_ tag: Tag, _ language: LanguageCode) -> String {
        settings.tagLabels?.label(for: tag, in: language) ?? tag.name
    }

    /// The title of a page's content in `text`'s language, for the alternates of a list page.
    func listTitle(_ content: PageContent, text: LocalText) -> String {
        switch content {
        case .item(let item): return item.title
        case .list(let kind, _, _): return text.text(kind.folder)
        case .tag(let summary, _): return text.text("tagged_with").replacingBytes(of: "%{tag}", with: tagLabel(summary.tag, text.language))
        case .tags: return text.text("all_tags")
        case .facet(let summary, _):
            return Self.facetTitle(summary.facet, name: Self.facetName(summary.facet, text: text), text: text)
        case .search: return text.text("search")
        case .home: return settings.title
        case .notFound: return text.text("not_found_title")
        }
    }
}
