"""The keys this workstation trusts, and for what.

The list is kept as the chain of its changes (`trust.json` in the data folder, 0600):
each change adds a key with a role, or revokes one from a date, names the previous
change by its hash, and is signed by an administrator trusted by the changes before it.
The first change establishes the first administrator under that administrator's own
signature. What the list says is what replaying the chain gives; a chain that does not
replay (an entry edited by hand, a change signed by a key that is not an administrator
in force, a change removed from the middle) makes the whole list refused, so that no
key is trusted on the strength of a file somebody edited.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

from requestdesk.domain.canonical import canonical
from requestdesk.domain.timeutil import is_aware, iso_instant, parse_date, parse_instant
from requestdesk.identity.files import (
    TRUST_FILE_LIMIT,
    check_format,
    private_folder,
    read_json,
    write_private_json,
)
from requestdesk.identity.holders import Role, parse_fingerprint
from requestdesk.identity.keys import PublicKey
from requestdesk.identity.problems import IdentityError, KeyFileError
from requestdesk.identity.signing import b64, signing_bytes, unb64, verify

TRUST_FILE, TRUST_FORMAT, TRUST_VERSION = "trust.json", "requestdesk-trust-list", 1
REASON_LIMIT = 500


@dataclass(frozen=True)
class Revocation:
    day: date
    effective: datetime  # the start of `day` on the revoking administrator's clock
    at: datetime  # when it was recorded
    by: str  # the administrator's fingerprint
    reason: str


@dataclass(frozen=True)
class TrustEntry:
    public: PublicKey
    role: Role
    added_at: datetime
    added_by: str  # the administrator's fingerprint
    revoked: Revocation | None = None

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    @property
    def holder(self) -> str:
        return self.public.holder.name

    @property
    def authority(self) -> str:
        return self.public.holder.authority

    def trusted_at(self, at: datetime) -> bool:
        """A key revoked from a moment is not trusted from that moment on; what it signed
        before stays signed by a key trusted then."""
        return self.revoked is None or at < self.revoked.effective


class _Tampered(Exception):
    def __init__(self, why: str):
        self.why = why


def change_hash(change: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(change)).hexdigest()


class TrustList:
    """The replayed list: who is trusted here, as what, since when and until when."""

    def __init__(self, path: Path, changes: list[dict[str, Any]] | None = None):
        self.path = path
        self.changes: list[dict[str, Any]] = []
        self._entries: dict[bytes, TrustEntry] = {}
        for change in changes or []:
            try:
                self._apply(change)
            except _Tampered as exc:
                raise KeyFileError(path, "trust_tampered", seq=len(self.changes) + 1, why=exc.why) from None
            except (KeyError, TypeError, ValueError, AttributeError):
                raise KeyFileError(path, "trust_tampered", seq=len(self.changes) + 1, why="malformed") from None

    # -- queries ----------------------------------------------------------------------------
    @property
    def established(self) -> bool:
        return bool(self.changes)

    @property
    def entries(self) -> list[TrustEntry]:
        return list(self._entries.values())

    @property
    def first_administrator(self) -> TrustEntry | None:
        return next(iter(self._entries.values()), None)

    @property
    def head(self) -> tuple[int, str]:
        """(number of changes, hash of the last): kept elsewhere, it shows a list cut short."""
        return (len(self.changes), change_hash(self.changes[-1]) if self.changes else "")

    def contains_head(self, head: tuple[int, str]) -> bool:
        count, digest = head
        if count == 0:
            return True
        return count <= len(self.changes) and change_hash(self.changes[count - 1]) == digest

    def holder_of(self, fingerprint_text: str) -> TrustEntry | None:
        """The entry of the key with that fingerprint, revoked or not (a revoked key's
        holder still signed what it signed before)."""
        wanted = parse_fingerprint(fingerprint_text)
        return next((e for e in self._entries.values() if e.fingerprint == wanted), None)

    def entry_for_key(self, public_key: bytes) -> TrustEntry | None:
        return self._entries.get(bytes(public_key))

    def is_trusted(self, fingerprint_text: str, role: Role | str, at: datetime) -> bool:
        entry = self.holder_of(fingerprint_text)
        return entry is not None and _trusted_as(entry, role, at)

    def trusted_key(self, public_key: bytes, role: Role | str, at: datetime) -> TrustEntry | None:
        """The entry whose whole public key this is, when it was trusted as `role` at `at`:
        what a signature's verifier asks."""
        entry = self.entry_for_key(public_key)
        return entry if entry is not None and _trusted_as(entry, role, at) else None

    def administrators_in_force(self) -> list[TrustEntry]:
        return [e for e in self._entries.values() if e.role is Role.ADMINISTRATOR and e.revoked is None]

    # -- replaying a change -----------------------------------------------------------------
    def _apply(self, change: dict[str, Any]) -> None:
        if not isinstance(change, dict):
            raise _Tampered("malformed")
        if change.get("seq") != len(self.changes) + 1:
            raise _Tampered("sequence")
        if change.get("prev") != (change_hash(self.changes[-1]) if self.changes else ""):
            raise _Tampered("unlinked")
        signer, signature = unb64(change.get("by"), 32), unb64(change.get("signature"), 64)
        body = {k: v for k, v in change.items() if k != "signature"}
        if signer is None or signature is None or not verify(signer, signature, signing_bytes("trust-change", body)):
            raise _Tampered("signature")
        at = _instant(change.get("at"))
        action = change.get("action")
        if action == "add":
            entry = self._entry_of(change, at)
            if self.changes:
                self._require_administrator(signer)
            elif not (entry.role is Role.ADMINISTRATOR and entry.public.key == signer):
                raise _Tampered("first_not_admin")
            if entry.public.key in self._entries:
                raise _Tampered("duplicate")
            self._entries[entry.public.key] = entry
        elif action == "revoke" and self.changes:
            self._require_administrator(signer)
            key = unb64(change.get("public_key"), 32)
            if key is None or key not in self._entries:
                raise _Tampered("unknown_key")
            entry = self._entries[key]
            if entry.revoked is not None:
                raise _Tampered("double_revocation")
            reason = change["reason"]
            effective = _instant(change.get("effective"))
            day = parse_date(change["date"])
            if not isinstance(reason, str) or effective.date() != day:
                raise _Tampered("malformed")
            self._entries[entry.public.key] = TrustEntry(
                entry.public, entry.role, entry.added_at, entry.added_by,
                Revocation(day, effective, at, _fingerprint_of(signer), reason))
        elif action == "revoke":
            raise _Tampered("first_not_admin")
        else:
            raise _Tampered("malformed")
        self.changes.append(change)

    def _entry_of(self, change: dict[str, Any], at: datetime) -> TrustEntry:
        data = change.get("key")
        if not isinstance(data, dict):
            raise _Tampered("bad_entry")
        try:
            public = PublicKey.from_json(data, self.path)
            public.checked(self.path, data.get("fingerprint"))
            role = Role(change.get("role"))
        except (KeyFileError, ValueError, AttributeError):
            raise _Tampered("bad_entry") from None
        if public.holder.role is not role:
            raise _Tampered("bad_entry")
        return TrustEntry(public, role, at, _fingerprint_of(unb64(change["by"], 32) or b""))

    def _require_administrator(self, signer: bytes) -> None:
        entry = self._entries.get(signer)
        # In force now, whatever date the change claims: a revoked administrator cannot
        # append a change dated back to before the revocation.
        if entry is None or entry.role is not Role.ADMINISTRATOR or entry.revoked is not None:
            raise _Tampered("signer_not_admin")


