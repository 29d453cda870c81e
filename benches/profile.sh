#!/usr/bin/env bash
# Issue 14's instruction counts (session 27): extraction alone under callgrind, so two builds
# compare on a loaded machine (wall time there is noise). Inputs are made into OUT, never
# committed: a2.jsonl, the first 722 articles of `benchgen articles --mb 10 --seed 7` (the
# file sessions 10-26 measured), and ecb.jsonl, the ECB+ documents (no held-out draw takes
# any). Prints the instructions spent inside `Extractor::extract` on each and the top
# functions (inclusive) into OUT/NAME.top.txt.
#
# `benches/profile.sh [OUT]` (default bench-out/profile); PROFILE_BIN=DIR: a build's
# target/release to measure instead of this checkout's (built here first otherwise).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
OUT=${1:-bench-out/profile}
mkdir -p "$OUT"
BIN=${PROFILE_BIN:-}
if [ -z "$BIN" ]; then
    cargo build --release --quiet --example benchgen --example benchextract
    BIN=$root/target/release
fi
[ -s "$OUT/a2.jsonl" ] || {
    "$BIN/examples/benchgen" articles --mb 10 --seed 7 -o "$OUT/a10.jsonl"
    head -722 "$OUT/a10.jsonl" >"$OUT/a2.jsonl"
}
[ -s "$OUT/ecb.jsonl" ] || cp ../shared/corpus/ecbplus/ecbplus_docs.jsonl "$OUT/ecb.jsonl"
for name in a2 ecb; do
    RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$OUT/$name.cg" \
        --collect-atstart=no --toggle-collect='tollcheck::extract::Extractor::extract' \
        "$BIN/examples/benchextract" "$OUT/$name.jsonl" >"$OUT/$name.log" 2>&1
    # (the whole listing written first: `| head` closed the pipe early, and under pipefail
    # the script stopped after the first input; session 28)
    callgrind_annotate --inclusive=yes "$OUT/$name.cg" >"$OUT/$name.inclusive.txt" 2>/dev/null
    head -60 "$OUT/$name.inclusive.txt" >"$OUT/$name.top.txt"
    total=$(awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }' "$OUT/$name.top.txt")
    echo "$name: $(awk -v n="$total" 'BEGIN { printf "%.1f", n / 1e6 }') M instructions in Extractor::extract ($(grep -o '[0-9]* documents' "$OUT/$name.log" | head -1))"
done
