import Foundation
import Hummingbird

/// Answers every request: the live-reload endpoints, then files from the site folder.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// Finds files; refuses paths that leave the folder.
    let resolver: SitePathResolver
    /// Whether the last rebuild failed, for the overlay.
    let status: BuildStatus
    /// The tabs listening for reloads.
    let broadcaster: ReloadBroadcaster
    /// Pages served in place of their files while a rebuild runs.
    let previews: PreviewPages

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, "only GET and HEAD are served\n", extra: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? "/"
        let path = String(target.prefix { $0 != "?" })
        if path == LiveReloadEndpoints.events { return eventStream() }
        if path == LiveReloadEndpoints.script {
            return Self.bytes(Array(ReloadScript.source.utf8), type: "text/javascript; charset=utf-8", status: .ok)
        }
        switch resolver.resolve(target: target) {
        case .file(let file):
            return fileResponse(path: file, status: .ok) ?? notFound()
        case .redirect(let location):
            return Self.plain(.movedPermanently, "moved to \(location)\n", extra: [.location: location])
        case .notFound:
            return notFound()
        case .refused:
            return Self.plain(.forbidden, "this path leaves the site folder and is not served\n")
        }
    }

    /// The site's own `/404.html` with status 404, or a short page when the site has none.
    private func notFound() -> Response {
        if case .file(let page) = resolver.resolve(target: "/404.html"),
           let response = fileResponse(path: page, status: .notFound) {
            return response
        }
        let page = "<!doctype html><html><head><title>Not found</title></head><body><p>Not found.</p></body></html>"
        return Self.bytes(
            ReloadInjection.inject(into: Array(page.utf8), overlay: status.overlay),
            type: "text/html; charset=utf-8",
            status: .notFound
        )
    }

    /// Reads the file now (the folder may have been swapped since the last request); HTML gets the injection.
    private func fileResponse(path: String, status code: HTTPResponse.Status) -> Response? {
        let previewed = previews.page(atFilePath: path)
        guard var body = previewed?.bytes ?? FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) else { return nil }
        let type = ContentTypes.type(forFileName: path)
        if ContentTypes.isHTML(type) {
            body = ReloadInjection.inject(into: body, overlay: status.overlay, preview: previewed?.preview)
        }
        return Self.bytes(body, type: type, status: code)
    }

    /// A stream of server-sent events, opened with a comment so the browser sees it at once.
    private func eventStream() -> Response {
        let events = broadcaster.subscribe()
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok,
            headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: ": connected\nretry: 500\n\n"))
                for await frame in events {
                    try await writer.write(ByteBuffer(string: frame))
                }
                try await writer.finish(nil)
            }
        )
    }

    private static func bytes(_ body: [UInt8], type: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private static func plain(
        _ status: HTTPResponse.Status,
        _ text: String,
        extra: HTTPFields = [:]
    ) -> Response {
        var response = bytes(Array(text.utf8), type: "text/plain; charset=utf-8", status: status)
        response.headers.append(contentsOf: extra)
        return response
    }
}
