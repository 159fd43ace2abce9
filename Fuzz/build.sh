#!/usr/bin/env bash
# Builds the libFuzzer binary Fuzz/.build/liquid-fuzz from Sources/Liquid and the fuzz target.
# Usage: Fuzz/build.sh            (fuzzer + AddressSanitizer)
#        SANITIZE=fuzzer Fuzz/build.sh   (fuzzer only, if ASan will not link)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
swiftc="${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}"
sanitize="${SANITIZE:-fuzzer,address}"
# Compile a snapshot, so edits made to Sources/Liquid during the build cannot break it.
rm -rf "$here/.build/src" && mkdir -p "$here/.build/src"
cp -R "$root/Sources/Liquid/." "$here/.build/src/"
mapfile -t sources < <(find "$here/.build/src" -name '*.swift' | sort)
"$swiftc" -sanitize="$sanitize" -parse-as-library -O -g -module-name Liquid \
    "${sources[@]}" "$here/LiquidFuzzTarget.swift" \
    -module-cache-path "$here/.build/module-cache" -use-ld=lld \
    -o "$here/.build/liquid-fuzz"
echo "built $here/.build/liquid-fuzz (-sanitize=$sanitize)"
