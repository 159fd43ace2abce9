import ArgumentParser
import Content
import DevServer
import Foundation
import Site

/// `pathways serve`: builds the site, serves it on this machine, and rebuilds and reloads open pages on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site on this machine, rebuilding and reloading the page on every save.",
        discussion: "The site is built into ROOT/.pathways-cache/serve/site, never into public/. "
            + "Pages link to the server's own address unless --base-url is given. Ctrl-C stops.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: Int = 1313

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 lets other devices on the network see the site.")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be a number from 0 to 65535, found \(port)")
        }
        guard !host.isEmpty else { throw ValidationError("--host is empty; use 127.0.0.1 to serve only to this machine") }
    }

    func run() async throws {
        let settings = try site.settings(output: nil)
        // A folder that is no site (a mistaken --root) has nothing to watch: its error, and no server.
        let problems = ContentLoader(root: settings.root).rootProblems()
        guard problems.isEmpty else {
            FileHandleOutput.standardError(problems.map(\.description).joined(separator: "\n"))
            throw ExitCode.failure
        }
        let serving = SiteServing(settings: settings, host: host, port: port, baseURL: settings.baseURLOverride, verbose: site.verbose)
        let server = serving.makeServer { message in
            if message.isError {
                FileHandleOutput.standardError(message.description)
            } else {
                // Written at once, not buffered, so a script reading a pipe sees each line as it happens.
                FileHandle.standardOutput.write(Data((message.description + "\n").utf8))
            }
        }
        // What the rebuilds kept in memory goes to .pathways-cache/ when the server stops, for the next serve or build.
        defer { serving.session.close() }
        do {
            try await server.run()
        } catch let error as DevServerError {
            FileHandleOutput.standardError(error.description)
            throw ExitCode.failure
        }
    }
}
