import ArgumentParser
import Site

/// `pathways check`: validates content, templates and internal links; writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate content, templates and internal links without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let report = SiteBuilder(settings: try site.settings(output: nil)).check()
        try ReportPrinter.finish(report, verb: "checked", failure: "fix these before building (check writes nothing)", verbose: site.verbose)
    }
}
