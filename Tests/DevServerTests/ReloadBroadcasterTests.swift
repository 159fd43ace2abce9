import Testing
@testable import DevServer

struct ReloadBroadcasterTests {
    @Test func everyTabGetsTheEventAndClosingEndsTheirStreams() async {
        let broadcaster = ReloadBroadcaster()
        let first = broadcaster.subscribe()
        let second = broadcaster.subscribe()
        broadcaster.send(event: "reload", data: "built")
        broadcaster.close()

        var firstFrames: [String] = []
        for await frame in first { firstFrames.append(frame) }
        var secondFrames: [String] = []
        for await frame in second { secondFrames.append(frame) }
        #expect(firstFrames == ["event: reload\ndata: built\n\n"])
        #expect(secondFrames == firstFrames)
    }

    @Test func aTabOpenedAfterCloseGetsAFinishedStream() async {
        let broadcaster = ReloadBroadcaster()
        broadcaster.close()
        var frames = 0
        for await _ in broadcaster.subscribe() { frames += 1 }
        #expect(frames == 0)
        #expect(broadcaster.subscriberCount == 0)
    }
}
