import Content
import Liquid

/// An opening's template fields and its JobPosting facts.
enum OpeningFields {
    static func item(_ opening: Opening, closed: Bool, names: CodeNames) -> PublishedItem {
        var item = PublishedItem(metadata: opening.metadata, date: opening.posted?.text ?? "")
        let language = item.language
        item.closed = closed
        let salaryText = opening.salary.map { salaryDescription($0, names: names, language: language) }
        item.fields = [
            "organisation": opening.organisation.map(Value.string) ?? .nil,
            "posted": opening.posted.map { .string($0.text) } ?? .nil,
            "expires": .string(opening.expires.text),
            "remote": .bool(opening.remote),
            "applicant_countries": .array(opening.applicantCountries.map { names.country($0.code, language: language) }),
            "location": opening.location.map(Value.string) ?? .nil,
            "employment_type": opening.employmentType.map { names.value("employment_type", $0.rawValue, language: language) } ?? .nil,
            "pipeline": opening.pipeline.map { names.value("pipeline", $0.rawValue, language: language) } ?? .nil,
            "languages": .array(opening.languages.map { names.language($0.code, in: language) }),
            "devices": .array(opening.devices.map { names.value("device", $0.rawValue, language: language) }),
            "salary": opening.salary.map { salary in
                .dictionary([
                    "min": salary.min.map(Value.double) ?? .nil, "max": salary.max.map(Value.double) ?? .nil,
                    "currency": .string(salary.currency), "period": salary.period.map { .string($0.rawValue) } ?? .nil,
                    "text": .string(salaryText ?? ""),
                ])
            } ?? .nil,
            "apply_url": opening.applyURL.map { .string($0.string) } ?? .nil,
            "work_permit": opening.workPermit.map { names.value("work_permit", $0.rawValue, language: language) } ?? .nil,
        ]
        if !closed {
            item.jobPosting = JobPostingFacts(
                title: opening.title, descriptionHTML: "", url: "", datePosted: opening.posted?.text ?? opening.expires.text,
                validThrough: opening.expires.text, organisation: opening.organisation ?? "",
                employmentType: opening.employmentType?.rawValue, remote: opening.remote,
                applicantCountries: opening.applicantCountries.map(\.code), location: opening.location,
                salary: opening.salary.map { (min: $0.min, max: $0.max, currency: $0.currency, period: $0.period?.rawValue ?? "month") },
                workPermit: opening.workPermit.map { CodeNames.englishName($0.rawValue) }, language: language)
        }
        return item
    }

    /// `1,200–1,500 USD / month`.
    static func salaryDescription(_ salary: Opening.Salary, names: CodeNames, language: String) -> String {
        var amount: String
        switch (salary.min, salary.max) {
        case let (min?, max?) where min != max: amount = "\(NumberText.format(min))–\(NumberText.format(max))"
        case let (min?, _): amount = NumberText.format(min)
        case let (nil, max?): amount = NumberText.format(max)
        case (nil, nil): amount = ""
        }
        amount += amount.isEmpty ? salary.currency : " \(salary.currency)"
        if let period = salary.period {
            amount += " / " + names.name("salary_period", period.rawValue, language: language).lowercased()
        }
        return amount
    }
}
