#!/usr/bin/env python3
"""`pathways serve`'s live reload in headless Chromium.

usage: serve_browser_test.py BASE_URL SITE_ROOT OPENING_PATH LIST_PATH

With a site served at BASE_URL from SITE_ROOT, opens the page of one opening (OPENING_PATH, e.g.
/openings/cook/) and a list page (LIST_PATH) in two tabs, then appends a paragraph to the opening's
Markdown file (content/openings/<slug>.md under SITE_ROOT). Checks that the opening's tab shows the
paragraph by itself (the preview's reload) and is not reloaded a second time by the rebuild, that the
list's tab is reloaded once the rebuild ends, and that no console error was logged. Prints the time
from the save to the paragraph showing.

Exit status: 0 when every check passed, or when no browser is installed (a SKIP line says so);
1 when a check failed. Needs chromium and chromium-driver (Debian) and selenium (PyPI).
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
