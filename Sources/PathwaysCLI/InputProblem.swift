/// A wrong flag value or environment setting, printed as `Error: message` without the usage text.
struct InputProblem: Error, CustomStringConvertible {
    /// What is wrong and what to do instead.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
