import ArgumentParser
import Site

/// `pathways build`: renders the site into the output folder, all or nothing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: ROOT/public).")
    var output: String?

    func run() throws {
        let report = SiteBuilder(settings: try site.settings(output: output)).build()
        try ReportPrinter.finish(report, verb: "built")
    }
}
