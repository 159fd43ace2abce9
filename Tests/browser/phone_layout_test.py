#!/usr/bin/env python3
"""The example site on a phone's screen, in headless Chromium: nothing hidden off the side.

usage: phone_layout_test.py PUBLIC_DIR

Serves PUBLIC_DIR from 127.0.0.1 and opens pages in several languages and directions at 360 and
320 CSS pixels wide (a small Android phone; WCAG's reflow width). On each it checks that the page
itself never scrolls sideways (wide tables scroll inside their own region), and that every link of
the header's navigation and of the language switcher lies inside the screen, where a tap reaches
it (the element at its centre is the link), rather than off the edge of a row that scrolls.

Exit status: 0 when every check passed; 1 when a check failed; 77 when no browser is installed (a SKIP
line says so), so a test that did not run never passes. Needs chromium and chromium-driver (Debian)
and selenium (PyPI).
"""
import sys

from chromium import browser, serve

PAGES = ["/", "/openings/", "/openings/arabic-english-translator-freelance/", "/ar/openings/", "/fa/tags/",
         "/uk/stories/", "/evaluations/", "/search/"]
WIDTHS = [360, 320]

# For each link of the header's navigation and the language switcher: its text, whether it lies inside the screen
# from side to side, and whether a tap at its centre lands on it (the window scrolled down to it first).
LINKS = """
const width = document.documentElement.clientWidth;
const found = [];
for (const link of document.querySelectorAll('header nav a, #languages a, #languages [aria-current]')) {
  // The window scrolls down to the link; nothing scrolls sideways, as a reader who does not know to swipe sees it.
  window.scrollTo(0, link.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2);
  const box = link.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  found.push([link.textContent.trim(), box.left >= 0 && box.right <= width, hit !== null && link.contains(hit)]);
}
window.scrollTo(0, 0);
return [document.documentElement.scrollWidth, width, found];
"""


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        sys.exit(2)
    server, base = serve(args[0])
    driver = browser()
    failures = []
    try:
        for width in WIDTHS:
            # The window's outer width; the page's own width is read back below.
            driver.set_window_size(width, 800)
            for path in PAGES:
                driver.get(base + path)
                page_width, screen, links = driver.execute_script(LINKS)
                problems = []
                if page_width > screen:
                    problems.append("the page is %d px wide on a %d px screen" % (page_width, screen))
                for text, inside, reachable in links:
                    if not inside:
                        problems.append("link %r is off the screen" % text)
                    elif not reachable:
                        problems.append("link %r is covered" % text)
                if not links:
                    problems.append("no navigation links found")
                status = "ok" if not problems else "FAIL: " + "; ".join(problems)
                print("%3d px %-50s %2d links  %s" % (width, path, len(links), status))
                failures += problems
    finally:
        driver.quit()
        server.shutdown()
    if failures:
        print("%d phone layout checks failed" % len(failures))
        sys.exit(1)
    print("all phone layout checks passed")


if __name__ == "__main__":
    main()
