import Yams

/// Where a Yams error points, and its problem, for a located diagnostic.
struct YAMLErrorPlace {
    var line = 1
    var column = 1
    var message: String

    init(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            line = mark.line
            column = mark.column
            message = "YAML: " + problem + (context.map { " (\($0.text))" } ?? "")
        default:
            message = "YAML: \(error)"
        }
    }
}
