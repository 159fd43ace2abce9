import Content
import Testing
@testable import Site

@Suite struct RoutesTests {
    @Test func urlsCarryTheBasePath() {
        let routes = Routes(baseURL: try! BaseURL("https://example.org/jobs"))
        #expect(routes.url("stories/amal/") == "/jobs/stories/amal/")
        #expect(routes.canonical("stories/amal/") == "https://example.org/jobs/stories/amal/")
    }

    @Test func nonASCIIPathsArePercentEncoded() {
        let routes = Routes(baseURL: try! BaseURL("https://example.org/"))
        #expect(routes.url("tags/عمل/") == "/tags/%D8%B9%D9%85%D9%84/")
    }
}
