#!/usr/bin/env python3
"""End-to-end test of the search page in headless Chromium.

usage: search_browser_test.py PUBLIC_DIR [--cases CASES.json]

Serves PUBLIC_DIR from 127.0.0.1 (python's http.server, free port), opens /search/?q=... for each
case and checks the results, then types into the box, submits, goes back, opens the right-to-left
page, and checks the console for Content-Security-Policy errors. Prints requests and bytes per query
from the browser's resource timing. The default cases match the fixture written by
`swift run search-fixture OUT` (Tests/browser/fixture/documents.json).

Exit status: 0 when every check passed; 1 when a check failed; 77 when no browser is installed (a SKIP
line says so), so a test that did not run never passes. Needs chromium and chromium-driver (Debian)
and selenium (PyPI).
"""
import json, os, sys, urllib.parse

from chromium import browser, serve

# Each case: page path with query string, what the status says, urls expected first (in order) and
# urls that must not appear.
CASES = [
    {"name": "English word", "path": "/search/?q=designer", "first": ["/openings/graphic-designer/"]},
    {"name": "prefix", "path": "/search/?q=desig",
     "first": ["/openings/graphic-designer/"], "contains": ["/openings/python-tutor/", "/stories/amina/"]},
    {"name": "Arabic without diacritics", "path": "/search/?q=" + urllib.parse.quote("مترجم"),
     "first": ["/ar/openings/translator/"]},
    {"name": "Farsi typed with Arabic letters", "path": "/search/?q=" + urllib.parse.quote("كار"),
     "first": ["/fa/openings/developer/"]},
    {"name": "Ukrainian in capitals", "path": "/search/?q=" + urllib.parse.quote("МЕДСЕСТРА"),
     "first": ["/uk/openings/nurse/"]},
    {"name": "tag filter", "path": "/search/?q=design&tag=welcometalent",
     "first": ["/openings/graphic-designer/"], "absent": ["/openings/python-tutor/", "/uk/stories/olena/"],
     "filters": ["welcometalent"]},
    {"name": "no results", "path": "/search/?q=zebrafinch", "status": "No results for", "count": 0},
]


class Page:
    def __init__(self, driver, base):
        self.driver, self.base = driver, base

    def open(self, path):
        """Loads a page with an empty cache, as a first visit."""
        self.driver.execute_cdp_cmd("Network.clearBrowserCache", {})
        self.driver.get(self.base + path)
        return self.settle()

    def settle(self, previous=None):
        """Waits until the status line shows something and the results differ from `previous`."""
        from selenium.webdriver.support.ui import WebDriverWait
        WebDriverWait(self.driver, 10).until(lambda d: self.state()[0] != "" and self.state() != previous)
        return self.state()

    def state(self):
        return self.driver.execute_script("""
            return [document.getElementById('search-status').textContent,
                    [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'))];""")

    def cost(self):
        entries = [e for e in self.driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => [e.name, e.encodedBodySize, e.transferSize]);")
            if "favicon" not in e[0]]
        return len(entries), sum(e[1] for e in entries), entries


def main():
    argv = sys.argv[1:]
    cases, typing_case, rtl_case, date_cases = CASES, TYPING, RTL, []
    if "--cases" in argv:
        at = argv.index("--cases")
        with open(argv[at + 1]) as f:
            loaded = json.load(f)
        del argv[at:at + 2]
        # A list of query cases, or {"cases": [...], "typing": {...}, "rtl": {...}} to check typing and right to left too.
        if isinstance(loaded, dict):
            cases, typing_case, rtl_case = loaded["cases"], loaded.get("typing"), loaded.get("rtl")
            date_cases = loaded.get("dates", [])
        else:
            cases, typing_case, rtl_case = loaded, None, None
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1 or not os.path.isdir(args[0]):
        sys.exit(__doc__)
    folder = os.path.abspath(args[0])
    driver = browser()
    server, base = serve(folder)
    page, failures = Page(driver, base), []

    def check(name, condition, detail):
        print("%s %s%s" % ("ok  " if condition else "FAIL", name, "" if condition else ": " + detail))
        if not condition:
            failures.append(name)

    try:
        for case in cases:
            status, urls = page.open(case["path"])
            n, size, entries = page.cost()
            print("query %-32s %d requests, %6d bytes after the page (%s)" % (
                case["name"], n, size, ", ".join(urllib.parse.urlparse(e[0]).path for e in entries)))
            if "first" in case:
                check(case["name"], urls[:len(case["first"])] == case["first"], "got %s (%s)" % (urls, status))
            for url in case.get("contains", []):
                check(case["name"] + " finds " + url, url in urls, "got %s" % urls)
            for url in case.get("absent", []):
                check(case["name"] + " leaves out " + url, url not in urls, "got %s" % urls)
            if "status" in case:
                check(case["name"] + " says so", case["status"] in status, "status %r" % status)
            if "count" in case:
                check(case["name"] + " lists nothing", len(urls) == case["count"], "got %s" % urls)
            if "filters" in case:
                chips = driver.execute_script(
                    "return [...document.querySelectorAll('#search-filters button')].map(b => b.textContent)")
                check(case["name"] + " shows the filter", all(any(v in c for c in chips) for v in case["filters"]),
                      "chips %s" % chips)

        if typing_case:
            typing(driver, page, check, typing_case)
        if rtl_case:
            right_to_left(page, check, rtl_case)
        for case in date_cases:
            result_dates(page, check, case)
        errors = [e["message"] for e in driver.get_log("browser")
                  if e["level"] == "SEVERE" and "favicon" not in e["message"]]
        check("no console errors (CSP script-src 'self' included)", not errors, "; ".join(errors))
    finally:
        driver.quit()
        server.shutdown()
    print("%d failed" % len(failures) if failures else "all browser checks passed")
    sys.exit(1 if failures else 0)


