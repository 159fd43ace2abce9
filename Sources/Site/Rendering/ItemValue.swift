import Content
import Liquid

/// An item seen from a template: properties resolve on demand, in the page's
/// language (code names, numbers, dates), while the item's own text keeps its language.
final class ItemValue: LiquidObject {
    let item: PublishedItem
    let routes: Routes
    /// Formats for the page the item appears on.
    let text: LocalText
    let buildDate: BuildDate
    /// Where the page's language keeps its lists (`""` or `ar/`), so tag links stay in that language.
    let listPrefix: String
    /// site.yml's tag labels, so tags read in the page's language.
    let tagLabels: TagVocabulary?
    /// QR codes shared by every page of the build.
    let qrCodes: QRCodeCache?

    init(item: PublishedItem, routes: Routes, text: LocalText, buildDate: BuildDate, listPrefix: String = "",
         tagLabels: TagVocabulary? = nil, qrCodes: QRCodeCache? = nil) {
        self.item = item
        self.routes = routes
        self.text = text
        self.buildDate = buildDate
        self.listPrefix = listPrefix
        self.tagLabels = tagLabels
        self.qrCodes = qrCodes
    }

    func liquidProperty(_ name: String) -> Value? {
        if let value = readerProperty(name) { return value }
        switch name {
        case "kind": return .string(item.kind.rawValue)
        case "title": return .string(item.title)
        case "slug": return .string(item.slug)
        case "url": return .string(routes.url(item.folder))
        case "canonical": return .string(routes.canonical(item.folder))
        case "lang": return .string(item.language.code)
        case "dir": return .string(TemplateValues.direction(item.language))
        case "summary": return .string(item.metadata.summary ?? "")
        case "date": return item.date.map { .string($0.text) } ?? .nil
        case "date_text": return item.date.map { .string(text.date($0)) } ?? .nil
        case "tags":
            return .array(item.linkedTags.map {
                TemplateValues.tag($0, count: nil, routes: routes, prefix: listPrefix, label: tagLabels?.label(for: $0, in: text.language))
            })
        case "language_name": return .string(text.languageName(item.language))
        case "content": return .safeString(item.html)
        case "closed": return .bool(item.closed)
        case "translation_key": return item.metadata.translationKey.map(Value.string) ?? .nil
        case "params": return TemplateValues.value(.map(item.metadata.params))
        default: break
        }
        if let media = mediaProperty(name) { return media }
        switch item.detail {
        case .story(let story): return storyProperty(name, story)
        case .evaluation(let evaluation): return evaluationProperty(name, evaluation)
        case .opening(let opening): return openingProperty(name, opening)
        case .page(let page): return name == "menu_order" ? page.menuOrder.map(Value.int) : nil
        }
    }

    var liquidDescription: String { item.title }

    /// The item, the language it is read in and where its tag links lead: what every property depends on
    /// besides the build's fixed routes, date, tag labels and QR codes.
    var liquidIdentity: String? { "item\u{1}\(item.folder)\u{1}\(text.language.code)\u{1}\(listPrefix)" }

    private func code(_ prefix: String, _ code: String) -> Value {
        .dictionary(["code": .string(code), "name": .string(text.codeName(prefix, code))])
    }

    private func country(_ country: CountryCode) -> Value {
        .dictionary(["code": .string(country.code), "name": .string(text.country(country))])
    }

    private func language(_ language: LanguageCode) -> Value {
        .dictionary(["code": .string(language.code), "name": .string(text.languageName(language))])
    }

    /// `{kind, text, number}`: where an apply link leads, written for people ("jobs@example.org", "+962 …").
    private func applyChannel(_ channel: ApplyChannel) -> Value {
        switch channel {
        case .web(let host): return .dictionary(["kind": .string("web"), "text": .string(host)])
        case .email(let address): return .dictionary(["kind": .string("email"), "text": .string(address)])
        case .phone(let number): return .dictionary(["kind": .string("phone"), "text": .string(number.description)])
        case .whatsapp(let number): return .dictionary(["kind": .string("whatsapp"), "text": .string(number?.description ?? "WhatsApp")])
        }
    }

    private func storyProperty(_ name: String, _ story: Story) -> Value? {
        switch name {
        case "person": return story.person.map(Value.string) ?? .nil
        case "pseudonym": return .bool(story.pseudonym)
        case "country": return story.country.map(country) ?? .nil
        case "pipeline": return story.pipeline.map { code("pipeline", $0.rawValue) } ?? .nil
        case "image": return story.image.map { .string(imageURL($0)) } ?? .nil
        case "image_alt": return story.imageAlt.map(Value.string) ?? .nil
        default: return nil
        }
    }

    /// A story image's URL: absolute URLs stay, `/media/x.jpg` is under the site root, else beside the page.
    private func imageURL(_ image: String) -> String {
        if image.contains("://") { return image }
        if image.hasPrefix("/") { return routes.url(String(image.dropFirst())) }
        if image.hasPrefix("media/") { return routes.url(image) }
        return routes.url(item.folder + image)
    }

