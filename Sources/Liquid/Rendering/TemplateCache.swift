import Synchronization

/// Parsed templates by name, shared by every render of an environment.
final class TemplateCache: Sendable {
    private let templates = Mutex<[String: Template]>([:])

    /// The cached template `name`.
    /// - Complexity: O(1), under a lock held only for the lookup.
    func template(named name: String) -> Template? {
        templates.withLock { $0[name] }
    }

    /// Remembers `template` under `name`.
    func store(_ template: Template, named name: String) {
        templates.withLock { $0[name] = template }
    }
}
