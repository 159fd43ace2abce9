#!/bin/sh
# Regenerates the 360 px phone screenshots in this folder from the example site:
# builds Pathways and the site, serves it on 127.0.0.1, and photographs each page with headless Chromium.
# Usage: docs/screenshots/make.sh   (needs swift, python3 and chromium)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
swift build --product pathways >/dev/null 2>&1
bin=$(swift build --show-bin-path)
work=$(mktemp -d)
"$bin/pathways" build --root "$root" --output "$work/public" --now 2026-11-23 >/dev/null
port=${PORT:-8734}
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/public" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
sleep 1
# name  path  height: tall enough to show what matters (the first 740 px are a phone's first screen)
while read -r name path height; do
    if [ ! -f "$work/public${path}index.html" ]; then
        echo "skipped $name: the site has no $path" >&2
        continue
    fi
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="360,$height" --screenshot="$here/$name.png" "http://127.0.0.1:$port$path" >/dev/null 2>&1
    echo "wrote docs/screenshots/$name.png (360×$height, $path)"
done <<'PAGES'
home-en / 740
opening-en /openings/junior-web-developer-berlin/ 1400
opening-ar /openings/park-rehabilitation-cash-for-work-mafraq/ 1400
opening-closed-en /openings/online-english-tutor-part-time/ 1000
evaluation-en /evaluations/remote-support-academy-rct/ 2000
evaluation-ar /evaluations/cash-for-work-mafraq-2025-ar/ 2000
evaluations-en /evaluations/ 1400
evaluations-ar /ar/evaluations/ 1400
PAGES
