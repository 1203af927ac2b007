"""What is signed, and checking a signature.

A signature is made over `signing_bytes(purpose, payload)`: a label naming what the
payload is, then its canonical JSON. The label keeps a signature made for one purpose
(a change of the list of trusted keys, say) from being passed off as another (an
approval) whose payload happens to look the same.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from requestdesk.domain.canonical import canonical

_PURPOSE = re.compile(r"[a-z][a-z0-9-]{0,40}")


def signing_bytes(purpose: str, payload: Any) -> bytes:
    if not _PURPOSE.fullmatch(purpose):
        raise ValueError(f"not a signing purpose: {purpose!r}")
    return b"RequestDesk signature v1\n" + purpose.encode("ascii") + b"\n" + canonical(payload)


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether `signature` was made over `data` by the holder of `public_key` (raw
    Ed25519 bytes). False for anything malformed: never raises on what a file holds."""
    if not isinstance(public_key, bytes | bytearray) or not isinstance(signature, bytes | bytearray):
        return False
    from requestdesk.identity.crypto import verify_signature

    return verify_signature(bytes(public_key), bytes(signature), bytes(data))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, length: int | None = None) -> bytes | None:
    """The bytes of a base64 field, or None when it is not one (of that length)."""
    if not isinstance(text, str):
        return None
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    return data if length is None or len(data) == length else None
