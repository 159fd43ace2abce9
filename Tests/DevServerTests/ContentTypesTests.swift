import Testing
@testable import DevServer

struct ContentTypesTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("site.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("search.json", "application/json"),
        ("feed.xml", "application/xml; charset=utf-8"), ("logo.svg", "image/svg+xml"), ("a.png", "image/png"),
        ("b.JPG", "image/jpeg"), ("c.webp", "image/webp"), ("font.woff2", "font/woff2"),
        ("robots.txt", "text/plain; charset=utf-8"), ("README", "application/octet-stream"),
        ("archive.tar.zst", "application/octet-stream"),
    ])
    func typesFollowTheExtension(name: String, type: String) {
        #expect(ContentTypes.type(forFileName: name) == type)
    }
}
