import Foundation

/// Everything templates share: the loader, the filters, escaping, strictness and limits.
///
/// An environment is a value that can be shared by many threads; parsed
/// templates are cached in it, so a site parses each template once.
public struct TemplateEnvironment: Sendable {
    /// Where `include`, `render`, `extends` and ``template(named:)`` find templates.
    public let loader: any TemplateLoader
    /// The filters templates may call; register extra ones before the first render.
    public var filters: FilterTable
    /// Whether `{{ }}` HTML-escapes strings that are not marked safe.
    public var autoescape: Bool
    /// Whether reading an undefined variable is an error.
    public var strictVariables: Bool
    /// Whether an unknown filter is an error (at parse time and at render time).
    public var strictFilters: Bool
    /// Bounds on depth, loop iterations and output size.
    public var limits: RenderLimits
    /// What filters may know about the environment (clock, time zone, escaping).
    public var filterContext: FilterContext
    /// The moment `'now'` and `'today'` stand for in the `date` filter (a static
    /// site passes its build date). When set, rendering never reads the clock, so
    /// output depends only on the template and its data; when `nil`, `'now'` is
    /// the system clock at the time the filter runs, as in Shopify Liquid.
    public var now: Date? {
        get { filterContext.now }
        set { filterContext.now = newValue }
    }
    /// Where `render` calls keep their output for reuse (see ``RenderMemo``); `nil`, the default, keeps nothing.
    public var renderMemo: RenderMemo?
    private(set) var cache = TemplateCache()

    /// Creates an environment; `safe` and `raw` are added to `filters`. A non-nil
    /// `now` replaces `filterContext.now` (see ``now``).
    public init(loader: any TemplateLoader = MemoryLoader([:]), filters: FilterTable = .standard,
                autoescape: Bool = false, strictVariables: Bool = false, strictFilters: Bool = false,
                limits: RenderLimits = RenderLimits(), filterContext: FilterContext = FilterContext(), now: Date? = nil) {
        self.loader = loader
        var table = filters
        SafeFilters.register(in: &table)
        self.filters = table
        self.autoescape = autoescape
        self.strictVariables = strictVariables
        self.strictFilters = strictFilters
        self.limits = limits
        var context = filterContext
        context.autoescape = autoescape
        context.limits = limits
        if let now { context.now = now }
        self.filterContext = context
    }

    /// A copy for one of several rendering threads: it parses its templates again into its own cache and has its own
    /// filter table, so that the threads do not count references on the same template nodes and tables (on two
    /// cores, two threads sharing one environment rendered 1.2 times what one thread does; with their own, 1.8 times).
    /// The ``renderMemo`` stays shared: it is what lets one thread reuse a partial another rendered.
    public func withOwnTemplates() -> TemplateEnvironment {
        var copy = self
        copy.cache = TemplateCache()
        copy.filters = filters.copy()
        return copy
    }

    /// Parses `source`, reporting every syntax error found.
    /// - Complexity: O(n) in the template's length.
    public func parse(_ source: String, name: String) throws(TemplateErrors) -> Template {
        let file = SourceFile(name: name, text: source)
        var lexer = MarkupLexer(source: file)
        lexer.run()
        let options = ParseOptions(filters: filters, strictFilters: strictFilters, tags: TagTable.standard, maxNesting: limits.maxDepth)
        var parser = Parser(source: file, tokens: lexer.tokens, options: options)
        let nodes = parser.parseDocument()
        let errors = (lexer.errors + parser.errors).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard errors.isEmpty else { throw TemplateErrors(errors) }
        return Template(name: name, source: file, nodes: nodes, parent: parser.parent?.expression,
                        parentPosition: parser.parent?.position ?? 0, blocks: parser.blocks)
    }

    /// The template called `name` from the loader, parsed once and cached.
    public func template(named name: String) throws(TemplateErrors) -> Template {
        if let cached = cache.template(named: name) { return cached }
        let text: String?
        do {
            text = try loader.source(named: name)
        } catch {
            throw TemplateErrors([TemplateError(templateName: name, line: 1, column: 1, message: "cannot read template '\(name)': \(error)")])
        }
        guard let text else {
            throw TemplateErrors([TemplateError(templateName: name, line: 1, column: 1, message: "template '\(name)' not found")])
        }
        let template = try parse(text, name: name)
        cache.store(template, named: name)
        return template
    }

    /// Renders `template` with `data` as its variables.
    /// - Complexity: proportional to the output and the loops run, bounded by ``limits``.
    public func render(_ template: Template, data: [String: Value]) throws(TemplateError) -> String {
        let context = RenderContext(environment: self, source: template.source, data: data)
        // Output is usually about as long as the source (partials and loops add to it):
        // twice that avoids regrowing and copying the buffer in most renders.
        context.output.reserveCapacity(max(1024, template.source.bytes.count * 2))
        try context.renderTemplate(template)
        return context.output
    }

    /// Loads, parses (once) and renders the template called `name`.
    public func render(named name: String, data: [String: Value]) throws(TemplateErrors) -> String {
        let template = try template(named: name)
        do {
            return try render(template, data: data)
        } catch {
            throw TemplateErrors([error])
        }
    }
}
