#!/usr/bin/env bash
# Our search index against Pagefind on the generated corpus: indexing time and peak memory, index
# files and bytes, and requests and bytes a reader's first query costs (../shared/bench/search_bytes.py).
#
# usage: Benchmarks/search/compare.sh [N]        (from anywhere; N pages, default 10000)
#
# Steps: generate the corpus (gen_corpus.py, cached in $SEARCH_BENCH_DIR, default /tmp/pathways-search-bench);
# build the site with `pathways build` (its HTML is what Pagefind indexes); time Pagefind on it; time
# `search-bench`, which builds our index from the corpus's Markdown (until the site emits search
# documents itself); put our search page (Tests/browser/fixture/search/index.html without its stylesheet,
# like Pagefind's test page) and search.js beside it; measure queries for both with search_bytes.py.
# Needs: swift, python3, pip pagefind-bin and selenium, Debian chromium and chromium-driver, GNU time.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$root/../shared/bench"
n="${1:-10000}"
work="${SEARCH_BENCH_DIR:-/tmp/pathways-search-bench}/$n"
corpus="$work/corpus"
site="$work/site"
queries=(design desig desi des zebrafinch "العمل")

[ -f "$shared/gen_corpus.py" ] || { echo "compare.sh: no $shared/gen_corpus.py" >&2; exit 1; }
mkdir -p "$work"
if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    python3 "$shared/gen_corpus.py" "$corpus" "$n"
    touch "$corpus/.complete"
fi

cd "$root"
swift build -c release --product search-bench >&2
swift build --product pathways >&2
rm -rf "$corpus/templates" "$site"
cp -r templates "$corpus/templates"
printf 'title: Bench\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [en, ar]\nper_page: 20\n' > "$corpus/content/site.yml"
.build/debug/pathways build --root "$corpus" --output "$site" --now 2026-11-01 >&2

echo "== Pagefind" >&2
/usr/bin/time -f '%e %M' -o "$work/pagefind.time" python3 -m pagefind_bin --site "$site" > "$work/pagefind.log"
echo "== ours" >&2
/usr/bin/time -f '%e %M' -o "$work/ours.time" .build/release/search-bench "$corpus" "$site/search" > "$work/ours.log"
grep -v 'rel="stylesheet"' Tests/browser/fixture/search/index.html > "$site/search/index.html"
cp templates/assets/search.js "$site/assets/search.js"

python3 "$shared/search_bytes.py" "$site" /search/ "${queries[@]}" | tee "$work/ours.bytes" >&2
python3 "$shared/search_bytes.py" "$site" /search/ "${queries[@]}" --pagefind | tee "$work/pagefind.bytes" >&2

python3 - "$work" "$site" "${queries[@]}" <<'EOF'
import os, re, sys
work, site, queries = sys.argv[1], sys.argv[2], sys.argv[3:]
def folder(path):
    files = [os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs if f != "index.html"]
    return len(files), sum(os.path.getsize(f) for f in files), max(os.path.getsize(f) for f in files)
def timing(name):
    seconds, kb = open(os.path.join(work, name + ".time")).read().split()[-2:]
    return float(seconds), int(kb) / 1024
def per_query(name):
    rows = re.findall(r"query '(.*)': (\d+) requests, (\d+) bytes", open(os.path.join(work, name + ".bytes")).read())
    return {q: (int(r), int(b)) for q, r, b in rows}
ours_files = folder(os.path.join(site, "search"))
pf_files = folder(os.path.join(site, "pagefind"))
ot, om = timing("ours"); pt, pm = timing("pagefind")
oq, pq = per_query("ours"), per_query("pagefind")
print("| | Pagefind 1.5.2 | ours | ours / Pagefind |")
print("|---|---:|---:|---:|")
print("| indexing wall s | %.2f | %.2f | %.2f |" % (pt, ot, ot / pt))
print("| indexing peak RSS MB | %.0f | %.0f | %.2f |" % (pm, om, om / pm))
print("| index files | %d | %d | %.3f |" % (pf_files[0], ours_files[0], ours_files[0] / pf_files[0]))
print("| index bytes | %d | %d | %.2f |" % (pf_files[1], ours_files[1], ours_files[1] / pf_files[1]))
print("| largest index file | %d | %d | |" % (pf_files[2], ours_files[2]))
for q in queries:
    if q in oq and q in pq:
        print("| query %s: requests / bytes | %d / %d | %d / %d | %.2f / %.2f |" % (
            q, pq[q][0], pq[q][1], oq[q][0], oq[q][1], oq[q][0] / max(1, pq[q][0]), oq[q][1] / max(1, pq[q][1])))
EOF
