import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One HTTP response as the tests read it.
struct HTTPReply: Sendable {
    var status: Int
    /// Header names lowercased.
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
}

enum HTTPTestClientError: Error {
    case cannotConnect(Int32)
    case malformedResponse(String)
}

/// A blocking loopback socket, read with a bounded timeout per call; tests never use the network.
final class LoopbackSocket: Sendable {
    let descriptor: Int32

    init(port: Int) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            throw HTTPTestClientError.cannotConnect(code)
        }
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// Reads what arrives within one receive timeout: nil at end of stream, empty when nothing came.
    func readSome() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count == 0 { return nil }
        if count < 0 { return (errno == EAGAIN || errno == EWOULDBLOCK) ? [] : nil }
        return Array(buffer[..<count])
    }
}

/// Fetches pages from the server under test over a plain socket, off the cooperative threads.
enum HTTPTestClient {
    /// GETs `path` with `Connection: close` and reads until the server closes, at most `timeout`.
    static func get(port: Int, path: String, method: String = "GET", timeout: Duration = .seconds(10)) async throws -> HTTPReply {
        try await offThread {
            let socket = try LoopbackSocket(port: port)
            socket.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
            var received: [UInt8] = []
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline, let chunk = socket.readSome() { received += chunk }
            return try parse(received)
        }
    }

    static func parse(_ raw: [UInt8]) throws -> HTTPReply {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let split = raw.firstRange(of: separator) else {
            throw HTTPTestClientError.malformedResponse(String(decoding: raw, as: UTF8.self))
        }
        let head = String(decoding: raw[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw HTTPTestClientError.malformedResponse(head[0])
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(raw[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var rest = bytes[...]
        let lineEnd: [UInt8] = Array("\r\n".utf8)
        while let end = rest.firstRange(of: lineEnd) {
            let size = Int(String(decoding: rest[..<end.lowerBound], as: UTF8.self), radix: 16) ?? 0
            if size == 0 { break }
            let start = end.upperBound
            output += rest[start..<min(start + size, rest.endIndex)]
            rest = rest[min(start + size + 2, rest.endIndex)...]
        }
        return output
    }
}

/// An open server-sent events stream whose text accumulates as the test waits for it.
final class EventStreamListener: Sendable {
    private let socket: LoopbackSocket
    private let received = Mutex<[UInt8]>([])

    /// Opens the stream and waits (bounded) until the server has answered, so later events reach it.
    static func open(port: Int, path: String = "/__pathways/events") async throws -> EventStreamListener {
        let listener = try EventStreamListener(socket: LoopbackSocket(port: port))
        listener.socket.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        _ = await listener.wait(for: ": connected", timeout: .seconds(10))
        return listener
    }

    private init(socket: LoopbackSocket) {
        self.socket = socket
    }

    /// Everything received so far.
    var text: String { String(decoding: received.withLock { $0 }, as: UTF8.self) }

    /// Reads until `marker` has arrived or `timeout` passed; true when it arrived.
    func wait(for marker: String, timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        return (try? await offThread {
            while ContinuousClock.now < deadline {
                if self.text.contains(marker) { return true }
                guard let chunk = self.socket.readSome() else { return self.text.contains(marker) }
                self.received.withLock { $0 += chunk }
            }
            return self.text.contains(marker)
        }) ?? false
    }

    /// Whether the server ended the stream within `timeout`.
    func waitForEnd(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        return (try? await offThread {
            while ContinuousClock.now < deadline {
                guard let chunk = self.socket.readSome() else { return true }
                self.received.withLock { $0 += chunk }
            }
            return false
        }) ?? false
    }
}

/// Runs blocking work on its own thread so the server's tasks keep the cooperative pool.
func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try work() })
        }
    }
}
