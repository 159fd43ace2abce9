/// The script served at `/__pathways/reload.js`: reloads the tab on the `reload` events that concern its page and styles
/// the error overlay.
///
/// The overlay is styled through the DOM rather than a `style` attribute, which a strict CSP would block.
enum ReloadScript {
    /// The script's source.
    static let source = """
        (function () {
          "use strict";
          var overlay = document.getElementById("\(ErrorOverlay.elementID)");
          if (overlay) {
            var box = overlay.style;
            box.position = "fixed"; box.inset = "0"; box.zIndex = "2147483647"; box.overflow = "auto";
            box.margin = "0"; box.padding = "1.5rem"; box.background = "rgba(20, 20, 20, 0.94)";
            box.color = "#fff"; box.font = "14px/1.5 ui-monospace, Menlo, Consolas, monospace";
            box.direction = "ltr"; box.textAlign = "left";
            var lines = overlay.querySelector("pre");
            // The theme may give `pre` a pale ground; the overlay's lines sit on its own dark one.
            if (lines) { lines.style.whiteSpace = "pre-wrap"; lines.style.color = "#ffb4b4"; lines.style.background = "transparent"; }
            overlay.title = "Click to hide until the next rebuild";
            overlay.addEventListener("click", function () { overlay.remove(); });
          }
          // The number of the preview this page was served from, if it was (see ReloadInjection).
          var script = document.currentScript;
          var shown = script ? script.getAttribute("data-preview") : null;
          if (!window.EventSource) { return; }
          var events = new EventSource("\(LiveReloadEndpoints.events)");
          // "preview /a/ /b/": only tabs on those pages reload. "built 3 /a/": every tab but those showing preview 3 of
          // a page listed, which is what the rebuild wrote; "built" or "failed" alone: every tab.
          events.addEventListener("reload", function (event) {
            var words = String(event.data || "").split(" ");
            var here = window.location.pathname;
            try { here = decodeURIComponent(here); } catch (malformed) { /* compared as it is */ }
            here = here.replace(/index[.]html$/, "");
            if (words[0] === "preview" ? words.indexOf(here, 1) === -1 : shown !== null && words[1] === shown && words.indexOf(here, 2) !== -1) {
              return;
            }
            events.close();
            window.location.reload();
          });
        })();

        """
}
