/// Why the development server could not start.
public enum DevServerError: Error, Equatable, CustomStringConvertible {
    /// Another program already listens on the address asked for.
    case portInUse(host: String, port: Int)
    /// The address could not be listened on for another reason (the system's message is kept).
    case cannotListen(host: String, port: Int, reason: String)

    /// The message for the terminal, with a hint.
    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            return "error: \(host):\(port) is already in use by another program; "
                + "stop it or pick another port with --port \(port + 1)"
        case .cannotListen(let host, let port, let reason):
            return "error: cannot listen on \(host):\(port): \(reason); check --host and --port"
        }
    }
}