def _trusted_as(entry: TrustEntry, role: Role | str, at: datetime) -> bool:
    if not is_aware(at):
        raise ValueError("is_trusted needs an instant with an offset")
    return entry.role.value == (role.value if isinstance(role, Role) else role) and entry.trusted_at(at)


def _fingerprint_of(key: bytes) -> str:
    from requestdesk.identity.holders import fingerprint

    return fingerprint(key)


def _instant(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _Tampered("malformed")
    try:
        moment = parse_instant(value)
    except ValueError:
        raise _Tampered("malformed") from None
    if not is_aware(moment):
        raise _Tampered("malformed")
    return moment


def start_of_day(day: date, zone: tzinfo | None = None) -> datetime:
    """00:00 of `day` on the workstation's clock (its offset kept with the instant)."""
    if zone is None:
        return datetime.combine(day, time()).astimezone()
    return datetime.combine(day, time(), tzinfo=zone)


class TrustStore:
    """The list of trusted keys of one data folder, read and changed."""

    def __init__(self, data_folder: Path):
        self.folder = Path(data_folder)
        self.path = self.folder / TRUST_FILE

    def load(self, expected_head: tuple[int, str] | None = None) -> TrustList:
        """The list as its file holds it (empty before the first administrator); a list
        edited by hand is a KeyFileError, as is one shorter than `expected_head`."""
        if not self.path.exists():
            trusted = TrustList(self.path)
        else:
            data = check_format(self.path, read_json(self.path, TRUST_FILE_LIMIT), TRUST_FORMAT, "not_trust_list", TRUST_VERSION)
            if not isinstance(data.get("changes"), list):
                raise KeyFileError(self.path, "damaged_field", field="changes")
            trusted = TrustList(self.path, data["changes"])
        if expected_head is not None and not trusted.contains_head(expected_head):
            raise KeyFileError(self.path, "trust_rolled_back", seq=min(len(trusted.changes), expected_head[0]) + 1)
        return trusted

    def establish(self, administrator, at: datetime | None = None) -> TrustList:  # type: ignore[no-untyped-def]
        """Starts the list on a workstation that has none: `administrator` (an unlocked
        administrator key) becomes its first administrator, under its own signature."""
        current = self.load()
        if current.established:
            first = current.first_administrator
            raise IdentityError("trust_list_exists", holder=first.holder if first else "?",
                                fingerprint=first.fingerprint if first else "?")
        if administrator.holder.role is not Role.ADMINISTRATOR:
            raise IdentityError("role_differs", holder=administrator.holder.name, fingerprint=administrator.fingerprint,
                                declared=administrator.holder.role.value, role=Role.ADMINISTRATOR.value)
        return self._append(current, administrator, at, {"action": "add", "key": administrator.public.to_json(),
                                                         "role": Role.ADMINISTRATOR.value})

    def add(self, public: PublicKey, role: Role | str, administrator, at: datetime | None = None) -> TrustList:  # type: ignore[no-untyped-def]
        """Trusts `public` as `role`, signed by `administrator` (an unlocked key)."""
        role = Role(role)
        current = self._changeable(administrator)
        existing = current.entry_for_key(public.key)
        if existing is not None:
            raise IdentityError("already_trusted", holder=existing.holder, fingerprint=existing.fingerprint, role=existing.role.value)
        if public.holder.role is not role:
            raise IdentityError("role_differs", holder=public.holder.name, fingerprint=public.fingerprint,
                                declared=public.holder.role.value, role=role.value)
        return self._append(current, administrator, at, {"action": "add", "key": public.to_json(), "role": role.value})

    def revoke(self, fingerprint_text: str, day: date, reason: str, administrator,  # type: ignore[no-untyped-def]
               at: datetime | None = None, zone: tzinfo | None = None) -> TrustList:
        """Revokes a key from the start of `day`: what it signed from then on is not trusted."""
        reason = " ".join(reason.split())
        if not reason:
            raise IdentityError("reason_empty")
        reason = reason[:REASON_LIMIT]
        current = self._changeable(administrator)
        wanted = parse_fingerprint(fingerprint_text)
        entry = current.holder_of(wanted)
        if entry is None:
            raise IdentityError("not_in_list", fingerprint=wanted)
        if entry.revoked is not None:
            raise IdentityError("already_revoked", holder=entry.holder, fingerprint=entry.fingerprint,
                                date=entry.revoked.day.isoformat())
        if entry.role is Role.ADMINISTRATOR and current.administrators_in_force() == [entry]:
            raise IdentityError("last_administrator", holder=entry.holder)
        effective = start_of_day(day, zone)
        return self._append(current, administrator, at, {
            "action": "revoke", "public_key": b64(entry.public.key), "fingerprint": entry.fingerprint,
            "date": day.isoformat(), "effective": iso_instant(effective), "reason": reason})

    def _changeable(self, administrator) -> TrustList:  # type: ignore[no-untyped-def]
        current = self.load()
        if not current.established:
            raise IdentityError("no_trust_list")
        entry = current.entry_for_key(administrator.public_key)
        if entry is None or entry.role is not Role.ADMINISTRATOR or entry.revoked is not None:
            raise IdentityError("not_administrator", holder=administrator.holder.name, fingerprint=administrator.fingerprint)
        return current

    def _append(self, current: TrustList, administrator, at: datetime | None, fields: dict[str, Any]) -> TrustList:  # type: ignore[no-untyped-def]
        when = (at or datetime.now(UTC)).astimezone(UTC)
        seq, prev = current.head
        body = {"seq": seq + 1, "prev": prev, "at": iso_instant(when), "by": b64(administrator.public_key), **fields}
        change = {**body, "signature": b64(administrator.sign_payload("trust-change", body))}
        changes = [*current.changes, change]
        updated = TrustList(self.path, changes)  # what is written must replay
        if self.load().head != current.head:
            # Another window or command changed the list since it was read: this change
            # was made over a list that is no longer there.
            raise IdentityError("trust_changed_meanwhile")
        private_folder(self.folder)
        write_private_json(self.path, {"format": TRUST_FORMAT, "version": TRUST_VERSION, "changes": changes})
        return updated
