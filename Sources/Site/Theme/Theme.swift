import Content
import Foundation
import Diagnostics
import Liquid

/// A site's templates: its layouts and partials, ready to render, its interface strings, and its assets.
///
/// Every file is read through the site's ``SiteFolder``, so a theme file that
/// links out of the site, or is not a regular file, is reported and never read.
struct Theme: Sendable {
    /// The layouts every theme must have.
    static let requiredLayouts = ["home", "list", "story", "evaluation", "opening", "page", "tags", "tag", "facet", "search", "404"]

    let environment: TemplateEnvironment
    let strings: InterfaceStrings
    /// Files under `templates/assets`, published under `assets/`.
    let assets: [SiteFile]
    /// Template name (`base`, `item-card`) → its file, relative to the site root.
    let templatePaths: [String: String]

    /// This theme with templates parsed again for one rendering thread (see ``TemplateEnvironment/withOwnTemplates()``).
    func withOwnTemplates() -> Theme {
        Theme(environment: environment.withOwnTemplates(), strings: strings, assets: assets, templatePaths: templatePaths)
    }

    /// Whether `name`, a file's path within `layouts/` or `partials/`, is a template: a `.liquid` file directly inside.
    static func isTemplateFile(_ name: String) -> Bool {
        name.hasSuffix(".liquid") && !name.contains("/")
    }

    /// Loads the theme in `templates/`, parsing every template so that all
    /// syntax errors are reported in one run.
    /// - Parameter buildDate: what `'now'` and `'today'` mean in templates, so output never depends on the clock.
    static func load(site: SiteFolder, defaultLanguage: String, buildDate: BuildDate, autoescape: Bool = true,
                     diagnostics: inout [Diagnostic]) -> Theme {
        let files = site.files(under: "templates", diagnostics: &diagnostics)
        var sources: [String: String] = [:]
        var templatePaths: [String: String] = [:]
        var stringFiles: [(file: String, text: String)] = []
        for file in files {
            let parts = file.path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let path = "templates/" + file.path
            switch parts[0] {
            // Each pattern has its own `where`: one shared clause would test only `partials`, and a theme's
            // `layouts/README.md` would be parsed as a template named `RE`.
            case "layouts" where Self.isTemplateFile(parts[1]), "partials" where Self.isTemplateFile(parts[1]):
                let name = String(parts[1].dropLast(".liquid".count))
                if let existing = templatePaths[name] {
                    diagnostics.append(.error("two templates are named '\(name)': \(existing) and \(path); rename one", path: path))
                    continue
                }
                guard let text = site.text(path, diagnostics: &diagnostics) else { continue }
                sources[name] = text
                templatePaths[name] = path
            case "i18n" where (parts[1].hasSuffix(".yml") || parts[1].hasSuffix(".yaml")) && !parts[1].contains("/"):
                if let text = site.text(path, diagnostics: &diagnostics) { stringFiles.append((parts[1], text)) }
            default:
                continue
            }
        }
        let midnight = Date(timeIntervalSince1970: Double(buildDate.daysSinceEpoch) * 86_400)
        var environment = TemplateEnvironment(loader: MemoryLoader(sources), autoescape: autoescape, now: midnight)
        // One build's data never changes, so a partial rendered with the same arguments is copied, not rendered again.
        // One language's cards take 25–35 MB at 10,000 items; at 50,000 they outgrow the memo, which then lets its
        // older generation go (see RenderMemo) and keeps that build under 1 GB (256 MB: 1,044 MB, 128 MB: 1,015 MB).
        // Emptying it whole at the limit instead cost the 50,000-item build a quarter of its render time.
        environment.renderMemo = RenderMemo(byteLimit: 128 << 20)
        let strings = InterfaceStrings.load(stringFiles, defaultLanguage: defaultLanguage, diagnostics: &diagnostics)
        let assets = files.filter { $0.path.hasPrefix("assets/") }.map { SiteFile(path: String($0.path.dropFirst("assets/".count)), sourcePath: $0.sourcePath) }
        let theme = Theme(environment: environment, strings: strings, assets: assets, templatePaths: templatePaths)

        for layout in requiredLayouts where templatePaths[layout] != "templates/layouts/\(layout).liquid" {
            diagnostics.append(.error("missing layout '\(layout)'; every theme needs \(requiredLayouts.joined(separator: ", "))",
                                      path: "templates/layouts/\(layout).liquid"))
        }
        for name in templatePaths.keys.sorted() {
            do {
                _ = try environment.template(named: name)
            } catch {
                diagnostics += error.errors.map(theme.diagnostic)
            }
        }
        return theme
    }

    /// A template error as a located diagnostic under `templates/`.
    func diagnostic(_ error: TemplateError) -> Diagnostic {
        Diagnostic(severity: .error, path: path(ofTemplate: error.templateName), line: error.line, column: error.column, message: error.message)
    }

    /// The file behind a template name, relative to the site root.
    func path(ofTemplate name: String) -> String {
        let bare = name.hasSuffix(".liquid") ? String(name.dropLast(".liquid".count)) : name
        return templatePaths[bare] ?? "templates/\(bare).liquid"
    }
}
