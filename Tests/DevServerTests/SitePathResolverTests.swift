import Foundation
import Testing
@testable import DevServer

struct SitePathResolverTests {
    private func makeSite() throws -> (TemporaryFolder, SitePathResolver) {
        let site = try TemporaryFolder()
        try site.write("index.html", "home")
        try site.write("openings/cook/index.html", "cook")
        try site.write("assets/site.css", "css")
        return (site, SitePathResolver(siteFolder: site.url))
    }

    @Test func aFolderWithASlashServesItsIndex() throws {
        let (site, resolver) = try makeSite()
        defer { site.remove() }
        #expect(resolver.resolve(target: "/") == .file(path: site.url.path + "/index.html"))
        #expect(resolver.resolve(target: "/openings/cook/?lang=ar") == .file(path: site.url.path + "/openings/cook/index.html"))
    }

    @Test func aFolderWithoutASlashRedirectsKeepingTheQuery() throws {
        let (site, resolver) = try makeSite()
        defer { site.remove() }
        #expect(resolver.resolve(target: "/openings/cook?page=2") == .redirect(location: "/openings/cook/?page=2"))
    }

    @Test func percentEncodedNamesAreDecoded() throws {
        let (site, resolver) = try makeSite()
        defer { site.remove() }
        try site.write("media/cv guide.txt", "guide")
        #expect(resolver.resolve(target: "/media/cv%20guide.txt") == .file(path: site.url.path + "/media/cv guide.txt"))
    }

    @Test func missingFilesAndFileNamesWithASlashAreNotFound() throws {
        let (site, resolver) = try makeSite()
        defer { site.remove() }
        #expect(resolver.resolve(target: "/openings/baker/") == .notFound)
        #expect(resolver.resolve(target: "/assets/site.css/") == .notFound)
    }

    @Test(arguments: ["/..", "/../x", "/assets/../../x", "/%2e%2e/x", "/%2E%2E%2Fx", "/a/./b", "/a%00b", "/a\\..\\b", "relative", "/%zz"])
    func pathsThatCouldLeaveTheFolderAreRefused(target: String) throws {
        let (site, resolver) = try makeSite()
        defer { site.remove() }
        #expect(resolver.resolve(target: target) == .refused)
    }

    @Test func aSymlinkLeavingTheFolderIsRefusedButOneInsideIsServed() throws {
        let (site, resolver) = try makeSite()
        defer { site.remove() }
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try outside.write("secret.txt", "secret")
        try FileManager.default.createSymbolicLink(
            at: site.url.appendingPathComponent("leak.txt"),
            withDestinationURL: outside.url.appendingPathComponent("secret.txt")
        )
        try FileManager.default.createSymbolicLink(
            at: site.url.appendingPathComponent("style.css"),
            withDestinationURL: site.url.appendingPathComponent("assets/site.css")
        )
        #expect(resolver.resolve(target: "/leak.txt") == .refused)
        #expect(resolver.resolve(target: "/style.css") == .file(path: site.url.path + "/style.css"))
    }

    @Test func aSwappedFolderIsSeenOnTheNextRequest() throws {
        let (site, resolver) = try makeSite()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("assets"))
        #expect(resolver.resolve(target: "/assets/site.css") == .notFound)
        try site.write("assets/site.css", "new")
        #expect(resolver.resolve(target: "/assets/site.css") == .file(path: site.url.path + "/assets/site.css"))
    }
}
