"""A supervisor's decision (approve, return) as a signature, and checking one.

The signature covers what makes the decision: the request's id, the fingerprint of its
text, the hashes of its enclosed files, the decision and its time. A decision row that
was inserted, copied to another request or edited afterwards no longer verifies; one
signed by a key this workstation does not trust as a supervisor, or signed after that
key was revoked, is not recognised either.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from requestdesk.domain.timeutil import iso_instant
from requestdesk.identity.crypto import PUBLIC_KEY_BYTES, SIGNATURE_BYTES
from requestdesk.identity.holders import Role
from requestdesk.identity.signing import b64, signing_bytes, unb64, verify

PURPOSE = "review-decision"

# Why a decision is not recognised (keys of domain.review.VOID_REASONS).
UNSIGNED, BAD_SIGNATURE, UNTRUSTED, REVOKED = "unsigned", "signature", "untrusted", "revoked"
PREDATES_KEY = "predates_key"


def decision_payload(request_id: str, decision: str, fingerprint: str, enclosures: Iterable[str],
                     at: datetime) -> dict[str, Any]:
    return {"request_id": request_id, "decision": str(decision), "fingerprint": fingerprint,
            "enclosures": sorted(enclosures), "at": iso_instant(at)}


def sign_decision(signer, request_id: str, decision: str, fingerprint: str, enclosures: Iterable[str],  # type: ignore[no-untyped-def]
                  at: datetime) -> tuple[str, str]:
    """(the signer's public key, the signature), both base64, as the register keeps them."""
    signature = signer.sign_payload(PURPOSE, decision_payload(request_id, decision, fingerprint, enclosures, at))
    return b64(signer.public_key), b64(signature)


def decision_problem(trust, request_id: str, decision: str, fingerprint: str, enclosures: Iterable[str],  # type: ignore[no-untyped-def]
                     at: datetime, public_key: str, signature: str) -> tuple[str | None, Any]:
    """(None, the trusted entry) when the decision verifies and its key was trusted as
    supervisor here when it was made; else (why not, None)."""
    key, sig = unb64(public_key, PUBLIC_KEY_BYTES), unb64(signature, SIGNATURE_BYTES)
    if not public_key or not signature:
        return UNSIGNED, None
    if key is None or sig is None:
        return BAD_SIGNATURE, None
    data = signing_bytes(PURPOSE, decision_payload(request_id, decision, fingerprint, enclosures, at))
    if not verify(key, sig, data):
        return BAD_SIGNATURE, None
    if trust is None:
        return UNTRUSTED, None
    entry = trust.entry_for_key(key)
    if entry is None or entry.role is not Role.SUPERVISOR:
        return UNTRUSTED, None
    if at < entry.public.created:
        # Dated before its key existed (the key's own signed date): dated back, as a
        # revoked key's holder would to pass it off as made before the revocation.
        return PREDATES_KEY, None
    if trust.trusted_key(key, Role.SUPERVISOR, at) is None:
        return REVOKED, None
    return None, entry
