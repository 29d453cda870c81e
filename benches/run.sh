#!/usr/bin/env bash
# `make bench`: tollcheck against the tools a user would pick instead. Not part of
# `make test`; nothing here asserts a time. Generates its data into bench-out/ (kept between
# runs, gitignored), installs its peers there, prints a table and writes bench-out/results.md.
#
# Sizes (environment): BENCH_ROWS (claim-sheet rows, 1000000), BENCH_EVENTS (ROWS/5),
# BENCH_MB (article megabytes, 100), BENCH_GDELT_MB (megabytes given to gdelt-regkg, 5:
# its rate is measured on a prefix of the same file), BENCH_SCALES (claims for the report
# growth series, "10000 100000 1000000"), BENCH_SEED (1), BENCH_FEW (articles ingested
# into the largest report database, 10), BENCH_SKIP (space-separated: sheet articles report
# peers incremental).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${BENCH_ROWS:-1000000}
EVENTS=${BENCH_EVENTS:-$((ROWS / 5))}
MB=${BENCH_MB:-100}
GDELT_MB=${BENCH_GDELT_MB:-5}
SCALES=${BENCH_SCALES:-"10000 100000 1000000"}
SEED=${BENCH_SEED:-1}
SKIP=" ${BENCH_SKIP:-} "
OUT=bench-out
BIN=$PWD/target/release/tollcheck
GEN=$PWD/target/release/examples/benchgen
EXTRACT=$PWD/target/release/examples/benchextract
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
: >"$RESULTS"

say() { printf '%s\n' "$*" >&2; }
skip() { [[ "$SKIP" == *" $1 "* ]]; }

# ---------------------------------------------------------------- build, tools, peers
say "== building (release)"
cargo build --release --quiet --bin tollcheck --example benchgen --example benchextract

