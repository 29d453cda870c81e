"""The peer for article ingest: gdelt-regkg's count extraction (the GKG Counts field:
"KILL#12#people") over the same JSONL articles tollcheck reads. One process, one core.

usage: python gdelt_counts.py ARTICLES.jsonl [MAX_BYTES]
Prints one JSON object: bytes and documents read, mentions found, seconds.
"""

import json
import sys
import time

from gdelt_regkg.fields.counts import analyze_counts, default_count_rules


def main() -> None:
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    rules = default_count_rules()
    start = time.perf_counter()
    read = docs = mentions = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            result = analyze_counts(rec.get("text") or rec.get("body") or "", rules=rules)
            result.to_gkg()
            mentions += len(result.mentions)
            docs += 1
            read += len(line)
            if limit and read >= limit:
                break
    print(
        json.dumps(
            {
                "bytes": read,
                "documents": docs,
                "mentions": mentions,
                "seconds": time.perf_counter() - start,
            }
        )
    )


if __name__ == "__main__":
    main()
