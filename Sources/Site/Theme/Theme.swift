import Diagnostics
import Foundation
import Liquid

/// A site's templates: its layouts and partials, ready to render, and its interface strings.
struct Theme: Sendable {
    /// The layouts every theme must have.
    static let requiredLayouts = ["home", "list", "story", "evaluation", "opening", "page", "tags", "tag", "404"]

    let environment: TemplateEnvironment
    let strings: InterfaceStrings
    /// `templates/`, for locating errors and copying assets.
    let folder: URL

    /// Loads the theme in `root/templates`, parsing every template so that all
    /// syntax errors are reported in one run.
    static func load(root: URL, defaultLanguage: String, autoescape: Bool = true, diagnostics: inout [Diagnostic]) -> Theme {
        let folder = root.appendingPathComponent("templates", isDirectory: true)
        let layouts = folder.appendingPathComponent("layouts", isDirectory: true)
        let partials = folder.appendingPathComponent("partials", isDirectory: true)
        let environment = TemplateEnvironment(
            loader: FileSystemLoader(directories: [layouts, partials]), autoescape: autoescape)

        var problems: [(file: String, line: Int, column: Int, message: String)] = []
        let strings = InterfaceStrings.load(
            from: folder.appendingPathComponent("i18n", isDirectory: true), defaultLanguage: defaultLanguage, problems: &problems)
        for problem in problems {
            diagnostics.append(Diagnostic(severity: .error, path: "templates/i18n/\(problem.file)", line: problem.line, column: problem.column, message: problem.message))
        }

        let theme = Theme(environment: environment, strings: strings, folder: folder)
        for layout in requiredLayouts where !FileManager.default.fileExists(atPath: layouts.appendingPathComponent("\(layout).liquid").path) {
            diagnostics.append(Diagnostic(severity: .error, path: "templates/layouts/\(layout).liquid", line: 1, column: 1,
                                          message: "missing layout '\(layout)'; every theme needs \(requiredLayouts.joined(separator: ", "))"))
        }
        for (subfolder, url) in [("layouts", layouts), ("partials", partials)] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".liquid") }.sorted()
            for file in names {
                let name = String(file.dropLast(".liquid".count))
                do {
                    _ = try environment.template(named: name)
                } catch {
                    diagnostics += error.errors.map(theme.diagnostic)
                }
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
        let file = name.hasSuffix(".liquid") ? name : name + ".liquid"
        for subfolder in ["layouts", "partials"] {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(subfolder).appendingPathComponent(file).path) {
                return "templates/\(subfolder)/\(file)"
            }
        }
        return "templates/\(file)"
    }
}
