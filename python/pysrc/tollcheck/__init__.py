"""tollcheck: casualty claims from news text.

``extract(text, ...)`` returns one dict per claim with the columns of
``tollcheck export claims`` (document, outlet, published, claimant, via, victims,
victim_group, outcome, quantity, qualifier, low, high, scope, as_of, event, place,
event_date, sentence, span_start, span_end, method) and then the claim's other fields.
The same records as ``tollcheck extract`` writes, so a list of them saved as JSONL is
read back by ``tollcheck ingest``.
"""

from ._tollcheck import (
    InputError,
    TollcheckError,
    __version__,
    claim_columns,
    extract,
    extract_many,
    parse_quantity,
)

__all__ = [
    "InputError",
    "TollcheckError",
    "__version__",
    "claim_columns",
    "extract",
    "extract_many",
    "parse_quantity",
]
