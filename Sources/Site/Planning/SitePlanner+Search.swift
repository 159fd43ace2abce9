import Content
import SearchIndex

extension SitePlanner {
    /// The search index under `search/`: every listed item (open openings, published stories and
    /// evaluations, free pages), one index for all site languages.
    ///
    /// Facet names match the search page's URL parameters: `kind`, `tag`, `pipeline`, `type`
    /// (employment type), `remote`, `language` (a language the job needs), `device`, `permit`,
    /// `country`, and `lang` (the language the item is written in).
    /// `plainTexts` are the bodies as plain text by source path (``Publication/plainTexts``).
    func searchIndex(_ listed: [PublishedItem], plainTexts: [String: String]) -> [PlannedFile] {
        let documents = listed.map { searchDocument($0, body: plainTexts[$0.sourcePath] ?? "") }
        let inputs = OutputInputs(contentFiles: listed.map(\.sourcePath), collections: ["all"], buildDate: true)
        return SearchIndexBuilder().build(documents, memo: searchMemo).map { file in
            PlannedFile(path: "search/" + file.path, bytes: file.bytes, inputs: inputs)
        }
    }

    /// The search index of the listed ones of `items`, made on another core from now on: the index needs neither
    /// their media nor the rest of the plan, so a build starts it once the bodies are rendered.
    func searchIndexInBackground(_ items: [PublishedItem], plainTexts: [String: String]) -> BackgroundValue<[PlannedFile]> {
        // Chosen here, not on the other core: the closure would hold `items`, and the media publisher's first change to
        // them would copy the whole array.
        let listed = items.sorted(by: PublishedItem.newestFirst).filter(\.isListed)
        return BackgroundValue { [self] in searchIndex(listed, plainTexts: plainTexts) }
    }

    private func searchDocument(_ item: PublishedItem, body: String) -> SearchDocument {
        var facets: [String: [String]] = [
            "kind": [item.kind.rawValue],
            "lang": [item.language.code],
        ]
        if !item.metadata.tags.isEmpty { facets["tag"] = item.metadata.tags.map(\.name) }
        var extra: [String] = []
        switch item.detail {
        case .opening(let opening):
            if let organisation = opening.organisation { extra.append(organisation) }
            if let location = opening.location { extra.append(location) }
            if let pipeline = opening.pipeline { facets["pipeline"] = [pipeline.rawValue] }
            if let type = opening.employmentType { facets["type"] = [type.rawValue] }
            facets["remote"] = [opening.workplace.rawValue]
            if !opening.languages.isEmpty { facets["language"] = opening.languages.map(\.code) }
            if !opening.devices.isEmpty { facets["device"] = opening.devices.map(\.rawValue) }
            if let permit = opening.workPermit { facets["permit"] = [permit.rawValue] }
            if !opening.applicantCountries.isEmpty {
                facets["country"] = opening.applicantCountries.map(\.code)
                extra += opening.applicantCountries.map { $0.code }
            }
        case .story(let story):
            if let pipeline = story.pipeline { facets["pipeline"] = [pipeline.rawValue] }
            if let country = story.country { facets["country"] = [country.code] }
        case .evaluation(let evaluation):
            if let organisation = evaluation.organisation { extra.append(organisation) }
            if let programme = evaluation.programme { extra.append(programme) }
            if let pipeline = evaluation.intervention { facets["pipeline"] = [pipeline.rawValue] }
            if let country = evaluation.country { facets["country"] = [country.code] }
        case .page:
            break
        }
        return SearchDocument(
            url: routes.url(item.folder), title: item.title, summary: item.metadata.summary ?? "", body: body,
            tags: item.metadata.tags.map(\.name), extraText: extra, facets: facets, language: item.language.code,
            date: item.date?.text ?? buildDate.text)
    }
}
