/// The facts of an open job opening that search engines read.
struct JobPostingFacts: Sendable {
    var title: String
    /// The opening's description as HTML.
    var descriptionHTML: String
    var url: String
    var datePosted: String
    var validThrough: String
    var organisation: String
    /// The SPEC's employment type (`full-time`, `cash-for-work`, ...).
    var employmentType: String?
    var remote: Bool
    /// ISO 3166 codes remote applicants may live in.
    var applicantCountries: [String]
    var location: String?
    var salary: (min: Double?, max: Double?, currency: String, period: String)?
    /// Readable work-permit requirement.
    var workPermit: String?
    var language: String?
}

/// Writes schema.org `JobPosting` JSON-LD as Google for Jobs reads it.
enum JobPostingJSONLD {
    /// schema.org's employmentType for the SPEC's employment types.
    static func employmentType(_ type: String) -> String {
        switch type {
        case "full-time": return "FULL_TIME"
        case "part-time": return "PART_TIME"
        case "contract", "freelance": return "CONTRACTOR"
        case "internship": return "INTERN"
        case "temporary", "cash-for-work": return "TEMPORARY"
        default: return "OTHER"
        }
    }

    /// The JSON object.
    static func json(_ facts: JobPostingFacts) -> JSONText {
        var pairs: [(String, JSONText)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("JobPosting")),
            ("title", .string(facts.title)),
            ("description", .string(facts.descriptionHTML.isEmpty ? facts.title : facts.descriptionHTML)),
            ("url", .string(facts.url)),
            ("identifier", .object([("@type", .string("PropertyValue")), ("name", .string(facts.organisation)), ("value", .string(facts.url))])),
            ("datePosted", .string(facts.datePosted)),
            ("validThrough", .string(facts.validThrough + "T23:59:59Z")),
            ("hiringOrganization", .object([("@type", .string("Organization")), ("name", .string(facts.organisation))])),
        ]
        if let type = facts.employmentType { pairs.append(("employmentType", .string(employmentType(type)))) }
        if facts.remote {
            pairs.append(("jobLocationType", .string("TELECOMMUTE")))
            if !facts.applicantCountries.isEmpty {
                pairs.append(("applicantLocationRequirements", .array(facts.applicantCountries.map {
                    .object([("@type", .string("Country")), ("name", .string($0))])
                })))
            }
        }
        if let location = facts.location, !location.isEmpty {
            pairs.append(("jobLocation", .object([
                ("@type", .string("Place")),
                ("address", .object([("@type", .string("PostalAddress")), ("addressLocality", .string(location))])),
            ])))
        }
        if let salary = facts.salary {
            var value: [(String, JSONText)] = [("@type", .string("QuantitativeValue"))]
            if let min = salary.min { value.append(("minValue", .number(min))) }
            if let max = salary.max { value.append(("maxValue", .number(max))) }
            value.append(("unitText", .string(salary.period.uppercased())))
            pairs.append(("baseSalary", .object([("@type", .string("MonetaryAmount")), ("currency", .string(salary.currency)), ("value", .object(value))])))
        }
        if let permit = facts.workPermit { pairs.append(("eligibilityToWorkRequirement", .string(permit))) }
        if let language = facts.language { pairs.append(("inLanguage", .string(language))) }
        return .object(pairs)
    }

    /// The `<script type="application/ld+json">` block; safe to place in HTML.
    static func scriptBlock(_ facts: JobPostingFacts) -> String {
        "<script type=\"application/ld+json\">" + json(facts).serialized() + "</script>"
    }
}
