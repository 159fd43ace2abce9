import Synchronization

/// Pushes server-sent events to every open tab; closing it ends every stream so shutdown need not wait for tabs.
final class ReloadBroadcaster: Sendable {
    private struct Subscribers {
        var next = 0
        var streams: [Int: AsyncStream<String>.Continuation] = [:]
        var isClosed = false
    }

    private let subscribers = Mutex(Subscribers())

    /// A new tab's stream of event frames; already finished once the broadcaster is closed.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id: Int? = subscribers.withLock { state in
            guard !state.isClosed else { return nil }
            let id = state.next
            state.next += 1
            state.streams[id] = continuation
            return id
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.subscribers.withLock { _ = $0.streams.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends one event to every open tab at once.
    func send(event: String, data: String) {
        let frame = "event: \(event)\ndata: \(data)\n\n"
        let streams = subscribers.withLock { Array($0.streams.values) }
        for stream in streams { stream.yield(frame) }
    }

    /// How many tabs are listening.
    var subscriberCount: Int { subscribers.withLock { $0.streams.count } }

    /// Ends every stream and refuses new ones.
    func close() {
        let streams = subscribers.withLock { state in
            state.isClosed = true
            defer { state.streams = [:] }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
    }
}
