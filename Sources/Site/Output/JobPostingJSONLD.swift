import Content
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

    /// The JSON object for an open opening whose body is `descriptionHTML`, published at `url`.
    static func json(_ opening: Opening, descriptionHTML: String, url: String) -> JSONText {
        let organisation = opening.organisation ?? ""
        var pairs: [(String, JSONText)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("JobPosting")),
            ("title", .string(opening.title)),
            ("description", .string(descriptionHTML.isEmpty ? opening.title : descriptionHTML)),
            ("url", .string(url)),
            ("identifier", .object([("@type", .string("PropertyValue")), ("name", .string(organisation)), ("value", .string(url))])),
            ("datePosted", .string((opening.posted ?? opening.expires).text)),
            ("validThrough", .string(opening.expires.text + "T23:59:59Z")),
            ("hiringOrganization", .object([("@type", .string("Organization")), ("name", .string(organisation))])),
        ]
        if let type = opening.employmentType { pairs.append(("employmentType", .string(employmentType(type.rawValue)))) }
        if opening.remote {
            pairs.append(("jobLocationType", .string("TELECOMMUTE")))
            if !opening.applicantCountries.isEmpty {
                pairs.append(("applicantLocationRequirements", .array(opening.applicantCountries.map {
                    .object([("@type", .string("Country")), ("name", .string($0.code))])
                })))
            }
        }
        if let location = opening.location, !location.isEmpty {
            pairs.append(("jobLocation", .object([
                ("@type", .string("Place")),
                ("address", .object([("@type", .string("PostalAddress")), ("addressLocality", .string(location))])),
            ])))
        }
        if let salary = opening.salary {
            var value: [(String, JSONText)] = [("@type", .string("QuantitativeValue"))]
            if let min = salary.min { value.append(("minValue", .number(min))) }
            if let max = salary.max { value.append(("maxValue", .number(max))) }
            value.append(("unitText", .string((salary.period?.rawValue ?? "month").uppercased())))
            pairs.append(("baseSalary", .object([("@type", .string("MonetaryAmount")), ("currency", .string(salary.currency)), ("value", .object(value))])))
        }
        if let permit = opening.workPermit { pairs.append(("eligibilityToWorkRequirement", .string(LocalText.englishName(permit.rawValue)))) }
        pairs.append(("inLanguage", .string(opening.lang.code)))
        return .object(pairs)
    }

    /// The `<script type="application/ld+json">` block; safe to place in HTML.
    static func scriptBlock(_ opening: Opening, descriptionHTML: String, url: String) -> String {
        "<script type=\"application/ld+json\">" + json(opening, descriptionHTML: descriptionHTML, url: url).serialized() + "</script>"
    }
}
