import Foundation

extension RenderContext {
    /// The value of an expression; undefined variables are `nil` (or an error in strict mode).
    func evaluate(_ expression: Expression) throws(TemplateError) -> Value {
        switch expression {
        case .literal(let value):
            return value
        case .variable(let path):
            return try resolve(path)
        case .range(let lower, let upper):
            let lo = try rangeBound(try evaluate(lower))
            let hi = try rangeBound(try evaluate(upper))
            return .range(lo, hi)
        }
    }

    private func rangeBound(_ value: Value) throws(TemplateError) -> Int {
        switch value {
        case .int(let i): return i
        case .double(let d) where d.isFinite: return Int(d)
        case .string(let s), .safeString(let s):
            let t = s.trimmingCharacters(in: .whitespaces)
            if let i = Int(t) { return i }
            if let d = Double(t), d.isFinite { return Int(d) }
            return 0
        case .nil, .empty, .blank: return 0
        default: throw error("invalid range bound of type \(value.typeName); expected an integer")
        }
    }

    /// Follows a variable path.
    func resolve(_ path: VariablePath) throws(TemplateError) -> Value {
        var rootName = path.root
        if let dynamicRoot = path.dynamicRoot {
            let key = try evaluate(dynamicRoot)
            guard let name = key.stringValue else { return .nil }
            rootName = name
        }
        guard var value = variable(rootName) else {
            if environment.strictVariables { throw source.error(at: path.start, "undefined variable '\(path.root)'") }
            return .nil
        }
        // Indices rather than `for segment in`, which would copy every segment.
        for index in path.segments.indices {
            let next: Value?
            switch path.segments[index] {
            case .key(let key):
                next = value.property(key) ?? Self.hashPosition(value, key)
            case .index(let i):
                next = value.element(at: i) ?? value.property(String(i))
            case .dynamic(let expression):
                let key = try evaluate(expression)
                switch key {
                case .int(let i): next = value.element(at: i) ?? value.property(String(i))
                case .string(let s), .safeString(let s): next = value.property(s)
                case .double(let d) where d == d.rounded() && abs(d) < 1e15: next = value.element(at: Int(d))
                default: next = nil
                }
            }
            guard let next else {
                if environment.strictVariables { throw source.error(at: path.start, "undefined variable '\(path.described)'") }
                return .nil
            }
            value = next
        }
        return value
    }

    /// `first` of a hash: its first `[key, value]` pair (Liquid has no `last` for hashes).
    private static func hashPosition(_ value: Value, _ key: String) -> Value? {
        guard case .dictionary = value, key == "first" else { return nil }
        return value.elements.first ?? .nil
    }

    /// The value of an expression passed through its filters.
    func evaluate(_ filtered: FilteredExpression) throws(TemplateError) -> Value {
        var value = try evaluate(filtered.expression)
        // Indices rather than `for call in`, which would copy every call.
        for index in filtered.filters.indices {
            value = try apply(filtered.filters[index], to: value)
        }
        return value
    }

    private func apply(_ call: FilterCall, to value: Value) throws(TemplateError) -> Value {
        let function: FilterFunction
        if let resolved = call.resolved, resolved.version === environment.filters.version {
            function = resolved.function
        } else if let found = environment.filters[call.name] {
            function = found
        } else {
            if environment.strictFilters {
                throw source.error(at: call.start, "unknown filter '\(call.name)'\(Suggestion.hint(for: call.name, among: environment.filters.names))")
            }
            return value
        }
        let arguments = try filterArguments(for: call)
        try checkFilterInput(value, call.name)
        let result: Value
        do {
            result = try function(value, arguments)
        } catch {
            throw filterFailure(error, call)
        }
        try checkFilterResult(result, input: value, call.name)
        try countBuilt(result.builtSize)
        return result
    }

    /// The evaluated arguments of `call`, each checked like a filter's input.
    private func filterArguments(for call: FilterCall) throws(TemplateError) -> FilterArguments {
        let positional: [Value]
        if let constant = call.constantPositional {
            positional = constant
        } else {
            var evaluated: [Value] = []
            evaluated.reserveCapacity(call.positional.count)
            for argument in call.positional { evaluated.append(try evaluate(argument)) }
            positional = evaluated
        }
        var keyword: [String: Value] = [:]
        for (key, argument) in call.keyword { keyword[key] = try evaluate(argument) }
        for argument in positional { try checkFilterInput(argument, call.name) }
        return FilterArguments(filterName: call.name, positional: positional, keyword: keyword, context: filterContext)
    }

    /// A filter's error, located at the current node and prefixed with the filter's name.
    private func filterFailure(_ failure: any Error, _ call: FilterCall) -> TemplateError {
        if let failure = failure as? FilterError { return error("\(call.name): \(failure.message)") }
        return error("\(call.name): \(failure)")
    }

