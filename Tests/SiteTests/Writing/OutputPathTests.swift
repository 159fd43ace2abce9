import Testing
@testable import Site

@Suite struct OutputPathTests {
    @Test(arguments: ["index.html", "openings/welder/index.html", "search/t/0.json", ".well-known/security.txt", "a/.../b", "x..y/z"])
    func safeRelativePathsAreSplitIntoTheirSegments(path: String) {
        #expect(OutputPath.isSafe(path))
        #expect(OutputPath.components(of: path) == path.split(separator: "/").map(String.init))
    }

    @Test(arguments: ["", "/etc/passwd", "../outside", "a/../../b", "a/./b", ".", "..", "a//b", "a/", "a\\b", "a\u{0}b"])
    func anythingThatCouldLeaveTheOutputIsRefused(path: String) {
        #expect(!OutputPath.isSafe(path))
        #expect(OutputPath.components(of: path) == nil)
    }
}
