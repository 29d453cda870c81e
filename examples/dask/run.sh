#!/usr/bin/env bash
# Runs extract_archive.py on a local Dask cluster of WORKERS (default 2) worker processes
# over ARCHIVE (default: the ECB+ documents beside the checkout), then ingests the claims
# with the tollcheck binary (TOLLCHECK_BIN, default target/debug/tollcheck) into OUT/db.
# Installs what it needs: the package's wheel (python/build.sh) and dask[distributed] from
# PyPI, in python/.venv. Prints the job's figures (JSON) and ingest's summary.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
ARCHIVE=${ARCHIVE:-../shared/corpus/ecbplus/ecbplus_docs.jsonl}
WORKERS=${WORKERS:-2}
OUT=${OUT:-target/dask}
BIN=${TOLLCHECK_BIN:-target/debug/tollcheck}
python=$(bash python/build.sh)
"$python" -m pip install --quiet --disable-pip-version-check 'dask[distributed]>=2024.1'
rm -rf "$OUT" && mkdir -p "$OUT"
"$python" examples/dask/extract_archive.py "$ARCHIVE" --out "$OUT/claims" --workers "$WORKERS" ${BLOCKSIZE:+--blocksize "$BLOCKSIZE"}
"$BIN" --db "$OUT/tollcheck.db" ingest "$OUT/claims"
