import Content

/// A value of an opening's typed field that job seekers filter by; each has its own paginated page.
///
/// Facets come from the typed fields, never from tags: `workplace` (remote, hybrid), `pipeline`,
/// `employment_type`, `languages` (the languages the job needs) and `applicant_countries`
/// (the countries applicants may live in).
enum OpeningFacet: Sendable, Hashable, Comparable {
    /// `openings/remote/` or `openings/hybrid/`; on-site is every other opening and has no page.
    case workplace(Workplace)
    /// `openings/pipeline/<pipeline>/`.
    case pipeline(Pipeline)
    /// `openings/type/<employment type>/`.
    case employmentType(EmploymentType)
    /// `openings/language/<code>/`: openings that need this language.
    case language(LanguageCode)
    /// `openings/country/<code>/`: openings open to applicants living in this country.
    case country(CountryCode)

    /// The groups in the order pages show them; also each group's key in templates and i18n strings.
    static let groups = ["workplace", "pipeline", "type", "language", "country"]

    /// The facet's group: `workplace`, `pipeline`, `type`, `language` or `country`.
    var group: String {
        switch self {
        case .workplace: return "workplace"
        case .pipeline: return "pipeline"
        case .employmentType: return "type"
        case .language: return "language"
        case .country: return "country"
        }
    }

    /// The value as written in front matter and URLs: `remote`, `paid-training`, `ar`, `JO`.
    var code: String {
        switch self {
        case .workplace(let workplace): return workplace.rawValue
        case .pipeline(let pipeline): return pipeline.rawValue
        case .employmentType(let type): return type.rawValue
        case .language(let language): return language.code
        case .country(let country): return country.code
        }
    }

    /// The facet page's folder, e.g. `openings/remote/`, `openings/country/jo/`.
    var folder: String {
        switch self {
        case .workplace(let workplace): return "openings/\(workplace.rawValue)/"
        case .country(let country): return "openings/country/\(country.code.lowercased())/"
        default: return "openings/\(group)/\(code)/"
        }
    }

    /// The facets an opening belongs to, each once.
    static func facets(of opening: Opening) -> [OpeningFacet] {
        var facets: [OpeningFacet] = []
        if opening.workplace != .onSite { facets.append(.workplace(opening.workplace)) }
        if let pipeline = opening.pipeline { facets.append(.pipeline(pipeline)) }
        if let type = opening.employmentType { facets.append(.employmentType(type)) }
        facets += Set(opening.languages).sorted().map(OpeningFacet.language)
        facets += Set(opening.applicantCountries).sorted().map(OpeningFacet.country)
        return facets
    }

    /// Orders by group (as in ``groups``), then by code.
    static func < (lhs: OpeningFacet, rhs: OpeningFacet) -> Bool {
        let left = groups.firstIndex(of: lhs.group)!, right = groups.firstIndex(of: rhs.group)!
        return left != right ? left < right : lhs.code < rhs.code
    }
}

/// A facet with how many listed openings it has.
struct FacetSummary: Sendable {
    var facet: OpeningFacet
    var count: Int
    /// The facet page's folder.
    var folder: String { facet.folder }
}
