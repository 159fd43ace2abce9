import Liquid

/// Renders planned pages through the theme's layouts.
struct PageRenderer: Sendable {
    let theme: Theme
    let values: TemplateValues

    /// A renderer for one of several rendering threads: its own parsed templates and its own copy of the values every
    /// page reads, sharing the render memo (see ``TemplateEnvironment/withOwnTemplates()``).
    func replica() -> PageRenderer {
        PageRenderer(theme: theme.withOwnTemplates(), values: values.replica())
    }

    /// The page's HTML, or the template error that stopped it.
    func render(_ page: PlannedPage) throws(TemplateErrors) -> String {
        try theme.environment.render(named: page.layout, data: values.variables(for: page))
    }
}
