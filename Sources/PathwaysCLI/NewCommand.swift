import ArgumentParser
import Content
import Site
import Foundation

/// `pathways new story|evaluation|opening "Title"`: writes a content file to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Create a story, evaluation or opening with every field ready to fill in.")

    @Argument(help: "What to create: story, evaluation or opening.")
    var kind: String

    @Argument(help: "The title.")
    var title: String

    @Option(name: .long, help: "The site's folder (holding content/).")
    var root: String = "."

    @Option(name: .long, help: "The language of the new item (ISO 639-1).")
    var lang: String = "en"

    func run() throws {
        guard let kind = ItemScaffold.Kind(rawValue: kind) else {
            throw InputProblem("unknown kind '\(kind)'; expected story, evaluation or opening")
        }
        let language: LanguageCode
        do {
            language = try LanguageCode(lang)
        } catch {
            throw InputProblem("--lang: \(error.message)")
        }
        guard !title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw InputProblem("the title holds a line break or another control character; write it on one line")
        }
        let now = Date()
        let today = BuildDate(now).text
        let expires = BuildDate(now.addingTimeInterval(30 * 86_400)).text
        let slug = ItemScaffold.slug(for: title, fallback: "\(kind.rawValue)-\(today)")
        let rootURL = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var fileSystem = DiskFileSystem()
        let path = try ItemScaffold.create(kind: kind, title: title, slug: slug, today: today, expires: expires, language: language,
                                           siteRoot: rootURL.standardizedFileURL.path, fileSystem: &fileSystem)
        print("created \(path)")
    }
}
