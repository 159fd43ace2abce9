import Foundation

/// The state of one render: variables, counters, loop state and the output buffer.
///
/// A class because tags nested in one another all write to the same state;
/// one context serves one render on one thread and is never shared.
///
/// Its mutable state is `@exclusivity(unchecked)`: every access is short (no
/// property is held `inout` across a call that renders), so the runtime
/// exclusivity checks, which cost about a tenth of a render, find nothing.
final class RenderContext {
    /// What `break` and `continue` leave behind for the enclosing loop.
    enum Interrupt { case none, `break`, `continue` }

    /// Totals shared by a render and the isolated contexts of its `render` tags.
    final class Budget {
        @exclusivity(unchecked) var iterations = 0
        /// Bytes of text and items of arrays built by filters and `capture` (see ``RenderLimits/maxBuiltSize``).
        @exclusivity(unchecked) var built = 0
    }

    let environment: TemplateEnvironment
    /// What filters are told: the environment's context with its escaping and limits.
    let filterContext: FilterContext
    /// The template being rendered, for locating errors.
    @exclusivity(unchecked) var source: SourceFile
    /// Byte offset of the node being rendered, for locating errors.
    @exclusivity(unchecked) var position = 0
    /// The one growing output buffer.
    @exclusivity(unchecked) var output: String = ""

    /// Loop variables and other block-local bindings, innermost last.
    @exclusivity(unchecked) private(set) var localNames: [String] = []
    @exclusivity(unchecked) private(set) var localValues: [Value] = []
    /// Variables set by `assign` and `capture`.
    @exclusivity(unchecked) var assigns = AssignedVariables()
    /// The data the template was rendered with.
    let data: [String: Value]
    /// `increment`/`decrement` counters, apart from assigns as in Liquid.
    @exclusivity(unchecked) var counters: [String: Int] = [:]
    /// `cycle` positions by group.
    @exclusivity(unchecked) var cycles: [String: Int] = [:]
    /// Where `offset: continue` resumes, by loop.
    @exclusivity(unchecked) var loopOffsets: [String: Int] = [:]
    /// The enclosing `for` loops' objects, innermost last (for `parentloop`).
    @exclusivity(unchecked) var loops: [ForloopDrop] = []
    @exclusivity(unchecked) var interrupt: Interrupt = .none
    /// The last output of `ifchanged`.
    @exclusivity(unchecked) var lastChanged: String?
    /// Nesting of include/render/extends.
    @exclusivity(unchecked) var depth = 0
    let budget: Budget
    /// Inheritance: for each block name, its overriding definitions from the most derived template up.
    @exclusivity(unchecked) var blockChain: [String: [BlockDefinition]] = [:]

    init(environment: TemplateEnvironment, source: SourceFile, data: [String: Value], budget: Budget = Budget()) {
        self.environment = environment
        var filterContext = environment.filterContext
        filterContext.autoescape = environment.autoescape
        filterContext.limits = environment.limits
        self.filterContext = filterContext
        self.source = source
        self.data = data
        self.budget = budget
    }

    /// A located error at the current node.
    func error(_ message: String) -> TemplateError {
        source.error(at: position, message)
    }

    // MARK: - Scopes

    /// Binds `name` in a new innermost local scope slot; returns the slot for fast updates.
    @discardableResult
    func pushLocal(_ name: String, _ value: Value) -> Int {
        localNames.append(name)
        localValues.append(value)
        return localValues.count - 1
    }

    /// Replaces the value in slot `slot`.
    @inline(__always)
    func setLocal(_ slot: Int, _ value: Value) {
        localValues[slot] = value
    }

    /// Removes the `count` innermost local bindings.
    func popLocals(_ count: Int) {
        localNames.removeLast(count)
        localValues.removeLast(count)
    }

    /// The value of variable `name`: locals, then assigns, then counters, then data.
    func variable(_ name: String) -> Value? {
        var i = localNames.count - 1
        while i >= 0 {
            if localNames[i] == name { return localValues[i] }
            i -= 1
        }
        // Most templates assign little and count nothing: an empty table is not hashed into.
        if !assigns.isEmpty, let v = assigns[name] { return v }
        if !counters.isEmpty, let c = counters[name] { return .int(c) }
        return data[name]
    }

    // MARK: - Output

    /// Appends literal text.
    @inline(__always)
    func write(_ text: String) throws(TemplateError) {
        output.append(text)
        if output.utf8.count > environment.limits.maxOutputBytes { throw outputLimitError() }
    }

    /// Appends a value as `{{ }}` prints it, escaping when autoescape is on.
    func write(_ value: Value) throws(TemplateError) {
        switch value {
        case .string(let s):
            if environment.autoescape { HTMLEscaping.append(s, to: &output) } else { output.append(s) }
        case .safeString(let s): output.append(s)
        case .int(let i): output.append(String(i))
        case .nil, .empty, .blank: return
        default:
            let text = value.renderedText
            if environment.autoescape { HTMLEscaping.append(text, to: &output) } else { output.append(text) }
        }
        if output.utf8.count > environment.limits.maxOutputBytes { throw outputLimitError() }
    }

    private func outputLimitError() -> TemplateError {
        error("output exceeds the limit of \(environment.limits.maxOutputBytes) bytes")
    }

    /// Renders `body` into a fresh buffer and returns the text (for `capture`, `ifchanged`).
    func capture(_ body: [Node]) throws(TemplateError) -> String {
        var saved = ""
        swap(&saved, &output)
        defer { swap(&saved, &output) }
        try render(body)
        try countBuilt(output.utf8.count)
        return output
    }

    // MARK: - Rendering

    /// Renders nodes in order, stopping at `break`/`continue` for the enclosing loop to handle.
    func render(_ nodes: [Node]) throws(TemplateError) {
        // Indices rather than `for node in`, which would copy every node.
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text):
                try write(text)
            case .output(let expression, let start):
                position = start
                try write(try evaluate(expression))
            case .tag(let box):
                try box.tag.render(self)
                if interrupt != .none { return }
            }
        }
    }

    /// Counts one loop iteration against the budget.
    @inline(__always)
    func countIteration() throws(TemplateError) {
        budget.iterations += 1
        if budget.iterations > environment.limits.maxLoopIterations {
            throw error("loops ran more than \(environment.limits.maxLoopIterations) iterations in total")
        }
    }

    /// Counts `size` bytes or items built by a filter or `capture` against the budget.
    func countBuilt(_ size: Int) throws(TemplateError) {
        budget.built += size
        if budget.built > environment.limits.maxBuiltSize {
            throw error("filters and captures built more than \(environment.limits.maxBuiltSize) bytes and items in total (a value regrown in a loop? append to it instead)")
        }
    }

    /// Whether a loop variable or other block-local binding called `name` exists (it hides assigns).
    func hasLocal(_ name: String) -> Bool {
        localNames.contains(name)
    }

    /// Enters an include, render or extends level, failing past the depth limit.
    func enter() throws(TemplateError) {
        depth += 1
        if depth > environment.limits.maxDepth {
            throw error("templates nested more than \(environment.limits.maxDepth) deep (a partial including itself?)")
        }
    }

    /// The template called `name`, or an error located at the current node.
    func load(_ name: String) throws(TemplateError) -> Template {
        do {
            return try environment.template(named: name)
        } catch {
            if error.errors.count == 1, error.errors[0].message.hasPrefix("template '") {
                throw self.error(error.errors[0].message)
            }
            throw error.errors.first ?? self.error("cannot load template '\(name)'")
        }
    }
}
