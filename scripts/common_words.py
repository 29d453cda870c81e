#!/usr/bin/env python3
"""Builds data/extract/common_words.txt: words that news text writes in lower case.

A word that runs of mixed-case news write in lower case, in several documents, is a common
word, not a name. Signatures of text in capitals only (wire copy, MUC-3/4) have no case to
tell names by, and leave these words out instead. Read from the ECB+ corpus (CC BY 3.0) in
../shared; only the words and none of the text are kept.

    python3 scripts/common_words.py ../shared/corpus/ecbplus/ecbplus_docs.jsonl > data/extract/common_words.txt
"""
import json
import re
import sys

MIN_DOCS = 3

def main(path):
    seen = {}
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        words = set()
        for s in doc["sentences"]:
            for w in re.findall(r"[A-Za-z]+", s):
                if len(w) >= 3 and w.islower():
                    words.add(w)
        for w in words:
            seen[w] = seen.get(w, 0) + 1
    common = sorted(w for w, n in seen.items() if n >= MIN_DOCS)
    print("# Words that news text writes in lower case (in at least %d ECB+ documents):" % MIN_DOCS)
    print("# not names. Signatures of text in capitals only leave them out. Built by")
    print("# scripts/common_words.py; add your own, one a line.")
    for w in common:
        print(w)

if __name__ == "__main__":
    main(sys.argv[1])
