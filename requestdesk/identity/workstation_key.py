"""The workstation's own key: signs the events nobody's personal key signs.

Made on first use in the data folder (`workstation.key`, 0600), kept without a
passphrase because it signs automatic events and the work of people who have no key,
with nobody there to type one. Its signature proves only "written by RequestDesk on the
workstation that holds this file": whoever can read the data folder can sign with it too
(README, "Identity and trust"). A personal key's signature proves who.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from requestdesk.identity import crypto
from requestdesk.identity.files import read_json, write_private_json
from requestdesk.identity.holders import fingerprint
from requestdesk.identity.problems import KeyFileError
from requestdesk.identity.signing import b64, signing_bytes, unb64

WORKSTATION_KEY_FILE = "workstation.key"
_FORMAT = "requestdesk.workstation-key"
_CACHE: dict[Path, WorkstationKey] = {}


class WorkstationKey:
    def __init__(self, private_key: Any, public_key: bytes):
        self._private = private_key
        self.public_key = public_key
        self.fingerprint = fingerprint(public_key)
        self.public_b64 = b64(public_key)

    def sign_payload(self, purpose: str, payload: Any) -> bytes:
        return crypto.sign_with(self._private, signing_bytes(purpose, payload))


def workstation_key(folder: Path) -> WorkstationKey:
    """The key of the data folder `folder`, made when it has none (a damaged file is a
    KeyFileError: it is never silently replaced, which would disown what it signed)."""
    folder = Path(folder)
    cached = _CACHE.get(folder)
    if cached is not None:
        return cached
    path = folder / WORKSTATION_KEY_FILE
    if not path.exists():
        raw_private, raw_public = crypto.new_private_key()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private_json(path, {"format": _FORMAT, "version": 1, "private": b64(raw_private), "public": b64(raw_public)})
    data = read_json(path)
    raw = unb64(data.get("private") if isinstance(data, dict) else None, 32)
    if raw is None:
        raise KeyFileError(path, "damaged_field", field="private")
    private = crypto.load_private_key(raw)
    key = WorkstationKey(private, crypto.public_of(private))
    if os.name == "posix" and (path.stat().st_mode & 0o077):
        path.chmod(0o600)
    _CACHE[folder] = key
    return key
