/// What one rebuild of the site came to.
public enum RebuildOutcome: Sendable, Equatable {
    /// The site was rebuilt and swapped in; `summary` is one line for the terminal.
    case built(summary: String)
    /// The rebuild failed and the last good site stays; each diagnostic reads `path:line:column: error: message`.
    case failed(diagnostics: [String])
}
