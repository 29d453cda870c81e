#!/usr/bin/env bash
# Scale-out figures for docs/scale.md: extraction throughput per Dask worker process and
# the speed-up from 1 to 2 workers on this machine (examples/dask/extract_archive.py over
# the Python package), with a single process without Dask for reference.
# SCALE_COPIES (default 8) copies of the ECB+ documents, each with its own ids, make the
# archive. Installs the wheel and dask[distributed] (python/build.sh, PyPI) in python/.venv.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
COPIES=${SCALE_COPIES:-8}
W=${SCALE_OUT:-bench-out/scale}
mkdir -p "$W"
python=$(bash python/build.sh)
"$python" -m pip install --quiet --disable-pip-version-check 'dask[distributed]>=2024.1'
archive="$W/archive-x$COPIES.jsonl"
"$python" - "$archive" "$COPIES" <<'PY'
import json, sys
out, copies = sys.argv[1], int(sys.argv[2])
docs = [json.loads(l) for l in open("../shared/corpus/ecbplus/ecbplus_docs.jsonl", encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for k in range(copies):
        for d in docs:
            d = dict(d, doc=f"{d.get('doc')}#{k}")
            f.write(json.dumps(d) + "\n")
PY
mb=$("$python" -c "import os,sys; print(round(os.path.getsize(sys.argv[1]) / 1e6, 2))" "$archive")
docs=$(wc -l < "$archive")
echo "archive: $docs documents, $mb MB ($COPIES copies of ECB+); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# one process, no Dask: the package alone on one thread
base=$(RAYON_NUM_THREADS=1 "$python" - "$archive" <<'PY'
import json, sys, time, tollcheck
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
t = time.monotonic()
claims = tollcheck.extract_many(recs, all_documents=True)
print(round(time.monotonic() - t, 2))
PY
)
echo "one process, one thread, no Dask: ${base} s"
for workers in 1 2; do
  rm -rf "$W/claims-$workers"
  line=$("$python" examples/dask/extract_archive.py "$archive" --out "$W/claims-$workers" \
    --workers "$workers" --blocksize "${SCALE_BLOCKSIZE:-2MB}" | tail -1)
  echo "dask, $workers worker(s): $line"
  eval "secs_$workers=$("$python" -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$line")"
done
"$python" - "$docs" "$mb" "$base" "$secs_1" "$secs_2" <<'PY'
import sys
docs, mb, base, s1, s2 = int(sys.argv[1]), float(sys.argv[2]), *map(float, sys.argv[3:])
print(f"per worker, 1 worker:  {docs / s1:,.0f} documents/s, {mb / s1:.2f} MB/s")
print(f"per worker, 2 workers: {docs / s2 / 2:,.0f} documents/s, {mb / s2 / 2:.2f} MB/s")
print(f"speed-up 1 -> 2 workers: {s1 / s2:.2f}x; Dask's cost over one bare process: {s1 / base:.2f}x")
PY
