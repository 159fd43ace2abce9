/// A closed set of values a front-matter field may take, spelled as in SPEC.md.
public protocol ContentEnum: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {}

extension ContentEnum {
    /// The allowed spellings, in declaration order.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }
}

/// Whether the person in a story agreed to publication; only `given` is ever published.
public enum Consent: String, ContentEnum {
    /// Publication agreed.
    case given
    /// Not yet asked or not yet answered.
    case pending
    /// Agreed once, then withdrawn.
    case withdrawn
}

/// A route into paid work.
public enum Pipeline: String, ContentEnum {
    /// Freelancing on platforms or directly with clients.
    case freelancing
    /// Employment by a remote employer.
    case remoteEmployment = "remote-employment"
    /// Starting an online business.
    case digitalEntrepreneurship = "digital-entrepreneurship"
    /// Making videos, podcasts, writing.
    case contentCreation = "content-creation"
    /// Short paid public work.
    case cashForWork = "cash-for-work"
    /// Learning a trade on the job.
    case apprenticeship
    /// Training that pays a stipend.
    case paidTraining = "paid-training"
}

/// How an evaluation measured its results.
public enum EvaluationMethod: String, ContentEnum {
    /// Randomised controlled trial.
    case rct
    /// A comparison group without randomisation.
    case quasiExperimental = "quasi-experimental"
    /// Before and after, no comparison group.
    case prePost = "pre-post"
    /// Interviews, focus groups.
    case qualitative
    /// Several of the above.
    case mixed
}

extension EvaluationMethod {
    /// Whether the design compares participants with a group that did not take part (RCT, quasi-experimental),
    /// so a difference between the groups can be read as the programme's effect.
    public var hasComparisonGroup: Bool { self == .rct || self == .quasiExperimental }
}

/// Where an opening's work is done.
public enum Workplace: String, ContentEnum {
    /// From anywhere allowed (`applicant_countries`).
    case remote
    /// Partly at a `location`, partly from home.
    case hybrid
    /// At a `location`.
    case onSite = "on-site"
}

/// The kind of contract an opening offers.
public enum EmploymentType: String, ContentEnum {
    /// Full-time employment.
    case fullTime = "full-time"
    /// Part-time employment.
    case partTime = "part-time"
    /// A fixed-term contract.
    case contract
    /// Freelance work.
    case freelance
    /// An internship.
    case internship
    /// An apprenticeship.
    case apprenticeship
    /// Temporary work.
    case temporary
    /// Cash for work.
    case cashForWork = "cash-for-work"
}

/// A device an opening needs.
public enum Device: String, ContentEnum {
    /// A smartphone is enough.
    case smartphone
    /// A laptop or desktop is needed.
    case laptop
}

/// What an opening needs or offers about the right to work.
public enum WorkPermit: String, ContentEnum {
    /// No permit needed (e.g. freelance work for foreign clients).
    case notRequired = "not-required"
    /// The employer sponsors the permit.
    case sponsored
    /// Refugee status is enough.
    case refugeeStatusAccepted = "refugee-status-accepted"
    /// The applicant must already have a permit.
    case required
}

/// The period a salary figure is paid for.
public enum SalaryPeriod: String, ContentEnum {
    /// Per hour.
    case hour
    /// Per day.
    case day
    /// Per week.
    case week
    /// Per month.
    case month
    /// Per year.
    case year
}

/// The four kinds of content, each in its own folder under `content/`.
public enum ContentKind: String, ContentEnum, Comparable {
    /// A success story (`content/stories/`).
    case story
    /// A programme evaluation (`content/evaluations/`).
    case evaluation
    /// A job opening (`content/openings/`).
    case opening
    /// A free page such as about or how to apply (`content/pages/`).
    case page

    /// The folder under `content/`: `stories`, `evaluations`, `openings`, `pages`.
    public var folder: String {
        switch self {
        case .story: return "stories"
        case .evaluation: return "evaluations"
        case .opening: return "openings"
        case .page: return "pages"
        }
    }

    /// Orders as declared: story, evaluation, opening, page.
    public static func < (lhs: ContentKind, rhs: ContentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
