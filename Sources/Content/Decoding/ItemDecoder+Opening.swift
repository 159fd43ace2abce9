extension ItemDecoder {
    func decodeOpening(_ metadata: ItemMetadata?, _ fields: FieldReader) -> Opening? {
        let organisation = fields.string("organisation")
        let posted = fields.date("posted")
        let expires = fields.date("expires", required: true)
        if let posted, let expires, expires < posted {
            fields.error("'expires' (\(expires)) is before 'posted' (\(posted))", at: "expires")
        }
        let workplace = decodeWorkplace(fields)
        let applicantCountries = fields.list("applicant_countries") { text throws(InvalidValue) in try CountryCode(text) } ?? []
        let location = fields.string("location")
        let workplaceKey = fields.has("workplace") ? "workplace" : "remote"
        if workplace == .hybrid, location == nil {
            fields.file.addError("a hybrid opening needs 'location': where the on-site days are, e.g. 'Amman, Jordan'",
                                 at: fields.location(of: workplaceKey))
        } else if workplace == .onSite, location == nil {
            fields.file.addWarning("an on-site opening ('remote' is not true) should say where: add 'location'",
                                   at: fields.has(workplaceKey) ? fields.location(of: workplaceKey) : .start)
        }
        let employmentType = fields.enumeration("employment_type", as: EmploymentType.self)
        let pipeline = fields.enumeration("pipeline", as: Pipeline.self)
        let languages = fields.list("languages") { text throws(InvalidValue) in try LanguageCode(text) } ?? []
        let devices: [Device] = fields.list("devices") { text throws(InvalidValue) -> Device in
            if let device = Device(rawValue: text) { return device }
            throw InvalidValue(FieldReader.unknownValue(text, field: "device", allowed: Device.allowedValues))
        } ?? []
        var salary: Opening.Salary?
        if let reader = fields.nested("salary") {
            let min = reader.number("min")
            let max = reader.number("max")
            let currency = reader.value("currency", required: true) { text throws(InvalidValue) in try CurrencyCode.validated(text) }
            let period = reader.enumeration("period", as: SalaryPeriod.self)
            reader.finish()
            if min == nil, max == nil, !reader.has("min"), !reader.has("max") {
                reader.file.addError("'salary' needs 'min', 'max' or both", at: reader.missingLocation)
            } else if let min, let max, min > max {
                reader.error("salary 'min' (\(min.formatted)) is greater than 'max' (\(max.formatted))", at: "min")
            } else if let currency, min != nil || max != nil {
                salary = .init(min: min, max: max, currency: currency, period: period)
            }
        }
        let applyURL = fields.value("apply_url") { text throws(InvalidValue) in try SafeURL(text) }
        let workPermit = fields.enumeration("work_permit", as: WorkPermit.self)
        if !(metadata?.draft ?? fields.bool("draft") ?? false) {
            if organisation == nil || organisation!.allSatisfy(\.isWhitespace) {
                fields.file.addError("an opening needs 'organisation' (who is hiring) before it is published; add it, "
                    + "or keep 'draft: true'", at: fields.has("organisation") ? fields.location(of: "organisation") : .start)
            }
            if applyURL == nil, !fields.has("apply_url") {
                fields.file.addError("an opening needs 'apply_url' before it is published: a web page, 'mailto:' address, "
                    + "'tel:' number or 'https://wa.me/' WhatsApp link; add it, or keep 'draft: true'", at: .start)
            }
        }
        guard let metadata, let expires else { return nil }
        return Opening(metadata: metadata, organisation: organisation, posted: posted, expires: expires,
                       applicantCountries: applicantCountries, location: location, employmentType: employmentType,
                       pipeline: pipeline, languages: languages, devices: devices, salary: salary, applyURL: applyURL,
                       workPermit: workPermit, workplace: workplace)
    }
}

extension ItemDecoder {
    /// `workplace: remote | hybrid | on-site`, or the older `remote: true | false | hybrid`; both must agree.
    func decodeWorkplace(_ fields: FieldReader) -> Workplace {
        let workplace = fields.enumeration("workplace", as: Workplace.self)
        let fromRemote = fields.value("remote") { text throws(InvalidValue) -> Workplace in
            switch text.lowercased() {
            case "true", "yes", "on": return .remote
            case "false", "no", "off": return .onSite
            case "hybrid": return .hybrid
            default: throw InvalidValue("'remote' must be true, false or hybrid, found '\(text)'; or use 'workplace: remote', "
                + "'hybrid' or 'on-site'")
            }
        }
        if let workplace, let fromRemote, workplace != fromRemote {
            fields.error("'remote' says \(fromRemote.rawValue) but 'workplace' says \(workplace.rawValue); "
                + "keep 'workplace' and remove 'remote'", at: "remote")
        }
        return workplace ?? fromRemote ?? .onSite
    }
}

extension Double {
    /// `300` for whole numbers, else the shortest decimal form.
    var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
