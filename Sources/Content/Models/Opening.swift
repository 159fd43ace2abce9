/// A job opening.
public struct Opening: ContentItem, Hashable, Codable {
    /// `salary: {min, max, currency, period}`; `min` is not above `max`.
    public struct Salary: Sendable, Hashable, Codable {
        /// The lowest amount, if given.
        public var min: Double?
        /// The highest amount, if given.
        public var max: Double?
        /// ISO 4217 code, uppercase (required).
        public var currency: String
        /// What the amounts are paid for (hour … year).
        public var period: SalaryPeriod?

        /// Creates a salary range.
        public init(min: Double?, max: Double?, currency: String, period: SalaryPeriod?) {
            self.min = min
            self.max = max
            self.currency = currency
            self.period = period
        }
    }

    /// Title, slug, language, tags, body, ….
    public var metadata: ItemMetadata
    /// `organisation`: the employer.
    public var organisation: String?
    /// `posted`.
    public var posted: ContentDate?
    /// `expires` (required): after this day the opening is closed.
    public var expires: ContentDate
    /// `workplace` (remote, hybrid or on-site), or `remote: true/false/hybrid` (default on-site).
    public var workplace: Workplace
    /// `applicant_countries`: where remote applicants may live.
    public var applicantCountries: [CountryCode]
    /// `location`: where the work is, for on-site openings.
    public var location: String?
    /// `employment_type`.
    public var employmentType: EmploymentType?
    /// `pipeline`.
    public var pipeline: Pipeline?
    /// `languages`: the languages the job needs.
    public var languages: [LanguageCode]
    /// `devices`: what the applicant needs.
    public var devices: [Device]
    /// `salary`.
    public var salary: Salary?
    /// `apply_url` (https, http, mailto or tel only; `https://wa.me/…` for WhatsApp).
    public var applyURL: SafeURL?
    /// `work_permit`.
    public var workPermit: WorkPermit?

    /// Whether the work is fully remote (`workplace: remote`); setting it picks remote or on-site.
    public var remote: Bool {
        get { workplace == .remote }
        set { workplace = newValue ? .remote : .onSite }
    }

    /// Where the Apply link leads (web page, email address, phone, WhatsApp), or `nil` without `apply_url`.
    public var applyChannel: ApplyChannel? { applyURL?.channel }

    /// Whether the opening has closed by `date` (its `expires` day is before `date`).
    public func isExpired(on date: ContentDate) -> Bool { expires < date }

    /// Creates an opening; `workplace`, when given, wins over `remote`.
    public init(metadata: ItemMetadata, organisation: String? = nil, posted: ContentDate? = nil, expires: ContentDate,
                remote: Bool = false, applicantCountries: [CountryCode] = [], location: String? = nil,
                employmentType: EmploymentType? = nil, pipeline: Pipeline? = nil, languages: [LanguageCode] = [],
                devices: [Device] = [], salary: Salary? = nil, applyURL: SafeURL? = nil, workPermit: WorkPermit? = nil,
                workplace: Workplace? = nil) {
        self.metadata = metadata
        self.organisation = organisation
        self.posted = posted
        self.expires = expires
        self.workplace = workplace ?? (remote ? .remote : .onSite)
        self.applicantCountries = applicantCountries
        self.location = location
        self.employmentType = employmentType
        self.pipeline = pipeline
        self.languages = languages
        self.devices = devices
        self.salary = salary
        self.applyURL = applyURL
        self.workPermit = workPermit
    }
}
