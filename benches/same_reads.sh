#!/usr/bin/env bash
# Moving SQL between modules must not change what is printed: `benches/same_reads.sh OLD_BIN
# NEW_BIN` ingests the seeds, ECB+ and MUC-3/4 (each into its own database, with each
# binary), then compares every read command's output: export of every table in every
# format, sql in every format (with a parameter, an error, --write), events list, report in
# every format and with its filters, --explain-links, --fail-on's exit status, schema.
# Prints "same: N outputs" or the differences; exit status 1 when they differ.
set -uo pipefail
old=$1 new=$2
corpus=${TOLLCHECK_CORPUS:-$(cd "$(dirname "$0")/.." && pwd)/../shared/corpus}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() { # dir name command...
    local d=$1 n=$2
    shift 2
    "$@" >"$d/$n.out" 2>"$d/$n.err"
    echo "exit $?" >>"$d/$n.err"
}

reads() { # bin dir db
    local bin=$1 d=$2 db=$3 f w
    local t=("$bin" --db "$db" --quiet)
    for w in claims events findings documents sources; do
        for f in csv tsv json jsonl table; do
            run "$d" "export-$w-$f" "${t[@]}" export "$w" --format "$f"
        done
        run "$d" "export-$w-raw-excel" "${t[@]}" export "$w" --raw --excel
    done
    run "$d" export-geojson "${t[@]}" export events --format geojson
    run "$d" export-geojson-claims "${t[@]}" export claims --format geojson
    for f in table csv tsv json jsonl; do
        run "$d" "sql-$f" "${t[@]}" sql "select outcome, count(*) n, sum(low) s,
            avg(high) a, null z from claims group by 1 order by 1" --format "$f"
        run "$d" "sql-claims-$f" "${t[@]}" sql "select * from claims order by claim_id" \
            --format "$f"
        run "$d" "events-$f" "${t[@]}" events --format "$f" list
    done
    run "$d" sql-param "${t[@]}" sql "select count(*) from claims where outcome = :o" \
        -p o killed
    run "$d" sql-param2 "${t[@]}" sql "select claim_id from claims where outcome = @o
        and low >= \$n order by 1" -p @o wounded -p '$n' 3 --format csv
    run "$d" sql-badparam "${t[@]}" sql "select 1" -p nope 1
    run "$d" sql-syntax "${t[@]}" sql "selec 1"
    run "$d" sql-write-refused "${t[@]}" sql "delete from event_correction"
    run "$d" sql-vacuum-refused "${t[@]}" sql "vacuum into '$d/x.db'"
    run "$d" sql-blob "${t[@]}" sql "select x'00ff10' b, 1.5 r, 'x' t"
    run "$d" sql-stdin "${t[@]}" sql - <<<"select count(*) from events"
    run "$d" sql-empty "${t[@]}" sql "select * from claims where 0" --format json
    run "$d" schema "${t[@]}" schema
    for f in text markdown json csv html; do
        run "$d" "report-$f" "${t[@]}" report --format "$f"
    done
    run "$d" report-all "${t[@]}" report --all
    run "$d" report-only "${t[@]}" report --only-findings --min-severity medium
    run "$d" report-kind "${t[@]}" report --kind numeric_conflict --kind divergence
    run "$d" report-since "${t[@]}" report --since 2015 --until 2016-06
    run "$d" report-event "${t[@]}" report --event 3
    run "$d" report-explain "${t[@]}" report --explain-links
    run "$d" report-fail "${t[@]}" report --fail-on conflict --format json
    run "$d" report-relink "${t[@]}" report --relink --window-days 5 --format markdown
    run "$d" events-rename "${t[@]}" events rename 2 "a label of my own"
    # an event of several claims, and its first claim
    local e c
    e=$("${t[@]}" sql "select event_id from events where claims > 1 order by 1 limit 1" -f csv |
        tail -n +2)
    c=$("${t[@]}" sql "select min(claim_id) from claims where event_id = :e" -p e "$e" -f csv |
        tail -n +2)
    run "$d" events-split "${t[@]}" events split "$e" --claims "$c" --label "split off"
    run "$d" events-split-bad "${t[@]}" events split 1 --claims 999999
    run "$d" events-merge-bad "${t[@]}" events merge 1 999999
    run "$d" events-after "${t[@]}" events --format csv
    run "$d" sql-write "${t[@]}" sql --write "update event_correction set label = label"
    run "$d" report-after "${t[@]}" report --format json
    run "$d" export-after "${t[@]}" export findings
}

for which in old new; do
    bin=${!which}
    for input in seeds ecbplus muc34; do
        # one working folder for both binaries: paths in messages are the same
        d=$out/work
        mkdir -p "$d"
        case $input in
        seeds) paths=("$corpus/seeds" "$corpus/seeds-claims.csv") ;;
        ecbplus) paths=("$corpus/ecbplus/ecbplus_docs.jsonl") ;;
        muc34) paths=("$corpus/muc34/muc34_messages_with_casualty_keys.jsonl") ;;
        esac
        "$bin" --db "$d/db" --quiet ingest "${paths[@]}" >"$d/ingest.out" 2>&1
        reads "$bin" "$d" "$d/db"
        rm -f "$d"/db* "$d"/x.db
        # ingest and correction times are the clock's, not the code's
        sed -i -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z?/TIME/g' "$d"/*
        mkdir -p "$out/$which"
        mv "$d" "$out/$which/$input"
    done
done
diff -r "$out/old" "$out/new" >"$out/diff.txt"
if [ -s "$out/diff.txt" ]; then
    head -60 "$out/diff.txt"
    exit 1
fi
echo "same: $(find "$out/new" -name '*.out' | wc -l) outputs (and their stderr and exit status)"
