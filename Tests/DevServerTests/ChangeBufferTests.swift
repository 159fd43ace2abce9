import Testing
@testable import DevServer

struct ChangeBufferTests {
    @Test func aBurstOfChangesBecomesOneSortedBatch() async {
        let buffer = ChangeBuffer()
        buffer.add(["content/b.md"])
        buffer.add(["content/a.md", "content/b.md"])
        buffer.add(["site.yml"])
        let batch = await buffer.nextBatch(quiet: .milliseconds(1))
        #expect(batch == ["content/a.md", "content/b.md", "site.yml"])
    }

    @Test func changesDuringARebuildMakeTheNextBatch() async {
        let buffer = ChangeBuffer()
        buffer.add(["content/a.md"])
        _ = await buffer.nextBatch(quiet: .milliseconds(1))
        buffer.add(["content/c.md"])
        #expect(await buffer.nextBatch(quiet: .milliseconds(1)) == ["content/c.md"])
    }

    @Test func cancellingTheWaitEndsIt() async {
        let buffer = ChangeBuffer()
        let waiting = Task { await buffer.nextBatch(quiet: .milliseconds(1)) }
        waiting.cancel()
        #expect(await waiting.value == nil)
    }
}
