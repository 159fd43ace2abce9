/// What an outcome's values are measured in, which decides how differences read.
public enum OutcomeUnit: Sendable, Hashable {
    /// `%`: differences between percentages are percentage points, never percent.
    case percent
    /// Anything else (`USD`, `hours`, `people`): differences are in the same unit.
    case other(String)

    /// `%`, `percent` or `per cent` (any case) is ``percent``.
    public init(_ unit: String) {
        switch unit.trimmed.lowercased() {
        case "%", "percent", "per cent", "pct": self = .percent
        default: self = .other(unit.trimmed)
        }
    }
}

/// A difference between two outcome values, with the unit it is read in.
public struct OutcomeDifference: Sendable, Hashable {
    /// How a difference is measured.
    public enum Unit: Sendable, Hashable {
        /// Between two percentages: "12 percentage points".
        case percentagePoints
        /// In the outcome's own unit, e.g. `USD`.
        case same(String)
    }

    /// The difference (positive when the later or treated value is higher).
    public var value: Double
    /// How to read it.
    public var unit: Unit

    /// Creates a difference.
    public init(value: Double, unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// A difference in the unit of `outcomeUnit`.
    init(_ value: Double, in outcomeUnit: OutcomeUnit) {
        self.value = value
        switch outcomeUnit {
        case .percent: unit = .percentagePoints
        case .other(let name): unit = .same(name)
        }
    }
}

/// A comparison group's values for one outcome, `comparison: {baseline, endline}`.
public struct GroupValues: Sendable, Hashable, Codable {
    /// Before the programme.
    public var baseline: Double
    /// After it.
    public var endline: Double

    /// Creates a comparison group's values.
    public init(baseline: Double, endline: Double) {
        self.baseline = baseline
        self.endline = endline
    }
}

/// An effect the study itself reports, `effect: {estimate, ci_low, ci_high, standard_error}`;
/// `ci_low <= estimate <= ci_high` when the interval is given.
public struct ReportedEffect: Sendable, Hashable, Codable {
    /// The estimated effect, in the outcome's unit (percentage points for `%`).
    public var estimate: Double
    /// The lower end of the confidence interval.
    public var ciLow: Double?
    /// The upper end of the confidence interval.
    public var ciHigh: Double?
    /// The standard error of the estimate.
    public var standardError: Double?

    /// Creates a reported effect.
    public init(estimate: Double, ciLow: Double? = nil, ciHigh: Double? = nil, standardError: Double? = nil) {
        self.estimate = estimate
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.standardError = standardError
    }
}

/// An outcome's effect, either as the study reports it or computed from a comparison group.
public struct OutcomeEffect: Sendable, Hashable {
    /// Where the figure comes from.
    public enum Source: String, Sendable, Hashable {
        /// `effect.estimate` as the study reports it (its own model, with its interval).
        case reported
        /// Participants' change minus the comparison group's change.
        case differenceInDifferences = "difference-in-differences"
    }

    /// How the figure was obtained.
    public var source: Source
    /// The effect, in percentage points for `%` outcomes.
    public var estimate: OutcomeDifference
    /// The confidence interval, when reported.
    public var ciLow: Double?
    /// The upper end of the interval, when reported.
    public var ciHigh: Double?
    /// The standard error, when reported.
    public var standardError: Double?

    /// Creates an effect.
    public init(source: Source, estimate: OutcomeDifference, ciLow: Double? = nil, ciHigh: Double? = nil, standardError: Double? = nil) {
        self.source = source
        self.estimate = estimate
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.standardError = standardError
    }
}

extension Evaluation.Outcome {
    /// What the values are measured in.
    public var unitKind: OutcomeUnit { OutcomeUnit(unit) }

    /// Participants' endline minus baseline: a before/after change, never an effect (other things changed too).
    public var beforeAfterChange: OutcomeDifference { OutcomeDifference(endline - baseline, in: unitKind) }

    /// The comparison group's endline minus baseline, when there is one.
    public var comparisonChange: OutcomeDifference? {
        comparison.map { OutcomeDifference($0.endline - $0.baseline, in: unitKind) }
    }

    /// Participants' change minus the comparison group's, when there is a comparison group.
    public var differenceInDifferences: OutcomeDifference? {
        comparison.map { OutcomeDifference((endline - baseline) - ($0.endline - $0.baseline), in: unitKind) }
    }

    /// The programme's effect: the study's reported estimate if any, else the difference-in-differences
    /// when a comparison group exists; `nil` for a before/after study, whose change is not an effect.
    public var estimatedEffect: OutcomeEffect? {
        if let effect {
            return OutcomeEffect(source: .reported, estimate: OutcomeDifference(effect.estimate, in: unitKind),
                                 ciLow: effect.ciLow, ciHigh: effect.ciHigh, standardError: effect.standardError)
        }
        guard let differenceInDifferences else { return nil }
        return OutcomeEffect(source: .differenceInDifferences, estimate: differenceInDifferences)
    }
}

extension Evaluation {
    /// Whether the study compares participants with a group that did not take part: its method says so,
    /// or an outcome gives comparison values.
    public var hasComparisonGroup: Bool {
        (method?.hasComparisonGroup ?? false) || outcomes.contains { $0.comparison != nil }
    }
}
