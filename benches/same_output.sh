#!/usr/bin/env bash
# Speed work must not change what is stored: `benches/same_output.sh OLD_BIN NEW_BIN
# [ARTICLES...]` ingests every ECB+ and MUC-3/4 document, the seeds and the given article
# files (e.g. 10 MB from `benchgen articles --mb 10`) with each binary and --explain, then
# compares every decision printed, the claims export and every table (minus ingest
# timestamps; source ids by name, as the source table's order varies from run to run;
# minus xref_state's fingerprint and xref_mark's base, which name the linker's build).
# Prints "same" or the differences; exit status 1 when they differ. Needs sqlite3.
set -euo pipefail
old=$1 new=$2
shift 2
corpus=${TOLLCHECK_CORPUS:-$(cd "$(dirname "$0")/.." && pwd)/../shared/corpus}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# every table's rows, ordered, as one md5 a table; each claim's event (claim.event_id up to
# schema V4, the table claim_event from V5) as its own line, "claim events"
dump() {
    local db=$1 t cols
    for t in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table'
        AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claim_fts_%'
        AND name NOT LIKE 'refinery%' AND name != 'claim_event' ORDER BY name"); do
        cols=$(sqlite3 "$db" "SELECT group_concat(CASE name WHEN 'claimant_id'
            THEN '(SELECT name FROM source s WHERE s.source_id = claimant_id)' ELSE name END, ',')
            FROM pragma_table_info('$t')
            WHERE name NOT IN ('ingested_at', 'made_at', 'corrected_at', 'source_id',
                'fingerprint')
              AND NOT ('$t' = 'claim' AND name = 'event_id')
              AND NOT ('$t' = 'xref_mark' AND name = 'base')")
        printf '%-20s %s\n' "$t" "$(sqlite3 "$db" "SELECT $cols FROM $t ORDER BY $cols" | md5sum)"
    done
    if [ -n "$(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE name = 'claim_event'
        AND type = 'table'")" ]; then
        t="SELECT claim_id, event_id FROM claim_event"
    else
        t="SELECT claim_id, event_id FROM claim WHERE event_id IS NOT NULL"
    fi
    printf '%-20s %s\n' "claim events" "$(sqlite3 "$db" "$t ORDER BY 1" | md5sum)"
    printf '%-20s %s\n' claim_fts "$(sqlite3 "$db" "SELECT rowid FROM claim_fts
        WHERE claim_fts MATCH 'killed OR dead OR wounded' ORDER BY rowid" | md5sum)"
}

for which in old new; do
    bin=${!which}
    d=$out/$which
    mkdir -p "$d"
    "$bin" --db "$d/db" --quiet ingest --explain "$corpus/ecbplus/ecbplus_docs.jsonl" \
        "$corpus/muc34/muc34_messages_with_casualty_keys.jsonl" "$corpus/seeds" "$@" \
        >"$d/explain.txt" 2>"$d/stderr.txt" || true
    "$bin" --db "$d/db" export claims >"$d/claims.csv"
    dump "$d/db" >"$d/tables.txt"
done
status=0
for f in explain.txt stderr.txt claims.csv tables.txt; do
    if ! diff -q "$out/old/$f" "$out/new/$f" >/dev/null; then
        echo "differ: $f"
        diff "$out/old/$f" "$out/new/$f" | head -20
        status=1
    fi
done
[ $status = 0 ] && echo "same: $(wc -l <"$out/new/explain.txt") decisions, $(($(wc -l <"$out/new/claims.csv") - 1)) claims, every table"
exit $status
