"""Headless Chromium through selenium, and a static server for a built site, shared by the browser tests in this folder."""
import functools, http.server, os, shutil, socket, sys, threading

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


# The exit status of a test that did not run (as automake's test drivers read it): never 0, so a missing browser is
# never taken for a pass. The Swift tests that run these scripts are enabled only when the browser is there
# (`.enabled(if: BrowserTools.ready)`), so their output says when they were skipped.
SKIPPED = 77


def skip(reason):
    """Says the test did not run and exits with ``SKIPPED``."""
    print("SKIP: %s; the browser test did not run." % reason)
    sys.exit(SKIPPED)


def browser():
    """A headless Chromium that keeps its console log; skips when Chromium, its driver or selenium is missing."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("selenium is not installed (pip install selenium)")
    binary = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    driver = DRIVER if os.path.exists(DRIVER) else shutil.which("chromedriver")
    if not binary or not driver:
        skip("no Chromium or chromedriver (apt-get install chromium chromium-driver)")
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver), options=options)


def serve(folder):
    """Serves `folder` from 127.0.0.1 on a free port, quietly, on a thread; returns the server and its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d" % port
