import ArgumentParser

/// The `pathways` command: builds, checks and scaffolds a Pathways site.
public struct PathwaysCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pathways",
        abstract: "Build a small, fast, multilingual site of stories, evaluations and job openings.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}
}
