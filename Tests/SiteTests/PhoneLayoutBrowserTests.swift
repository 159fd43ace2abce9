import Testing
import TestSupport

/// The example site on a phone's screen in a real browser: headless Chromium at 360 and 320 CSS pixels, driven by
/// selenium (Tests/browser/phone_layout_test.py). No page scrolls sideways, and no link of the header or the language
/// switcher sits off the edge where a reader who does not know to swipe never finds it.
@Suite struct PhoneLayoutBrowserTests {
    @Test(.enabled(if: BrowserTools.ready, "needs Debian's chromium and chromium-driver and PyPI's selenium; the browser test did not run"))
    func everyNavigationLinkIsOnAPhonesScreen() throws {
        try ExampleSiteInBrowser.check("phone_layout_test.py", passLine: "all phone layout checks passed")
    }
}
