#!/usr/bin/env bash
# Seeds a corpus and runs the Liquid fuzzer for SECONDS (default 600).
# Usage: Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
# Findings go to Fuzz/artifacts/; the growing corpus stays in Fuzz/corpus/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
seconds="${1:-600}"
shift || true
golden="${GOLDEN_LIQUID:-$root/../shared/conformance/golden_liquid.json}"
binary="$here/.build/liquid-fuzz"
[ -x "$binary" ] || "$here/build.sh"
mkdir -p "$here/corpus" "$here/.build/seeds" "$here/artifacts"
if [ -f "$golden" ]; then
    python3 - "$golden" "$here/.build/seeds" <<'PY'
import hashlib, json, os, sys
tests = json.load(open(sys.argv[1]))["tests"]
for test in tests:
    sources = [test.get("template", "")] + list((test.get("templates") or {}).values())
    for source in sources:
        data = source.encode("utf-8")
        name = "golden-" + hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(sys.argv[2], name), "wb") as f:
            f.write(data)
PY
else
    echo "warning: $golden not found; seeding from templates/ only" >&2
fi
find "$root/templates" -name '*.liquid' -exec cp {} "$here/.build/seeds/" \;
echo "seeds: $(ls "$here/.build/seeds" | wc -l), corpus: $(ls "$here/corpus" | wc -l)"
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"  # the Swift backtracer hangs under ASan; libFuzzer prints the stack
exec "$binary" "$here/corpus" "$here/.build/seeds" \
    -dict="$here/liquid.dict" \
    -max_total_time="$seconds" -max_len=4096 -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$here/artifacts/" -print_final_stats=1 "$@"
