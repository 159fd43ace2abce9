#!/usr/bin/env python3
"""`pathways serve`'s live reload in headless Chromium.

usage: serve_browser_test.py BASE_URL SITE_ROOT OPENING_PATH LIST_PATH

With a site served at BASE_URL from SITE_ROOT, opens the page of one opening (OPENING_PATH, e.g.
/openings/cook/) and a list page (LIST_PATH) in two tabs, then appends a paragraph to the opening's
Markdown file (content/openings/<slug>.md under SITE_ROOT). Checks that the opening's tab shows the
paragraph by itself (the preview's reload) and is not reloaded a second time by the rebuild, that the
list's tab is reloaded once the rebuild ends, and that no console error was logged. Then gives the
opening a new title in its front matter: both tabs show it by themselves (the preview renders every page
listing the opening) and neither is reloaded a second time by the rebuild. Prints the time from each save
to the edit showing.

Exit status: 0 when every check passed; 1 when a check failed; 77 when no browser is installed (a SKIP
line says so), so a test that did not run never passes. Needs chromium and chromium-driver (Debian)
and selenium (PyPI).
"""
import os, sys, time

from chromium import browser


def wait_until(what, seconds, condition):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("gave up waiting for " + what)


def main():
    base, root, opening, listing = sys.argv[1:5]
    source = os.path.join(root, "content", "openings", opening.strip("/").split("/")[-1] + ".md")
    driver = browser()
    failures = []
    try:
        driver.get(base.rstrip("/") + opening)
        opening_tab = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(base.rstrip("/") + listing)
        list_tab = driver.current_window_handle
        for tab in (opening_tab, list_tab):
            driver.switch_to.window(tab)
            wait_until("the page and its live-reload script", 30, lambda: driver.execute_script(
                "return document.readyState === 'complete' && !!document.querySelector('script[src=\"/__pathways/reload.js\"]')"))
            # A reload forgets this mark.
            driver.execute_script("window.__notReloaded = true;")
        # The script's event stream connects just after the page loads.
        time.sleep(1)

        marker = "Saved in the browser test %d." % time.time_ns()
        with open(source, "a", encoding="utf-8") as handle:
            handle.write("\n" + marker + "\n")
        saved = time.monotonic()

        driver.switch_to.window(opening_tab)
        wait_until("the edit in the opening's tab", 60, lambda: marker in driver.execute_script("return document.body.textContent"))
        shown = time.monotonic() - saved
        driver.execute_script("window.__showedEdit = true;")
        print("save -> edit shown in the opening's tab: %.3f s" % shown)

        driver.switch_to.window(list_tab)
        wait_until("the list's tab to reload after the rebuild", 120, lambda: driver.execute_script("return window.__notReloaded !== true"))
        rebuilt = time.monotonic() - saved
        print("save -> list's tab reloaded: %.3f s" % rebuilt)
        time.sleep(1)

        driver.switch_to.window(opening_tab)
        if not driver.execute_script("return window.__showedEdit === true"):
            failures.append("the opening's tab reloaded again after the rebuild, though its page had not changed since the preview")
        if marker not in driver.execute_script("return document.body.textContent"):
            failures.append("the opening's tab lost the edit")

        # A new title shows on the opening's page and on every list that carries its card.
        title = "Retitled in the browser test %d" % time.time_ns()
        with open(source, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        lines = ['title: "%s"' % title if line.startswith("title:") else line for line in lines]
        with open(source, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines))
        saved = time.monotonic()
        for name, tab in (("opening", opening_tab), ("list", list_tab)):
            driver.switch_to.window(tab)
            wait_until("the new title in the %s's tab" % name, 60, lambda: title in driver.execute_script("return document.body.textContent"))
            print("save -> new title shown in the %s's tab: %.3f s" % (name, time.monotonic() - saved))
            driver.execute_script("window.__showedTitle = true;")
        # Long enough for the rebuild of the example site, which would reload a tab it wrote otherwise.
        time.sleep(5)
        for name, tab in (("opening", opening_tab), ("list", list_tab)):
            driver.switch_to.window(tab)
            if not driver.execute_script("return window.__showedTitle === true"):
                failures.append("the %s's tab reloaded again after the rebuild, though the preview showed its page as written" % name)
        for tab in (opening_tab, list_tab):
            driver.switch_to.window(tab)
            errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
            if errors:
                failures.append("console errors: %s" % errors)
    except AssertionError as error:
        failures.append(str(error))
    finally:
        driver.quit()
    for failure in failures:
        print("FAIL: " + failure)
    if failures:
        sys.exit(1)
    print("all browser checks passed")


if __name__ == "__main__":
    main()
