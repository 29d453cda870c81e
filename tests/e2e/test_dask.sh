#!/usr/bin/env bash
# The Dask example: ECB+ documents extracted on a local cluster of two worker processes
# (examples/dask), the claims files ingested back; the claims equal a direct ingest's.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/e2e/lib.sh
W=target/e2e/dask
DOCS=../shared/corpus/ecbplus/ecbplus_docs.jsonl
rm -rf "$W" && mkdir -p "$W"
VENV="$(pwd)/target/e2e/python-venv" OUT="$W/job" WORKERS=2 BLOCKSIZE=1MB \
  TOLLCHECK_BIN="$BIN" bash examples/dask/run.sh | tee "$W/job.log"
grep -q '"workers": 2' "$W/job.log" || { echo "expected 2 workers"; exit 1; }
parts=$(ls "$W/job/claims" | wc -l)
[ "$parts" -ge 2 ] || { echo "expected several partitions, found $parts"; exit 1; }
"$BIN" --quiet --db "$W/direct.db" ingest "$DOCS"
"$BIN" --db "$W/direct.db" export claims > "$W/direct.csv"
"$BIN" --db "$W/job/tollcheck.db" export claims > "$W/dask.csv"
# one transaction a partition file, not one for the whole collection: the claims, their
# provenance and their events are the same; `input` names the same document and seq
cmp "$W/direct.csv" "$W/dask.csv" || { diff "$W/direct.csv" "$W/dask.csv" | head; exit 1; }
echo "dask: $(($(wc -l < "$W/dask.csv") - 1)) claims, the same as a direct ingest"
