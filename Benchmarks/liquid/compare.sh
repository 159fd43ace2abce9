#!/usr/bin/env bash
# Renders the Liquid benchmark fixtures with our engine (liquid-bench), python-liquid
# and Ruby's liquid, one after another, and prints renders/s and our speed-up ratios.
#
# Usage: Benchmarks/liquid/compare.sh [--seconds 3] [--fixtures DIR] [--scratch-path PATH]
#   --seconds       how long each engine renders each fixture (default 3)
#   --fixtures      fixture folder (default ../shared/conformance/benchmark_fixtures from the repo root)
#   --scratch-path  SwiftPM build folder (default $LIQUID_BENCH_SCRATCH, else .build)
# Needs: swift, python3 with python-liquid, ruby with the liquid gem (Debian: ruby, ruby-liquid).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=3
fixtures="$root/../shared/conformance/benchmark_fixtures"
scratch="${LIQUID_BENCH_SCRATCH:-.build}"
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --fixtures) fixtures="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        *) echo "usage: $0 [--seconds 3] [--fixtures DIR] [--scratch-path PATH]" >&2; exit 2 ;;
    esac
done
[ -d "$fixtures" ] || { echo "compare.sh: no fixtures at $fixtures" >&2; exit 1; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

cd "$root"
echo "building liquid-bench (release, scratch path $scratch)..." >&2
swift build -c release --product liquid-bench --scratch-path "$scratch" >&2
bin="$(swift build -c release --product liquid-bench --scratch-path "$scratch" --show-bin-path)/liquid-bench"

# One engine at a time, so they do not compete for the cores.
echo "running liquid-bench..." >&2
"$bin" "$fixtures" --seconds "$seconds" | tee "$out/ours.txt" >&2
echo "running python-liquid..." >&2
python3 "$here/peer_python.py" "$fixtures" --seconds "$seconds" | tee "$out/python.txt" >&2
echo "running ruby liquid..." >&2
ruby "$here/peer_ruby.rb" "$fixtures" --seconds "$seconds" | tee "$out/ruby.txt" >&2

# Lines read: `fixture NAME: N renders/s` and `fixture NAME: matches expected: true|false ...`.
awk -v seconds="$seconds" '
    FNR == 1 { engine++ }
    /^fixture .*: [0-9]+ renders\/s$/ { name = $2; sub(":", "", name); rate[engine, name] = $3; if (engine == 1) order[++n] = name }
    /^fixture .*: matches expected:/ { name = $2; sub(":", "", name); match_[engine, name] = ($5 == "true") ? "yes" : "no" }
    END {
        printf "Liquid renders/s, %s s per fixture per engine; ratios = ours / theirs (goal: >= 10x python, >= 3x ruby)\n\n", seconds
        printf "| fixture | ours | python-liquid | ruby liquid | ours/python | ours/ruby | matches expected (ours/py/rb) | goal |\n"
        printf "|---|---:|---:|---:|---:|---:|---|---|\n"
        missed = 0
        for (i = 1; i <= n; i++) {
            f = order[i]; ours = rate[1, f]; py = rate[2, f]; rb = rate[3, f]
            rpy = py > 0 ? ours / py : 0; rrb = rb > 0 ? ours / rb : 0
            ok = (rpy >= 10 && rrb >= 3) ? "met" : "MISSED"
            if (ok == "MISSED") missed++
            printf "| %s | %d | %d | %d | %.1fx | %.1fx | %s/%s/%s | %s |\n", f, ours, py, rb, rpy, rrb, match_[1, f], match_[2, f], match_[3, f], ok
        }
        printf "\n%d of %d fixtures miss the goal\n", missed, n
    }' "$out/ours.txt" "$out/python.txt" "$out/ruby.txt"
