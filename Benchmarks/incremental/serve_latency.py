#!/usr/bin/env python3
"""Save-to-reload latency of `pathways serve` on a built corpus.

usage: serve_latency.py PATHWAYS SITE [--port 1399] [--saves 3] [--edit body|title|tags]

Starts `PATHWAYS serve --root SITE --now 2026-11-01`, waits for its first
build, listens to the live-reload event stream, then appends a line to one
opening several times; for each save prints the seconds from the file being
closed to the `reload` events arriving: the preview's (`reload` with data
`preview /openings/x/`, after which the tab on that page reloads and sees the
edit, which the script checks by fetching the page) and the rebuild's (`built`,
when the rest of the site has caught up). `--edit title` changes the opening's
title in its front matter instead, which its cards on list, tag and facet pages
show too: the preview then names all of them, and the script fetches the
opening's own page. `--edit tags` adds a new tag to the opening, which moves it
onto a tag page the rebuild makes: the preview is a first look at the opening's
own page, and the rebuild brings the lists. Stops the server with SIGINT and
checks it exits. Standard library only.
"""
import argparse
import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pathways")
    parser.add_argument("site")
    parser.add_argument("--port", type=int, default=1399)
    parser.add_argument("--saves", type=int, default=3)
    parser.add_argument("--edit", choices=["body", "title", "tags"], default="body")
    args = parser.parse_args()

    server = subprocess.Popen([args.pathways, "serve", "--root", args.site, "--port", str(args.port), "--now", "2026-11-01", "--verbose"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    first_build = threading.Event()

    def read_output():
        for line in server.stdout:
            lines.append(line.rstrip())
            if line.startswith(("rebuilt", "up to date")):
                first_build.set()
    threading.Thread(target=read_output, daemon=True).start()
    started = time.perf_counter()
    while not first_build.wait(1):
        if server.poll() is not None or time.perf_counter() - started > 300:
            server.kill()
            sys.exit("no first build within 300 s:\n" + "\n".join(lines[-10:]))
    print(f"first build: {time.perf_counter() - started:.2f} s ({lines[-1]})")

    events = []
    arrived = threading.Condition()

    def listen():
        connection = http.client.HTTPConnection("127.0.0.1", args.port)
        connection.request("GET", "/__pathways/events")
        response = connection.getresponse()
        while True:
            line = response.fp.readline()
            if not line:
                return
            if line.startswith(b"event: reload"):
                when = time.perf_counter()
                data = response.fp.readline().decode().removeprefix("data: ").strip()
                with arrived:
                    events.append((when, data))
                    arrived.notify_all()
    threading.Thread(target=listen, daemon=True).start()
    time.sleep(1)

    openings = sorted(os.listdir(os.path.join(args.site, "content", "openings")))
    target = os.path.join(args.site, "content", "openings", openings[len(openings) // 3])
    previews, builds = [], []
    for save in range(args.saves):
        seen = len(events)
        marker = f"Saved again ({save}) {time.time_ns()}."
        if args.edit == "tags":
            marker = f"saved-{save}-{time.time_ns() % 1000000}"
            with open(target) as handle:
                text = handle.read()
            text = re.sub(r'^tags: \[', f'tags: [{marker}, ', text, count=1, flags=re.M)
            with open(target, "w") as handle:
                handle.write(text)
        elif args.edit == "body":
            with open(target, "a") as handle:
                handle.write(f"\n{marker}\n")
        else:
            with open(target) as handle:
                text = handle.read()
            text = re.sub(r'^title: .*$', f'title: "{marker}"', text, count=1, flags=re.M)
            with open(target, "w") as handle:
                handle.write(text)
        saved = time.perf_counter()
        with arrived:
            if not arrived.wait_for(lambda: any(data.startswith(("built", "failed")) for _, data in events[seen:]), timeout=120):
                sys.exit("no reload within 120 s")
        mine = events[seen:]
        preview = next(((when, data) for when, data in mine if data.startswith("preview")), None)
        built = next((when, data) for when, data in mine if not data.startswith("preview"))
        builds.append(built[0] - saved)
        shown = "no preview"
        if preview:
            previews.append(preview[0] - saved)
            pages = preview[1].split()[1:]
            own = f"/openings/{os.path.splitext(os.path.basename(target))[0]}/"
            page = own if own in pages else pages[0]
            connection = http.client.HTTPConnection("127.0.0.1", args.port)
            connection.request("GET", page)
            body = connection.getresponse().read().decode()
            shown = f"preview of {len(pages)} pages ({page}) after {previews[-1]:.3f} s, {'shows' if marker in body else 'DOES NOT show'} the edit"
        # The rebuild's event names the previewed pages it wrote as the preview showed them (their tabs stay).
        spared = len(built[1].split()) - 2 if built[1].startswith("built") else 0
        print(f"save {save + 1}: {shown}; rebuilt after {builds[-1]:.3f} s, {spared} previewed pages written as shown ({lines[-1]})")
        time.sleep(1)
    server.send_signal(signal.SIGINT)
    code = server.wait(60)
    median = lambda values: sorted(values)[len(values) // 2] if values else float("nan")
    print(f"median save->preview reload {median(previews):.3f} s ({len(previews)} of {args.saves} saves previewed); "
          f"median save->rebuilt reload {median(builds):.3f} s; server exit status {code}")


if __name__ == "__main__":
    main()
