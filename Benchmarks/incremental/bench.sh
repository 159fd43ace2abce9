#!/usr/bin/env bash
# The maintainer's loop at N pages: a clean build, then in-place rebuilds after no change, after a one-opening
# edit and after a template edit, each timed (wall, user and system CPU) with GNU time, and a clean build to
# compare the template edit with. Run from anywhere, after `swift build -c release`:
#
#   Benchmarks/incremental/bench.sh [PATHWAYS] [N]     (defaults: .build/release/pathways, 10000)
#
# The corpus is ../shared/bench/gen_corpus.py's, with this repository's templates/ and content/site.yml
# (its `tags:` vocabulary left out: the generated corpus uses other tags). Work folder:
# $PATHWAYS_INCREMENTAL_DIR, default /tmp/pathways-incremental-N (on disk, not tmpfs).
# PATHWAYS_BENCH_SEED_CACHE=DIR copies DIR/previews and DIR/images (a .pathways-cache of the same corpus) in first,
# so that the first clean build does not encode ~9,000 link previews (minutes on 2 cores).
# Between steps the script waits for the detached removal of the previous output to finish, as a
# maintainer's pause between saves would, so one step's clean-up never runs into the next step's timing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
pathways=$(readlink -f "${1:-$repo/.build/release/pathways}")
n=${2:-10000}
work=${PATHWAYS_INCREMENTAL_DIR:-/tmp/pathways-incremental-$n}
now=2026-11-01

rm -rf "$work"
python3 "$repo/../shared/bench/gen_corpus.py" "$work" "$n" >/dev/null
cp -r "$repo/templates" "$work/templates"
if [ -n "${PATHWAYS_BENCH_SEED_CACHE:-}" ]; then
  mkdir -p "$work/.pathways-cache"
  for part in previews images; do
    if [ -d "$PATHWAYS_BENCH_SEED_CACHE/$part" ]; then cp -r "$PATHWAYS_BENCH_SEED_CACHE/$part" "$work/.pathways-cache/$part"; fi
  done
fi
# Every top-level key of site.yml but `tags` (and the comment lines just above it).
awk '/^tags:/ {skip=1; next} skip && /^[^ #]/ {skip=0} !skip' "$repo/content/site.yml" | sed '/^# The site.s tags/,/^# Labels/d' \
  > "$work/content/site.yml"

settle() {
  sync
  while ls -d "$work"/.public.discarded-* >/dev/null 2>&1; do sleep 0.2; done
}

# step NAME ARGS...: runs one build, prints a table row: name, wall, user, sys, and pathways' own summary.
step() {
  local name=$1; shift
  settle
  /usr/bin/time -f "%e %U %S" -o "$work/.time" "$pathways" build --root "$work" --now "$now" "$@" > "$work/.out" 2> "$work/.err" || {
    echo "build failed in step '$name':" >&2; tail -5 "$work/.err" >&2; exit 1; }
  read -r wall user sys < "$work/.time"
  printf "| %-22s | %7s | %7s | %6s | %s |\n" "$name" "$wall" "$user" "$sys" "$(tail -1 "$work/.out")"
}

echo "N=$n, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "| step                   | wall s  | user s  | sys s  | pathways says |"
echo "|---|---:|---:|---:|---|"
step "clean build (first)" --clean
step "clean build (in place)" --clean
step "no change" 
step "no change (again)"
opening=$(ls "$work/content/openings" | sort | sed -n 100p)
printf '\nOne more line, edited by the benchmark.\n' >> "$work/content/openings/$opening"
step "one opening edited"
# The first incremental build after a clean one stages into a new folder; from the second on, into the spare output.
opening=$(ls "$work/content/openings" | sort | sed -n 101p)
printf '\nOne more line, edited by the benchmark.\n' >> "$work/content/openings/$opening"
step "another opening edited"
printf '\n{%% comment %%}edited by the benchmark{%% endcomment %%}\n' >> "$work/templates/layouts/base.liquid"
step "template edited"
step "clean build (compare)" --clean
settle
