import ArgumentParser
import Site

/// `pathways build`: renders the site into the output folder, all or nothing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: ROOT/public). Never the site folder, content/ or templates/.")
    var output: String?

    @Flag(name: .long, help: "Replace an output folder that Pathways did not make, deleting what is in it.")
    var force = false

    @Flag(name: .long, help: "Render every page again, ignoring what the last build recorded in .pathways-cache/.")
    var clean = false

    func run() throws {
        var settings = try site.settings(output: output ?? nil, force: force)
        settings.cache = clean ? .rebuild : .reuse
        // Deleting the previous output's thousands of folders can take longer than the build; a detached rm does it.
        settings.previousOutputRemoval = .background
        settings.processEndsAfterBuild = true
        let report = SiteBuilder(settings: settings).build()
        try ReportPrinter.finish(report, verb: "built",
                                 failure: "nothing was written, and \(settings.output.path) was left as it was", verbose: site.verbose)
    }
}
