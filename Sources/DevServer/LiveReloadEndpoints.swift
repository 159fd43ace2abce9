/// The paths the server answers itself, under a prefix no site page uses.
enum LiveReloadEndpoints {
    /// The server-sent events stream that tells open tabs to reload.
    static let events = "/__pathways/events"
    /// The reload script, served from the site's own origin so `script-src 'self'` still holds.
    static let script = "/__pathways/reload.js"
}