TYPING = {"start": "python", "start_first": "/openings/python-tutor/", "type": "nurs", "first": "/uk/openings/nurse/",
          "button": "Search"}
RTL = {"query": "العمل", "contains": "/ar/openings/translator/", "status": "نتيجة"}


def typing(driver, page, check, case):
    """Results as you type, the URL follows, Enter then Back restores the earlier query, keyboard only."""
    from selenium.webdriver.common.keys import Keys
    page.open("/search/?q=" + urllib.parse.quote(case["start"]))
    box = driver.find_element("id", "search-q")
    box.click()
    box.send_keys(Keys.CONTROL, "a")
    before = page.state()
    box.send_keys(case["type"])
    status, urls = page.settle(before)
    check("results appear as you type", case["first"] in urls[:3], "got %s (%s)" % (urls, status))
    check("the address follows the query", driver.current_url.endswith("?q=" + urllib.parse.quote(case["type"])), driver.current_url)
    n, size, _ = page.cost()
    print("typing %r after %r: %d requests, %d bytes in all since the page" % (case["type"], case["start"], n, size))
    box.send_keys(Keys.ENTER)
    driver.back()
    status, urls = page.settle((status, urls))
    check("Back restores the earlier query", case["start_first"] in urls[:3] and
          driver.find_element("id", "search-q").get_attribute("value") == case["start"], "got %s" % urls)
    box = driver.find_element("id", "search-q")
    box.send_keys(Keys.TAB)
    focused = driver.execute_script("return document.activeElement.textContent")
    check("Tab moves from the box to the button", focused == case["button"], "focused %r" % focused)
    live = driver.execute_script("return document.getElementById('search-status').getAttribute('aria-live')")
    check("results are announced (aria-live)", live == "polite", repr(live))


def right_to_left(page, check, case):
    status, urls = page.open("/ar/search/?q=" + urllib.parse.quote(case["query"]))
    direction = page.driver.execute_script(
        "const r = document.querySelector('#search-results li'); return r && getComputedStyle(r).direction")
    check("Arabic page: results in Arabic, laid out right to left",
          case["contains"] in urls and direction == "rtl" and case["status"] in status,
          "got %s, direction %s, status %r" % (urls, direction, status))


def result_dates(page, check, case):
    """A result's date reads as the lists write it in the page's language (spaces and commas aside), or as YYYY-MM-DD when the
    browser cannot write it the same way ("same": false); never in a third form."""
    page.open(case["search"])
    shown = page.driver.execute_script("""
        const a = [...document.querySelectorAll('#search-results li')].find(li => li.querySelector('a').getAttribute('href') === arguments[0]);
        const t = a && a.querySelector('time');
        return t && [t.textContent, t.getAttribute('datetime')];""", case["item"])
    listed = None
    for path in case["lists"]:
        page.driver.get(page.base + path)
        listed = listed or page.driver.execute_script("""
            const a = document.querySelector('article.card a[href="' + arguments[0] + '"]');
            const t = a && a.closest('article').querySelector('time');
            return t && t.textContent;""", case["item"])
    print("date of %s: search %r, list %r" % (case["item"], shown, listed))
    spaced = lambda text: text and " ".join(text.replace(",", " ").replace("\u060c", " ").split())
    expected = [spaced(listed)] if case.get("same") else [spaced(listed), shown and shown[1]]
    check("%s: the result's date reads as the list's" % case["search"], shown is not None and listed is not None and spaced(shown[0]) in expected,
          "search %r, list %r" % (shown, listed))


if __name__ == "__main__":
    main()
