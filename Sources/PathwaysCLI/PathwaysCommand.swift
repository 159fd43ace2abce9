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

    /// Parses the process's arguments and runs the subcommand they name, awaiting the asynchronous ones (`serve`);
    /// exits the process with the command's status.
    public static func runFromCommandLine() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
