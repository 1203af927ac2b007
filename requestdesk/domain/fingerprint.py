"""The fingerprint of a request: what a supervisor's approval is bound to.

SHA-256 over a canonical form of the request document (spec §1): JSON with sorted
keys, no insignificant whitespace, UTF-8, every string (keys too) in Unicode NFC, so
that the same text typed on two workstations (a precomposed "й" on one, "и" with a
combining breve on the other) gives the same fingerprint. Numbers are written as
JSON writes them (2 and 2.0 differ: they are different documents).

Everything in the document counts, unknown keys included (a newer version's data is
part of what was approved), with one exception: the top-level ``transmission``
record. It says how and when the signed request was sent and when its written
confirmation went out; the Tracker writes it after signature, when the text can no
longer change (lifecycle.EDITABLE), so it is a record *about* the approved text, not
part of it. Counting it would void every approval the moment the request is sent.

The enclosure files kept beside a request are not part of the document; an approval
records their hashes separately (see requestdesk.store.review).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any

# Keys of the request document left out of the fingerprint (see the module docstring).
EXCLUDED_KEYS = frozenset({"transmission"})


def _normalised(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_normalised(str(k)): _normalised(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalised(v) for v in value]
    return value


def canonical_request(doc: dict[str, Any], excluded: frozenset[str] = EXCLUDED_KEYS) -> bytes:
    """The bytes the fingerprint is computed over."""
    content = {k: v for k, v in doc.items() if k not in excluded}
    return json.dumps(_normalised(content), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def fingerprint(doc: dict[str, Any]) -> str:
    """SHA-256 of the canonical request, 64 lowercase hex digits."""
    return hashlib.sha256(canonical_request(doc)).hexdigest()


def document_digest(doc: dict[str, Any]) -> str:
    """SHA-256 of the whole document, transmission record included: what a package must
    deliver unchanged (the fingerprint alone would let the transmission record change)."""
    return hashlib.sha256(canonical_request(doc, frozenset())).hexdigest()


def short_fingerprint(full: str) -> str:
    """The first 12 hex digits in groups of 4 ("3f2a-9c01-7b4e"), for a page footer."""
    head = full[:12]
    return "-".join(head[i : i + 4] for i in range(0, len(head), 4))


def matches_short(short: str, full: str) -> bool:
    """Whether a fingerprint read off a printed page (any case, spaces or dashes) is `full`'s."""
    digits = "".join(ch for ch in short.lower() if ch in "0123456789abcdef")
    return len(digits) >= 12 and full.lower().startswith(digits)
