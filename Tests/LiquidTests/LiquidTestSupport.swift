@testable import Liquid

/// Parses and renders `source` in an environment with `partials`, throwing the first error.
func renderTemplate(_ source: String, _ data: [String: Value] = [:], partials: [String: String] = [:],
            autoescape: Bool = false, strictVariables: Bool = false, strictFilters: Bool = false,
            limits: RenderLimits = RenderLimits()) throws -> String {
    let environment = TemplateEnvironment(loader: MemoryLoader(partials), autoescape: autoescape,
                                          strictVariables: strictVariables, strictFilters: strictFilters, limits: limits)
    return try environment.render(environment.parse(source, name: "page"), data: data)
}

/// The located messages of every error `source` raises when parsed and rendered.
func errorMessages(_ source: String, _ data: [String: Value] = [:], partials: [String: String] = [:],
                   strictVariables: Bool = false, strictFilters: Bool = false, limits: RenderLimits = RenderLimits()) -> [String] {
    let environment = TemplateEnvironment(loader: MemoryLoader(partials), strictVariables: strictVariables,
                                          strictFilters: strictFilters, limits: limits)
    do {
        let template = try environment.parse(source, name: "page")
        do {
            _ = try environment.render(template, data: data)
            return []
        } catch {
            return [error.description]
        }
    } catch {
        return error.errors.map(\.description)
    }
}
