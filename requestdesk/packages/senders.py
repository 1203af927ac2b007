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


# Statuses only a supervisor's approval leads to (lifecycle.TRANSITIONS): approved, then
# signed, then sent. (An urgent request reaches its later statuses by Art. 6(2) instead.)
_APPROVED_ONLY = frozenset({Status.APPROVED, Status.SIGNED, Status.SENT})


def _recognised_approval(trust: TrustList | None, request_id: str, decision: Any, at: Any) -> str | None:
    """The fingerprint a decision recorded in a log approved, when this workstation
    recognises it as a supervisor's signed approval; else None."""
    from requestdesk.identity.decisions import decision_problem

    if not isinstance(decision, dict) or decision.get("decision", "approved") != "approved":
        return None
    moment = at if isinstance(at, datetime) else signed_at_of(at) if isinstance(at, str) else None
    fingerprint, enclosures = decision.get("fingerprint"), decision.get("enclosures")
    if moment is None or not isinstance(fingerprint, str) or not isinstance(enclosures, list):
        return None
    problem, _entry = decision_problem(trust, request_id, "approved", fingerprint, [str(e) for e in enclosures], moment,
                                       str(decision.get("signer_key") or ""), str(decision.get("signature") or ""))
    return fingerprint if problem is None else None


def _approval_brought(event: Event, trust: TrustList | None) -> tuple[str | None, bool]:
    """The fingerprint of the recognised approval an event brings (an "approved" event's
    own, or the latest decision of the record an "imported" event brought), and whether
    that approval stands voided."""
    if event.kind == "approved":
        return _recognised_approval(trust, event.request_id, event.data, event.at), False
    review = event.data.get("review") if event.kind == "imported" else None
    decisions = review.get("decisions") if isinstance(review, dict) else None
    if isinstance(decisions, list) and decisions and isinstance(decisions[-1], dict):
        last = decisions[-1]
        return _recognised_approval(trust, event.request_id, last, last.get("at")), bool(last.get("voided_at"))
    return None, False


def verified_count(events: tuple[Event, ...] | list[Event], sender: Sender, trust: TrustList | None,
                   own_key: bytes | None) -> int:
    """How many of the log's first events this workstation can vouch for: the history
    stops counting at the first event it cannot, and at the first that leads to a status
    only an approval gives (approved, signed, sent) without an approval this workstation
    recognises in force: a log signed by a trusted sender proves who sent it, not that a
    supervisor approved it."""
    status: str | None = None
    approval: str | None = None  # the fingerprint of the recognised approval in force
    voided: str | None = None  # that of a recognised approval voided since, which may be restored
    for index, event in enumerate(events):
        if not _vouched(event, sender, trust, own_key):
            return index
        if event.kind in ("approved", "imported"):
            brought, is_void = _approval_brought(event, trust)
            approval, voided = (None, brought) if is_void else (brought, None)
        elif event.kind == "returned":
            approval = voided = None
        elif event.kind == "approval_voided":
            approval, voided = None, approval
        elif event.kind == "approval_restored":
            approval = voided if voided is not None and event.data.get("fingerprint") == voided else None
            voided = None
        after = status_from_log([event]) if _sets_status(event) else status
        if after in _APPROVED_ONLY and after != status and approval is None:
            return index
        status = after
    return len(events)


def _sets_status(event: Event) -> bool:
    data = event.data
    return (event.kind in ("created", "deleted") or isinstance(data.get("to"), str)
            or (event.kind in ("imported", "restored") and isinstance(data.get("status"), str)))


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
