"""Whether this workstation knows who sent a package, and which of its events it can vouch for.

A package is from a *verified sender* when its manifest's signature holds and its key is
on this workstation's list of trusted keys (any role), not revoked before the package was
signed. Otherwise it is refused, or, when the user says so, imported as coming from an
unverified sender: then only the events this workstation can check on its own count
(those signed by its own key, or by a key it trusts, when that key was in force), and
the approval it carries is not recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from requestdesk.domain.lifecycle import Status
from requestdesk.identity.signing import unb64
from requestdesk.packages.seal import BAD_SIGNATURE, UNSIGNED
from requestdesk.store.events import Event, signature_holds, status_from_log

if TYPE_CHECKING:
    from requestdesk.identity.trust import TrustList
    from requestdesk.packages.reader import Package

UNTRUSTED, REVOKED = "untrusted", "revoked"
WHY = (UNSIGNED, BAD_SIGNATURE, UNTRUSTED, REVOKED)


@dataclass(frozen=True)
class Sender:
    """Who sent a package, as this workstation sees it."""

    verified: bool
    why: str  # "" when verified, else one of WHY
    holder: str  # the trusted key's holder when verified, else the name the package claims ("" if none)
    role: str
    authority: str
    fingerprint: str  # of the key that signed ("" when unsigned)

    def to_json(self) -> dict[str, Any]:
        return {"verified": self.verified, "why": self.why, "holder": self.holder, "role": self.role,
                "authority": self.authority, "fingerprint": self.fingerprint}


def judge_sender(package: Package, trust: TrustList | None) -> Sender:
    seal = package.seal
    public = seal.public
    claimed = (public.holder.name, public.holder.role.value, public.holder.authority, public.fingerprint) if public else ("", "", "", "")
    if not seal.holds or public is None:
        return Sender(False, seal.problem or UNSIGNED, *claimed)
    entry = trust.entry_for_key(public.key) if trust is not None else None
    if entry is None:
        return Sender(False, UNTRUSTED, *claimed)
    signed_at = seal.signed_at
    if signed_at is None or not entry.trusted_at(signed_at):
        return Sender(False, REVOKED, *claimed)
    # The list's record of the holder, not the file the package carries.
    return Sender(True, "", entry.holder, entry.role.value, entry.authority, entry.fingerprint)


def _vouched(event: Event, sender: Sender, trust: TrustList | None, own_key: bytes | None) -> bool:
    if signature_holds(event) is not True:
        return False  # unsigned, or a signature that does not hold, proves nothing
    if sender.verified:
        return True  # a trusted sender signed the whole log, with each event's signature in it
    key = unb64(event.signer_key, 32)
    if key is None:
        return False
    if own_key is not None and key == own_key:
        return True  # written here, by this workstation
    entry = trust.entry_for_key(key) if trust is not None else None
    return entry is not None and entry.trusted_at(event.at)


def verified_count(events: tuple[Event, ...] | list[Event], sender: Sender, trust: TrustList | None,
                   own_key: bytes | None) -> int:
    """How many of the log's first events this workstation can vouch for: the history
    stops counting at the first event it cannot, and at the first that leads to a status
    only an approval gives (approved, signed, sent) without an approval this workstation
    recognises in force (store.review.unapproved_move): a log signed by a trusted sender
    proves who sent it, not that a supervisor approved it."""
    from requestdesk.store.review import unapproved_move

    count = next((index for index, event in enumerate(events) if not _vouched(event, sender, trust, own_key)), len(events))
    unapproved = unapproved_move(events[:count], trust)
    return count if unapproved is None else unapproved


def verified_status(events: tuple[Event, ...] | list[Event], count: int) -> str:
    """The status the first `count` events vouch for: a draft when they vouch for none."""
    status = status_from_log(events[:count])
    return status if status in {s.value for s in Status} else Status.DRAFT.value


def signed_at_of(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None
