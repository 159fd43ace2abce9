internal import CVips

/// Starts libvips once per process with the settings every caller relies on.
enum VipsRuntime {
    /// libvips keeps process-wide state (its type table, thread pool, operation cache), so starting it is
    /// the one thing done once for the whole process; Swift runs a `static let` initialiser exactly once,
    /// even when many threads reach it together.
    private static let started: Result<Void, ImageError> = {
        // Opened here, on first use, not when the program starts (see CVips/shim.h).
        if let failure = pathways_vips_open() { return .failure(.libraryUnavailable(String(cString: failure))) }
        guard pathways_vips_init("pathways") == 0 else { return .failure(.libraryUnavailable(VipsRuntime.lastError())) }
        // Loaders marked untrusted (ImageMagick, PDF, FITS, ...) never run, whatever the bytes claim.
        pathways_vips_block_untrusted_set(1)
        // The operation cache keys buffer loaders by address; buffers here are short-lived, so a later
        // image at a reused address could be answered from the cache. Every image is decoded afresh.
        pathways_vips_cache_set_max(0)
        // libvips also prints warnings about damaged input straight to standard error; the ones that matter
        // become failures (loaders run with fail_on=error) and reach the caller as located errors instead.
        g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, { _, _, _, _ in }, nil)
        return .success(())
    }()

    /// Opens and starts libvips the first time; throws when it could not be opened or started.
    static func start() throws(ImageError) {
        try started.get()
    }

    /// The text libvips collected about the last failure, cleared for the next one.
    static func lastError() -> String {
        guard let copy = pathways_vips_error_buffer_copy() else { return "" }
        defer { g_free(copy) }
        let text = String(cString: copy)
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// Whether this libvips can run the operation named `name` (a loader such as "heifload_buffer").
    static func hasOperation(_ name: String) -> Bool {
        (try? start()) != nil && pathways_vips_type_find("VipsOperation", name) != 0
    }
}
