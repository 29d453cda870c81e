"""The Python package against real inputs: the seed reports and ECB+ documents read from
../shared/corpus beside the checkout, and `tollcheck extract` (the command) when built."""

import json
import os
import pathlib
import subprocess

import pytest

import tollcheck

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "seeds" / "000_1d455cb254d66fd1.txt"
ECB = CORPUS / "ecbplus" / "ecbplus_docs.jsonl"


def test_extract_returns_the_spec_columns_with_provenance():
    text = SEED.read_text(encoding="utf-8")
    claims = tollcheck.extract(text, published="2015-11-12", outlet="Seed", document="seed0")
    assert len(claims) >= 2
    columns = tollcheck.claim_columns()
    assert columns[:3] == ["document", "outlet", "published"] and columns[-1] == "method"
    for c in claims:
        assert list(c)[: len(columns)] == columns
        assert c["document"] == "seed0"
        assert c["outlet"] == "Seed"
        assert c["published"] == "2015-11-12"
        assert c["method"] == "extracted"
        assert c["outcome"] in {
            "killed", "wounded", "missing", "kidnapped", "displaced", "refugees", "casualties"
        }
        # the span is in characters of the text given, and holds the sentence
        assert text[c["span_start"] : c["span_end"]] == c["sentence"]
        assert c["quantity"].lower() in c["sentence"].lower()
        if c["low"] is not None and c["high"] is not None:
            assert c["low"] <= c["high"]


def test_extract_many_equals_the_command_line():
    """extract_many over ECB+ gives the very records `tollcheck extract` writes."""
    records = [json.loads(line) for line in ECB.read_text(encoding="utf-8").splitlines() if line.strip()]
    claims = tollcheck.extract_many(records)
    assert len({c["document"] for c in claims}) > 50
    # one signature per document with claims, on its first claim
    firsts = [c for c in claims if "signature" in c]
    assert len(firsts) == len({c["document"] for c in claims})
    binary = os.environ.get("TOLLCHECK_BIN") or str(ROOT / "target" / "debug" / "tollcheck")
    if not os.path.exists(binary):
        pytest.skip(f"no tollcheck binary at {binary} (cargo build)")
    out = subprocess.run([binary, "extract", str(ECB)], check=True, capture_output=True, text=True)
    assert claims == [json.loads(line) for line in out.stdout.splitlines()]
    every = tollcheck.extract_many(records, all_documents=True)
    assert len({c["document"] for c in every}) == len(records)


@pytest.mark.parametrize(
    "written, qualifier, low, high",
    [
        ("as many as 13", "at_most", None, 13),
        ("at least 20", "at_least", 20, None),
        ("more than 100", "more_than", 101, None),
        ("about 100", "about", 90, 110),
        ("between 5 and 10", "range", 5, 10),
        ("thirteen", "exact", 13, 13),
        ("dozens", "vague", 24, 99),
    ],
)
def test_parse_quantity_follows_the_spec_table(written, qualifier, low, high):
    q = tollcheck.parse_quantity(written)
    assert q == {"written": written, "qualifier": qualifier, "low": low, "high": high, "increment": False}


def test_errors_are_python_exceptions():
    with pytest.raises(tollcheck.InputError, match="published"):
        tollcheck.extract("Three people were killed.", published="the day after")
    with pytest.raises(tollcheck.InputError, match="text"):
        tollcheck.extract("   ")
    with pytest.raises(tollcheck.InputError):
        tollcheck.parse_quantity("banana")
    with pytest.raises(tollcheck.InputError, match="records:2"):
        tollcheck.extract_many([{"text": "Two soldiers were killed."}, {"title": "no text"}])
    with pytest.raises(tollcheck.InputError, match="records:1: expected a mapping"):
        tollcheck.extract_many(["just a string"])
    assert issubclass(tollcheck.InputError, tollcheck.TollcheckError)


def test_type_hints_ship_with_the_package():
    pkg = pathlib.Path(tollcheck.__file__).parent
    assert (pkg / "py.typed").exists()
    assert "def extract(" in (pkg / "_tollcheck.pyi").read_text()
