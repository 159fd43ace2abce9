internal import CCmarkGFM
import Synchronization

/// One parsed Markdown document: owns the cmark-gfm parser and the node tree, and frees both.
final class CMarkDocument {
    private let parser: OpaquePointer
    private let root: OpaquePointer
    private let options: Int32

    /// cmark-gfm 0.29 adds and removes the extensions' special inline characters in one process-wide
    /// table while it parses inlines (`cmark_manage_extensions_special_characters`, called from
    /// `cmark_parser_finish`), so two parsers finishing at once could make one of them miss `~` or `|`.
    /// Only finishing (the inline pass) is serialised on this lock; feeding (the block pass), rendering
    /// and walking the tree touch only the document and run in parallel.
    private static let parseLock = Mutex(())

    /// Parses `markdown` with the GFM extensions; `unsafe` keeps raw HTML and unsafe links.
    init(markdown: String, unsafe: Bool) {
        options = unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let extensions = CMarkExtensions.all
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm could not allocate a parser") }
        self.parser = parser
        for ext in extensions {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        var markdown = markdown
        markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        // The tree comes out of the lock as an address: an OpaquePointer is not Sendable.
        let parserAddress = Int(bitPattern: parser)
        let address: Int = CMarkDocument.parseLock.withLock { _ in
            Int(bitPattern: cmark_parser_finish(OpaquePointer(bitPattern: parserAddress)))
        }
        guard let finished = OpaquePointer(bitPattern: address) else { fatalError("cmark-gfm could not finish a document") }
        root = finished
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The document as an HTML fragment; table cells' alignment becomes a class (see ``TableAlignment``).
    func html() -> String {
        guard let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return TableAlignment.classes(in: String(cString: rendered))
    }

    /// Plain text, link destinations, headings and (in safe mode) the raw HTML left out, in one walk of the tree.
    func summary() -> (plainText: String, links: [String], headings: [RenderedMarkdown.Heading], dropped: [RenderedMarkdown.DroppedHTML],
                       images: [RenderedMarkdown.Image]) {
        var text = ""
        var links: [String] = []
        var headings: [RenderedMarkdown.Heading] = []
        var dropped: [RenderedMarkdown.DroppedHTML] = []
        let dropsHTML = options & CMARK_OPT_UNSAFE == 0
        var imageDepth = 0
        var images: [RenderedMarkdown.Image] = []
        var altText: [String] = []
        var headingText: String?
        guard let iterator = cmark_iter_new(root) else { return ("", [], [], [], []) }
        defer { cmark_iter_free(iterator) }

        func emit(_ piece: String) {
            if !altText.isEmpty { altText[altText.count - 1] += piece }
            guard imageDepth == 0 else { return }
            text += piece
            if headingText != nil { headingText! += piece }
        }
        func endBlock() {
            while text.last == " " { text.removeLast() }
            if !text.isEmpty, text.last != "\n" { text += "\n" }
        }

        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { emit(String(cString: literal)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                emit(" ")
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                guard dropsHTML, entering else { break }
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let firstLine = literal.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
                dropped.append(.init(kind: type == CMARK_NODE_HTML_BLOCK ? .block : .inline,
                                     line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
                                     snippet: String(firstLine.trimmingCharacters().prefix(80))))
            case CMARK_NODE_CODE_BLOCK:
                endBlock()
                if imageDepth == 0, let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
                endBlock()
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering, let url = cmark_node_get_url(node) {
                    let destination = String(cString: url)
                    if !destination.isEmpty { links.append(destination) }
                }
                if type == CMARK_NODE_IMAGE {
                    imageDepth += entering ? 1 : -1
                    if entering {
                        altText.append("")
                    } else {
                        let source = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                        images.append(.init(source: source, alt: altText.removeLast(),
                                            line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))))
                    }
                }
            case CMARK_NODE_HEADING:
                if entering {
                    endBlock()
                    headingText = ""
                } else {
                    headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: headingText ?? ""))
                    headingText = nil
                    endBlock()
                }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST:
                endBlock()
            default:
                // Table cells and rows come from the table extension and have no fixed node type.
                if !entering, let name = cmark_node_get_type_string(node) {
                    switch String(cString: name) {
                    case "table_cell": if text.last != "\n" { emit(" ") }
                    case "table_row", "table_header", "table": endBlock()
                    default: break
                    }
                }
            }
        }
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        return (String(trimmed), links, headings, dropped, images)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmingCharacters() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return slice
    }
}
