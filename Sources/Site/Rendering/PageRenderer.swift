import Liquid

/// Renders planned pages through the theme's layouts.
struct PageRenderer: Sendable {
    let theme: Theme
    let values: TemplateValues

    /// The page's HTML, or the template error that stopped it.
    func render(_ page: PlannedPage) throws(TemplateErrors) -> String {
        try theme.environment.render(named: page.layout, data: values.variables(for: page))
    }
}
