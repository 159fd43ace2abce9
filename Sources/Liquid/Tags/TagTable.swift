/// Every tag the engine knows, by name: a new tag is one file plus one line here.
enum TagTable {
    nonisolated(unsafe) static let standard: [String: any Tag.Type] = {
        let tags: [any Tag.Type] = [
            AssignTag.self, CaptureTag.self, IncrementTag.self, DecrementTag.self,
            IfTag.self, UnlessTag.self, CaseTag.self,
            ForTag.self, BreakTag.self, ContinueTag.self, CycleTag.self, TablerowTag.self,
            RawTag.self, CommentTag.self, InlineCommentTag.self, DocTag.self, LiquidTag.self, EchoTag.self,
            IncludeTag.self, RenderTag.self, IfchangedTag.self,
            ExtendsTag.self, BlockTag.self,
        ]
        return Dictionary(tags.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }()
}
