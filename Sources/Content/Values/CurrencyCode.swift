/// ISO 4217 currency codes, for salaries and costs.
public enum CurrencyCode {
    /// Checks `text` is an ISO 4217 alphabetic code and returns it uppercased (`usd` → `USD`).
    /// - Throws: ``InvalidValue`` when it is not.
    public static func validated(_ text: String) throws(InvalidValue) -> String {
        let upper = text.uppercased()
        guard ISOTables.currencies.contains(upper) else {
            throw InvalidValue("unknown currency '\(text)'; expected an ISO 4217 code such as 'USD', 'EUR' or 'JOD'")
        }
        return upper
    }
}
