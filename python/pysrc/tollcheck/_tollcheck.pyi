from typing import Any, Dict, Iterable, List, Mapping, Optional

__version__: str

class TollcheckError(Exception):
    """Base class of tollcheck's errors."""

class InputError(TollcheckError):
    """Bad input: the message names the record (``records:3: ...``) and what was expected."""

def claim_columns() -> List[str]:
    """The SPEC's claim columns, in ``export claims`` order (every claim dict has them first)."""

def extract(
    text: str,
    published: Optional[str] = None,
    outlet: Optional[str] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
    document: Optional[str] = None,
) -> List[Dict[str, Any]]:
    """The casualty claims of one article, one dict per claim.

    ``published`` (YYYY, YYYY-MM or YYYY-MM-DD) dates relative mentions ("on Saturday");
    ``document`` names the article in the records (default "text").
    Raises InputError on a bad date or an empty text.
    """

def extract_many(records: Iterable[Mapping[str, Any]], all_documents: bool = False) -> List[Dict[str, Any]]:
    """The claims of many articles, extracted in parallel.

    Each record is a mapping with ``text`` (or ``body``) and optionally ``id`` (or
    ``document``), ``title``, ``outlet``, ``published``, ``url``, like a line of an
    article collection. The first claim of each document carries its ``signature``. With
    ``all_documents``, a document without claims gives one record with empty claim
    columns (so that ``tollcheck ingest`` links exactly as a direct ingest would).
    Raises InputError naming the record (1-based) and what was expected.
    """

def parse_quantity(written: str) -> Dict[str, Any]:
    """A quantity as written ("as many as 13") as ``{"written", "qualifier", "low",
    "high", "increment"}``; ``low``/``high`` are None when unbounded.
    Raises InputError when the words are no quantity.
    """
