import Synchronization

/// The diagnostics of the last rebuild if it failed, read by every HTML response to draw the overlay.
final class BuildStatus: Sendable {
    private let failure = Mutex<[String]?>(nil)

    /// Records a rebuild's outcome: a success clears the overlay, a failure sets it.
    func record(_ outcome: RebuildOutcome) {
        failure.withLock { current in
            switch outcome {
            case .built: current = nil
            case .failed(let diagnostics): current = diagnostics
            }
        }
    }

    /// The overlay markup to show, or nil while the site builds.
    var overlay: String? {
        failure.withLock { $0 }.map(ErrorOverlay.markup(diagnostics:))
    }
}
