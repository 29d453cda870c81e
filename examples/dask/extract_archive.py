"""Extract casualty claims from a news archive with Dask's distributed scheduler.

The archive is article collections as JSONL (one article a line: text or body or
sentences, and optionally id/doc, title, outlet, published, url), local files or any
path Dask reads (s3://..., hdfs://... with the matching filesystem package). Each worker
process runs the `tollcheck` Python package over its partitions and writes one claims file
per partition (the lines `tollcheck extract` writes: one claim a line with its
provenance). Storage and cross-reference then run once, where the database is:

    python extract_archive.py 'archive/*.jsonl' --out claims/ --workers 4
    tollcheck --db tollcheck.db ingest claims/

On a cluster, give the scheduler's address instead of --workers: `--scheduler
tcp://host:8786` (every worker needs `pip install tollcheck` from this repository's
python/ folder, and the output folder must be one they share, such as s3://bucket/claims/).
"""

import argparse
import json
import os
import sys
import time


def extract_partition(lines, all_documents=True):
    """Lines of an article collection → lines of claims (JSON text)."""
    import tollcheck  # imported on the worker

    records = [json.loads(line) for line in lines if line.strip()]
    claims = tollcheck.extract_many(records, all_documents=all_documents)
    return [json.dumps(c, ensure_ascii=False) for c in claims]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("archive", nargs="+", help="JSONL article collections (globs allowed)")
    ap.add_argument("--out", required=True, help="folder for the claims files (part-N.jsonl)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of a local cluster")
    ap.add_argument("--scheduler", help="address of an existing scheduler (no local cluster)")
    ap.add_argument("--blocksize", default="4MB", help="bytes of archive per partition")
    ap.add_argument(
        "--claims-only",
        action="store_true",
        help="no line for documents without claims (linking then weighs names over fewer documents)",
    )
    args = ap.parse_args(argv)

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # one thread per worker process: extraction is CPU-bound and the package's own
        # parallelism is per process (RAYON_NUM_THREADS, inherited by the workers)
        os.environ.setdefault("RAYON_NUM_THREADS", "1")
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    os.makedirs(args.out, exist_ok=True) if "://" not in args.out else None
    start = time.monotonic()
    bag = db.read_text(args.archive, blocksize=args.blocksize)
    claims = bag.map_partitions(extract_partition, all_documents=not args.claims_only)
    # part-00000.jsonl, ...: in archive order by name, as `tollcheck ingest DIR` reads them
    paths = claims.to_textfiles(
        os.path.join(args.out, "part-*.jsonl"), name_function=lambda i: f"{i:05d}"
    )
    seconds = time.monotonic() - start
    n_claims = 0
    documents = set()
    for p in paths:
        if "://" in p:
            break
        with open(p, encoding="utf-8") as f:
            for line in f:
                c = json.loads(line)
                documents.add(c["document"])
                n_claims += c["outcome"] is not None
    workers = len(client.scheduler_info()["workers"])
    print(
        json.dumps(
            {
                "workers": workers,
                "partitions": len(paths),
                "documents": len(documents),
                "claims": n_claims,
                "seconds": round(seconds, 2),
            }
        )
    )
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
