/// A programme evaluation: what was done, how it was measured, what changed.
public struct Evaluation: ContentItem, Hashable, Codable {
    /// A span of calendar dates, `period: {start, end}`; `end` is not before `start`.
    public struct Period: Sendable, Hashable, Codable {
        /// The first day.
        public var start: ContentDate
        /// The last day.
        public var end: ContentDate

        /// Creates a period.
        public init(start: ContentDate, end: ContentDate) {
            self.start = start
            self.end = end
        }
    }

    /// An amount of money, `{amount, currency}`.
    public struct Money: Sendable, Hashable, Codable {
        /// The amount.
        public var amount: Double
        /// ISO 4217 code, uppercase (`USD`).
        public var currency: String

        /// Creates an amount.
        public init(amount: Double, currency: String) {
            self.amount = amount
            self.currency = currency
        }
    }

    /// One measured result, `{indicator, unit, baseline, endline, target, comparison, effect}`.
    public struct Outcome: Sendable, Hashable, Codable {
        /// What was measured, e.g. `Employed after 6 months`.
        public var indicator: String
        /// The unit, e.g. `%` or `USD`.
        public var unit: String
        /// The value before the programme.
        public var baseline: Double
        /// The value after.
        public var endline: Double
        /// The value aimed for, if any.
        public var target: Double?
        /// `comparison: {baseline, endline}`: the comparison group's values (RCT or quasi-experimental studies).
        public var comparison: GroupValues?
        /// `effect: {estimate, ci_low, ci_high, standard_error}`: the effect the study reports.
        public var effect: ReportedEffect?

        /// Creates an outcome.
        public init(indicator: String, unit: String, baseline: Double, endline: Double, target: Double? = nil,
                    comparison: GroupValues? = nil, effect: ReportedEffect? = nil) {
            self.indicator = indicator
            self.unit = unit
            self.baseline = baseline
            self.endline = endline
            self.target = target
            self.comparison = comparison
            self.effect = effect
        }
    }

    /// Title, slug, language, tags, body, ….
    public var metadata: ItemMetadata
    /// `date`: when the evaluation was published.
    public var date: ContentDate?
    /// `programme`.
    public var programme: String?
    /// `organisation`.
    public var organisation: String?
    /// `country`, as an ISO code (a country name in front matter is converted).
    public var country: CountryCode?
    /// `period: {start, end}`.
    public var period: Period?
    /// `intervention`: the pipeline evaluated.
    public var intervention: Pipeline?
    /// `method`.
    public var method: EvaluationMethod?
    /// `sample_size` (positive).
    public var sampleSize: Int?
    /// `cost_per_participant: {amount, currency}`.
    public var costPerParticipant: Money?
    /// `outcomes`, in the order written.
    public var outcomes: [Outcome]

    /// Creates an evaluation.
    public init(metadata: ItemMetadata, date: ContentDate? = nil, programme: String? = nil, organisation: String? = nil,
                country: CountryCode? = nil, period: Period? = nil, intervention: Pipeline? = nil, method: EvaluationMethod? = nil,
                sampleSize: Int? = nil, costPerParticipant: Money? = nil, outcomes: [Outcome] = []) {
        self.metadata = metadata
        self.date = date
        self.programme = programme
        self.organisation = organisation
        self.country = country
        self.period = period
        self.intervention = intervention
        self.method = method
        self.sampleSize = sampleSize
        self.costPerParticipant = costPerParticipant
        self.outcomes = outcomes
    }
}