    /// The value of `assign target = target | f: ... | more` when `f` has an in-place
    /// form (``FilterTable/inPlace(_:)``, e.g. `append`) and `target` is an assigned
    /// variable: the variable's value is taken out of the assigns so its buffer is
    /// uniquely referenced, then grown in place. A loop appending to a variable thus
    /// runs in linear time, where copying the value each time would be quadratic.
    /// - Returns: `nil` when the shortcut does not apply; evaluate normally then.
    func evaluateInPlace(_ filtered: FilteredExpression, into target: String) throws(TemplateError) -> Value? {
        guard let call = filtered.filters.first, let update = environment.filters.inPlace(call.name),
              !hasLocal(target), assigns[target] != nil else { return nil }
        // Arguments first: they may read the variable (`s | append: s`).
        let arguments = try filterArguments(for: call)
        guard var value = assigns.removeValue(forKey: target) else { return nil }
        try checkFilterInput(value, call.name)
        let sizeBefore = value.builtSize
        do {
            try update(&value, arguments)
        } catch {
            assigns[target] = value
            throw filterFailure(error, call)
        }
        try checkFilterResult(value, input: .nil, call.name)
        try countBuilt(max(0, value.builtSize - sizeBefore))
        for index in filtered.filters.indices.dropFirst() {
            value = try apply(filtered.filters[index], to: value)
        }
        return value
    }

    /// Filters walk ranges item by item, so a range longer than the loop limit is refused
    /// before `(1..9223372036854775807) | join` tries to build it.
    private func checkFilterInput(_ value: Value, _ name: String) throws(TemplateError) {
        guard case .range(let lo, let hi) = value else { return }
        let count = Value.rangeCount(lo, hi)
        if count > environment.limits.maxLoopIterations {
            throw error("\(name): a range of \(count) items exceeds the loop limit of \(environment.limits.maxLoopIterations)")
        }
    }

    /// Keeps values built by filters within the limits, so assigning `a | append: a` or
    /// `a | concat: a` over and over fails cleanly instead of doubling until memory runs out.
    private func checkFilterResult(_ result: Value, input: Value, _ name: String) throws(TemplateError) {
        switch result {
        case .string(let s), .safeString(let s):
            if s.utf8.count > environment.limits.maxOutputBytes {
                throw error("\(name): result exceeds the output limit of \(environment.limits.maxOutputBytes) bytes")
            }
        case .array(let a):
            // Arrays from the data may be large; only growth past the loop limit is refused.
            if a.count > environment.limits.maxLoopIterations, a.count > input.elementCount {
                throw error("\(name): result has \(a.count) items, more than the loop limit of \(environment.limits.maxLoopIterations)")
            }
        default:
            break
        }
    }

    // MARK: - Conditions

    /// Whether a condition holds; `and`/`or` group from the right as in Liquid.
    func test(_ condition: Condition) throws(TemplateError) -> Bool {
        switch condition {
        case .value(let expression):
            return try evaluate(expression).isTruthy
        case .chain(let first, let rest):
            // Grouped from the right, `a and (b or (c ...))` settles at the first term that decides
            // its own connective: false before `and`, true before `or`; else the last term decides.
            var term = first
            for (connective, next) in rest {
                let holds = try test(term)
                switch connective {
                case .and where !holds: return false
                case .or where holds: return true
                default: term = next
                }
            }
            return try test(term)
        case .comparison(let op, let left, let right, _):
            let a = try evaluate(left)
            let b = try evaluate(right)
            switch op {
            case .equal: return a.liquidEquals(b)
            case .notEqual: return !a.liquidEquals(b)
            case .contains: return Self.contains(a, b)
            case .less, .greater, .lessOrEqual, .greaterOrEqual:
                guard let order = a.liquidCompare(b) else {
                    if Self.isOrderable(a) && Self.isOrderable(b) {
                        throw error("cannot compare \(a.typeName) with \(b.typeName) using '\(op.rawValue)'")
                    }
                    return false
                }
                switch op {
                case .less: return order == .orderedAscending
                case .greater: return order == .orderedDescending
                case .lessOrEqual: return order != .orderedDescending
                default: return order != .orderedAscending
                }
            }
        }
    }

    private static func isOrderable(_ value: Value) -> Bool {
        switch value {
        case .int, .double, .string, .safeString: return true
        default: return false
        }
    }

    /// `contains`: substring of a string, element of an array, key of a hash.
    static func contains(_ container: Value, _ item: Value) -> Bool {
        guard item.isTruthy else { return false }
        switch container {
        case .string(let s), .safeString(let s):
            guard !item.isNil else { return false }
            let needle = item.renderedText
            return s.liquidContains(needle)
        case .array(let a):
            return a.contains { $0.liquidEquals(item) }
        case .dictionary(let d):
            return item.stringValue.map { d[$0] != nil } ?? false
        case .range(let lo, let hi):
            if case .int(let i) = item { return i >= lo && i <= hi }
            return false
        default:
            return false
        }
    }
}

extension Value {
    /// What a built value counts against ``RenderLimits/maxBuiltSize``: bytes of text, items of an array.
    var builtSize: Int {
        switch self {
        case .string(let text), .safeString(let text): return text.utf8.count
        case .array(let items): return items.count
        default: return 0
        }
    }
}