    private func evaluationProperty(_ name: String, _ evaluation: Evaluation) -> Value? {
        switch name {
        case "programme": return evaluation.programme.map(Value.string) ?? .nil
        case "organisation": return evaluation.organisation.map(Value.string) ?? .nil
        case "country": return evaluation.country.map(country) ?? .nil
        case "period":
            return evaluation.period.map { period in
                .dictionary(["start": .string(period.start.text), "end": .string(period.end.text),
                             "start_text": .string(text.date(period.start)), "end_text": .string(text.date(period.end))])
            } ?? .nil
        case "intervention": return evaluation.intervention.map { code("pipeline", $0.rawValue) } ?? .nil
        case "method": return evaluation.method.map { code("method", $0.rawValue) } ?? .nil
        case "sample_size": return evaluation.sampleSize.map { .string(text.number(Double($0))) } ?? .nil
        case "cost_per_participant":
            return evaluation.costPerParticipant.map { money in
                .dictionary(["amount": .double(money.amount), "currency": .string(money.currency), "text": .string(text.money(money.amount, money.currency))])
            } ?? .nil
        case "outcomes": return .array(evaluation.outcomes.map(outcome))
        case "has_comparison_group": return .bool(evaluation.hasComparisonGroup)
        case "headline": return evaluation.outcomes.first.map(outcome) ?? .nil
        case "chart_svg":
            let chart = OutcomeChart.svg(evaluation.outcomes, text: text, id: "chart-\(item.slug)")
            return chart.isEmpty ? .nil : .safeString(chart)
        default: return nil
        }
    }

    private func outcome(_ outcome: Evaluation.Outcome) -> Value {
        var entry: LiquidHash = [
            "indicator": .string(outcome.indicator),
            "unit": .string(outcome.unit),
            "baseline": .string(text.number(outcome.baseline)),
            "endline": .string(text.number(outcome.endline)),
            "target": outcome.target.map { .string(text.number($0)) } ?? .nil,
            "change": .string(text.difference(outcome.beforeAfterChange)),
            "change_number": .string(text.signed(outcome.beforeAfterChange.value)),
            "change_unit": .string(text.unitName(outcome.beforeAfterChange.unit)),
            "change_label": .string(text.text("change_short")),
            "comparison": outcome.comparison.map { group in
                .dictionary(["baseline": .string(text.number(group.baseline)), "endline": .string(text.number(group.endline)),
                             "change": .string(outcome.comparisonChange.map(text.difference) ?? "")])
            } ?? .nil,
        ]
        if let effect = outcome.estimatedEffect {
            var value: LiquidHash = [
                "text": .string(text.difference(effect.estimate)),
                "number": .string(text.signed(effect.estimate.value)),
                "unit": .string(text.unitName(effect.estimate.unit)),
                "label": .string(text.text("effect_short")),
                "source_text": .string(text.text("effect_" + effect.source.rawValue)),
                "source": .string(effect.source.rawValue),
            ]
            if let low = effect.ciLow, let high = effect.ciHigh {
                value["interval"] = .string(text.interval(low, high, unit: effect.estimate.unit))
            }
            if let error = effect.standardError { value["standard_error"] = .string(text.number(error)) }
            entry["effect"] = .dictionary(value)
        } else {
            entry["effect"] = .nil
        }
        return .dictionary(entry)
    }

    private func openingProperty(_ name: String, _ opening: Opening) -> Value? {
        switch name {
        case "organisation": return opening.organisation.map(Value.string) ?? .nil
        case "posted": return opening.posted.map { .string($0.text) } ?? .nil
        case "posted_text": return opening.posted.map { .string(text.date($0)) } ?? .nil
        case "expires": return .string(opening.expires.text)
        case "expires_text": return .string(text.date(opening.expires))
        case "closes_in_days": return item.closed ? .nil : .int(opening.expires.daysSinceEpoch - buildDate.daysSinceEpoch)
        case "remote": return .bool(opening.remote)
        case "workplace": return code("workplace", opening.workplace.rawValue)
        case "apply_channel": return opening.applyChannel.map(applyChannel) ?? .nil
        case "applicant_countries": return .array(opening.applicantCountries.map(country))
        case "location": return opening.location.map(Value.string) ?? .nil
        case "employment_type": return opening.employmentType.map { code("employment_type", $0.rawValue) } ?? .nil
        case "pipeline": return opening.pipeline.map { code("pipeline", $0.rawValue) } ?? .nil
        case "languages": return .array(opening.languages.map(language))
        case "devices": return .array(opening.devices.map { code("device", $0.rawValue) })
        case "salary":
            return opening.salary.map { salary in
                .dictionary([
                    "min": salary.min.map(Value.double) ?? .nil, "max": salary.max.map(Value.double) ?? .nil,
                    "currency": .string(salary.currency), "period": salary.period.map { .string($0.rawValue) } ?? .nil,
                    "text": .string(text.salary(salary)),
                ])
            } ?? .nil
        case "apply_url": return opening.applyURL.map { .string($0.string) } ?? .nil
        case "work_permit": return opening.workPermit.map { code("work_permit", $0.rawValue) } ?? .nil
        case "json_ld":
            guard !item.closed else { return .nil }
            return .safeString(JobPostingJSONLD.scriptBlock(opening, descriptionHTML: item.html, url: routes.canonical(item.folder)))
        default: return nil
        }
    }
}