apt_install() { # apt_install COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    say "== installing $2 from Debian"
    if [ "$(id -u)" = 0 ]; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >&2
    else
        { sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >&2
    fi
}
[ -x /usr/bin/time ] || apt_install /usr/bin/time time
apt_install sqlite3 sqlite3

SQLITE_UTILS=""
GDELT_PY=""
if ! skip peers; then
    if [ ! -x "$OUT/venv/bin/sqlite-utils" ]; then
        say "== installing sqlite-utils from PyPI into $OUT/venv"
        python3 -m venv "$OUT/venv" >&2
        "$OUT/venv/bin/pip" install -q sqlite-utils >&2
    fi
    SQLITE_UTILS=$OUT/venv/bin/sqlite-utils

    # gdelt-regkg needs Python >= 3.12. Debian 12 ships 3.11 and no 3.12 package; an
    # interpreter downloaded by uv or pyenv comes from outside the registries we may use.
    # So: an interpreter already on the machine (PATH, or one pyenv had installed), else skip.
    PY312=""
    for c in python3.14 python3.13 python3.12; do
        p=$(command -v "$c" 2>/dev/null || true)
        if [ -n "$p" ] && "$p" -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null; then
            PY312=$p
            break
        fi
    done
    if [ -z "$PY312" ]; then
        for p in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3; do
            if [ -x "$p" ] && "$p" -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null; then
                PY312=$p
            fi
        done
    fi
    if [ -n "$PY312" ]; then
        if [ ! -x "$OUT/venv312/bin/python" ] ||
            ! "$OUT/venv312/bin/python" -c 'import gdelt_regkg' 2>/dev/null; then
            say "== installing gdelt-regkg from PyPI into $OUT/venv312 ($("$PY312" --version))"
            "$PY312" -m venv "$OUT/venv312" >&2
            "$OUT/venv312/bin/pip" install -q gdelt-regkg >&2
        fi
        GDELT_PY=$OUT/venv312/bin/python
    else
        say "== gdelt-regkg SKIPPED: it needs Python >= 3.12; this machine has $(python3 --version 2>&1),"
        say "   Debian 12 has no python3.12 package and no interpreter may be downloaded from elsewhere"
    fi
fi

# ---------------------------------------------------------------- measuring
# measure NAME UNIT-AMOUNT CMD...: wall s, cpu s, max RSS MB into results.tsv
measure() {
    local name=$1 amount=$2
    shift 2
    local tf=$OUT/time.$$
    if ! /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$OUT/last.out" 2>"$OUT/last.err"; then
        say "!! $name failed:"
        tail -5 "$OUT/last.err" >&2
        printf '%s\t%s\tFAILED\t\t\n' "$name" "$amount" >>"$RESULTS"
        return 0
    fi
    read -r wall user sys rss <"$tf"
    rm -f "$tf"
    local cpu
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$amount" "$wall" "$cpu" "$((rss / 1024))" >>"$RESULTS"
    say "   $name: ${wall}s wall, ${cpu}s cpu, $((rss / 1024)) MB"
}
col() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$RESULTS" | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "n/a" }'; }
fresh() { rm -f "$1" "$1-wal" "$1-shm"; }

# ---------------------------------------------------------------- data
SHEET=$OUT/claims-$ROWS-$SEED.csv
ARTICLES=$OUT/articles-${MB}mb-$SEED.jsonl
if ! skip sheet || ! skip report; then
    [ -s "$SHEET" ] || {
        say "== generating $SHEET ($ROWS rows, $EVENTS events)"
        "$GEN" claims --rows "$ROWS" --events "$EVENTS" --seed "$SEED" -o "$SHEET"
    }
fi
if ! skip articles; then
    [ -s "$ARTICLES" ] || {
        say "== generating $ARTICLES ($MB MB)"
        "$GEN" articles --mb "$MB" --seed "$SEED" -o "$ARTICLES"
    }
fi

# ---------------------------------------------------------------- 1. claim-sheet ingest
if ! skip sheet; then
    say "== claim-sheet ingest: $ROWS rows ($(du -m "$SHEET" | cut -f1) MB)"
    fresh "$OUT/import.db"
    measure "sqlite3 .import" "$ROWS" sqlite3 "$OUT/import.db" -cmd ".mode csv" ".import $SHEET claims"
    if [ -n "$SQLITE_UTILS" ]; then
        fresh "$OUT/sqlite-utils.db"
        measure "sqlite-utils insert --csv" "$ROWS" "$SQLITE_UTILS" insert "$OUT/sqlite-utils.db" claims "$SHEET" --csv
    fi
    fresh "$OUT/sheet.db"
    measure "tollcheck ingest (sheet)" "$ROWS" "$BIN" --db "$OUT/sheet.db" ingest "$SHEET"
    measure "tollcheck ingest again (unchanged)" "$ROWS" "$BIN" --db "$OUT/sheet.db" ingest "$SHEET"
fi

# ---------------------------------------------------------------- 2. article ingest
if ! skip articles; then
    bytes=$(stat -c %s "$ARTICLES")
    say "== article ingest: $((bytes / 1000000)) MB of JSONL"
    # extraction alone (issue 3's figure): pure text -> claims over the same collection, in
    # parallel; the example prints the MB/s of text per second of its process cpu
    "$EXTRACT" "$ARTICLES" | tee "$OUT/extract.txt" >&2
    fresh "$OUT/articles.db"
    measure "tollcheck ingest (articles)" "$bytes" "$BIN" --db "$OUT/articles.db" ingest "$ARTICLES"
    if [ -n "$GDELT_PY" ]; then
        measure "gdelt-regkg counts (prefix)" "$((GDELT_MB * 1000000))" \
            "$GDELT_PY" benches/gdelt_counts.py "$ARTICLES" "$((GDELT_MB * 1000000))"
        cp "$OUT/last.out" "$OUT/gdelt.json"
    fi
fi

# ---------------------------------------------------------------- 3. report growth
if ! skip report; then
    for n in $SCALES; do
        sheet=$OUT/claims-$n-$SEED.csv
        [ -s "$sheet" ] || "$GEN" claims --rows "$n" --events "$((n / 5))" --seed "$SEED" -o "$sheet"
        db=$OUT/report-$n.db
        # made again every run, by this build: a database kept from an older build would be
        # migrated and linked again by the first report, and that is what would be timed
        fresh "$db"
        if [ "$sheet" = "$SHEET" ] && ! skip sheet; then
            sqlite3 "$OUT/sheet.db" ".backup '$db'" # the same sheet, ingested above
        else
            "$BIN" --quiet --db "$db" ingest "$sheet"
        fi
        say "== report over $n claims ($("$BIN" --db "$db" sql "select count(*) from event" --format csv | tail -1) events)"
        # the report of a database just ingested shows the events ingest linked; --relink
        # links every claim again first (what a report costs when anything changed)
        measure "tollcheck report ($n claims)" "$n" "$BIN" --db "$db" report -o "$OUT/report-$n.txt"
        measure "tollcheck report --relink ($n claims)" "$n" "$BIN" --db "$db" report --relink -o "$OUT/report-$n.txt"
    done
fi

# ---------------------------------------------------------------- 4. incremental linking
# A few articles (BENCH_FEW, 10) ingested into an empty database and into the database of
# the largest report size: linked incrementally (only what they touch), and, for
# comparison, with every claim linked again (as every ingest did before: a raw SQL write
# first, after which tollcheck never links incrementally).
FEW=${BENCH_FEW:-10}
if ! skip incremental; then
    few=$OUT/few-$FEW-$SEED.jsonl
    [ -s "$few" ] || {
        "$GEN" articles --mb 1 --seed "$((SEED + 1000))" -o "$OUT/few-source.jsonl"
        head -n "$FEW" "$OUT/few-source.jsonl" >"$few"
        rm -f "$OUT/few-source.jsonl"
    }
    last=$(echo "$SCALES" | awk '{ print $NF }')
    base=$OUT/report-$last.db
    # by this build (see the report section): made here when that section was skipped
    if skip report; then
        fresh "$base"
        sheet=$OUT/claims-$last-$SEED.csv
        [ -s "$sheet" ] || "$GEN" claims --rows "$last" --events "$((last / 5))" --seed "$SEED" -o "$sheet"
        "$BIN" --quiet --db "$base" ingest "$sheet"
    fi
    say "== $FEW articles into an empty database and into $last claims"
    fresh "$OUT/few-empty.db"
    measure "tollcheck ingest $FEW articles (empty database)" "$FEW" "$BIN" --db "$OUT/few-empty.db" ingest "$few"
    fresh "$OUT/few-big.db"
    sqlite3 "$base" ".backup '$OUT/few-big.db'"
    measure "tollcheck ingest $FEW articles ($last claims, incremental)" "$FEW" "$BIN" --db "$OUT/few-big.db" ingest --explain "$few"
    grep '^linking: ' "$OUT/last.err" >&2 || true
    fresh "$OUT/few-big.db"
    sqlite3 "$base" ".backup '$OUT/few-big.db'"
    "$BIN" --quiet --db "$OUT/few-big.db" sql --write "update xref_state set stale = 1" >/dev/null
    measure "tollcheck ingest $FEW articles ($last claims, every claim linked again)" "$FEW" "$BIN" --db "$OUT/few-big.db" ingest --explain "$few"
    grep '^linking: ' "$OUT/last.err" >&2 || true
fi

# ---------------------------------------------------------------- the table
{
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "tollcheck $(git rev-parse --short HEAD 2>/dev/null || echo '?'), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
    echo
    echo "| what | amount | wall s | cpu s | max RSS MB |"
    echo "|---|---:|---:|---:|---:|"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$RESULTS"
    echo
    t=$(col "tollcheck ingest (sheet)" 3)
    imp=$(col "sqlite3 .import" 3)
    su=$(col "sqlite-utils insert --csv" 3)
    if [ -n "$t" ]; then
        tc=$(col "tollcheck ingest (sheet)" 4)
        echo "- sheet ingest vs sqlite3 .import: $(ratio "$t" "$imp")x the wall time, $(ratio "$tc" "$(col "sqlite3 .import" 4)")x the cpu time (target <= 2)"
        [ -n "$su" ] && echo "- sqlite-utils vs sheet ingest: $(ratio "$su" "$t")x the wall time, $(ratio "$(col "sqlite-utils insert --csv" 4)" "$tc")x the cpu time (target >= 10)"
        echo "- sheet ingest peak memory: $(col "tollcheck ingest (sheet)" 5) MB (target < 300)"
    fi
    a=$(col "tollcheck ingest (articles)" 3)
    if [ -n "$a" ]; then
        ab=$(col "tollcheck ingest (articles)" 2)
        acpu=$(col "tollcheck ingest (articles)" 4)
        echo "- article ingest: $(ratio "$(ratio "$ab" 1000000)" "$a") MB/s end to end, $(ratio "$(ratio "$ab" 1000000)" "$acpu") MB/s per core (cpu time)"
        [ -s "$OUT/extract.txt" ] && echo "- $(cat "$OUT/extract.txt") (target >= 20)"
        echo "- article ingest end to end: target >= 20 MB/s per core"
        g=$(col "gdelt-regkg counts (prefix)" 4)
        if [ -n "$g" ] && [ -f "$OUT/gdelt.json" ]; then
            gb=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bytes"])' "$OUT/gdelt.json")
            grate=$(ratio "$(ratio "$gb" 1000000)" "$g")
            echo "- gdelt-regkg counts: $grate MB/s per core on the first $((gb / 1000000)) MB; tollcheck per core is $(ratio "$(ratio "$(ratio "$ab" 1000000)" "$acpu")" "$grate")x (target >= 50)"
        elif ! skip peers; then
            echo "- gdelt-regkg: not measured (no Python >= 3.12 on this machine)"
        fi
    fi
    for what in "report" "report --relink"; do
        prev_n="" prev_t=""
        for n in $SCALES; do
            rt=$(col "tollcheck $what ($n claims)" 3)
            [ -z "$rt" ] && continue
            if [ -n "$prev_n" ]; then
                nlogn=$(awk -v a="$n" -v b="$prev_n" 'BEGIN { printf "%.1f", a * log(a) / (b * log(b)) }')
                echo "- $what $prev_n -> $n claims: time x$(ratio "$rt" "$prev_t") (n log n would be x$nlogn)"
            fi
            prev_n=$n
            prev_t=$rt
        done
    done
    last=$(echo "$SCALES" | awk '{ print $NF }')
    rt=$(col "tollcheck report ($last claims)" 3)
    e=$(col "tollcheck ingest $FEW articles (empty database)" 3)
    i=$(col "tollcheck ingest $FEW articles ($last claims, incremental)" 3)
    f=$(col "tollcheck ingest $FEW articles ($last claims, every claim linked again)" 3)
    [ -z "$i" ] || echo "- $FEW articles into $last claims: ${i}s incremental, $(ratio "$i" "$e")x the same ingest into an empty database (${e}s); ${f}s with every claim linked again ($(ratio "$f" "$e")x)"
    [ -z "$rt" ] || echo "- report over $last claims: ${rt}s, $(col "tollcheck report ($last claims)" 5) MB; with --relink $(col "tollcheck report --relink ($last claims)" 3)s, $(col "tollcheck report --relink ($last claims)" 5) MB (target < 10 s, < 500 MB at 1,000,000)"
} | tee "$OUT/results.md"
