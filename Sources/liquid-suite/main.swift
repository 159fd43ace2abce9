import Foundation
import LiquidConformance

// liquid-suite PATH.json [--filter TEXT] [--verbose]
var arguments = Array(CommandLine.arguments.dropFirst())
var filter: String?
var verbose = false
var path: String?
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--filter":
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("liquid-suite: --filter needs a value\n".utf8))
            exit(2)
        }
        filter = arguments.removeFirst()
    case "--verbose":
        verbose = true
    default:
        path = argument
    }
}
guard let path else {
    FileHandle.standardError.write(Data("usage: liquid-suite PATH.json [--filter TEXT] [--verbose]\n".utf8))
    exit(2)
}
let suite: GoldenSuite
do {
    suite = try GoldenSuite(contentsOf: URL(fileURLWithPath: path))
} catch {
    FileHandle.standardError.write(Data("liquid-suite: cannot read \(path): \(error)\n".utf8))
    exit(2)
}
let report = suite.run(filter: filter)
for failure in report.failures {
    print("FAIL \(failure.name)")
    if verbose {
        print("  template: \(failure.template.debugDescription)")
        print("  expected: \(failure.expected)")
        print("  got:      \(failure.got.debugDescription)")
    }
}
print(report.summary)
exit(report.failed == 0 ? 0 : 1)
