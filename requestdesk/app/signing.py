"""Who may sign a supervisor's decision: four eyes, and a key trusted here as a supervisor's.

The author of a request is whoever made its text as it stands: the person of its last
"created", "edited", "replaced" or "imported" event (for an import, the author the
package's own log names). That person may not approve or return it, under any key and
under any name: neither the desk's user nor the key's holder nor the key may be the
author's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from requestdesk.app.errors import OperationRefused
from requestdesk.identity import Role
from requestdesk.identity.signing import b64
from requestdesk.store.events import Event, read_events
from requestdesk.store.review import trust_of, trust_of_folder

AUTHORING = ("created", "edited", "replaced", "imported")


@dataclass(frozen=True)
class Author:
    user: str
    signer_key: str  # base64 public key that signed the authoring event ("" when none)


def author_of_events(events: list[Event]) -> Author | None:
    for event in reversed(events):
        if event.kind not in AUTHORING:
            continue
        named = event.data.get("author") if event.kind == "imported" else None
        if isinstance(named, dict) and isinstance(named.get("user"), str):
            return Author(named["user"], str(named.get("signer_key") or ""))
        return Author(event.user, getattr(event, "signer_key", "") or "")
    return None


def check_decision_signer(db: sqlite3.Connection, request_id: str, user: str, signer, at: datetime) -> None:  # type: ignore[no-untyped-def]
    """Refuses (OperationRefused, nothing written) a signer who may not decide on this request now."""
    if signer is None or not getattr(signer, "unlocked", False):
        raise OperationRefused("no_signer")
    trust = trust_of(db)
    if trust is None or trust.trusted_key(signer.public_key, Role.SUPERVISOR, at) is None:
        raise OperationRefused("not_supervisor", holder=signer.holder.name, fingerprint=signer.fingerprint)
    author = author_of_events(read_events(db, request_id))
    if author is None:
        return
    names = {" ".join(user.split()).casefold(), " ".join(signer.holder.name.split()).casefold()}
    if " ".join(author.user.split()).casefold() in names or author.signer_key == b64(signer.public_key):
        raise OperationRefused("own_request", author=author.user)


def check_sender(folder: Path, signer, at: datetime) -> None:  # type: ignore[no-untyped-def]
    """Refuses (OperationRefused, nothing written) a package signer who is not an unlocked
    personal key, or whose key this workstation revoked: whether the receiving workstation
    trusts the key is its own decision (packages.senders)."""
    if signer is None or not getattr(signer, "unlocked", False):
        raise OperationRefused("no_sender")
    trust = trust_of_folder(folder)
    entry = trust.entry_for_key(signer.public_key) if trust is not None else None
    if entry is not None and not entry.trusted_at(at):
        raise OperationRefused("sender_revoked", holder=signer.holder.name, fingerprint=signer.fingerprint)
