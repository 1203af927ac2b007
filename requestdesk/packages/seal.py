"""Who made a package: the sender's Ed25519 signature over its manifest.

The manifest lists the size and SHA-256 of every other member, the request's
fingerprint, status and the log's count and last hash; the sender signs all of it (the
manifest without its `signature` field, in canonical JSON) with their personal key and
carries their public key file in `sender`. Hashes prove a package arrived as it was
packed; the signature says by whom, and only a key this workstation trusts makes that
"whom" somebody (packages.senders).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from requestdesk.identity.crypto import PUBLIC_KEY_BYTES, SIGNATURE_BYTES
from requestdesk.identity.keys import PublicKey
from requestdesk.identity.problems import KeyFileError
from requestdesk.identity.signing import b64, signing_bytes, unb64, verify

PURPOSE = "package-manifest"
SENDER, SIGNATURE = "sender", "signature"

# Why a package's signature proves nothing (packages.senders adds "untrusted", "revoked").
UNSIGNED, BAD_SIGNATURE = "unsigned", "signature"


@dataclass(frozen=True)
class Seal:
    """What a package's signature says, before this workstation's trust is asked."""

    public: PublicKey | None  # the carried key file, when it is one its holder signed
    problem: str | None  # None: the manifest is signed by `public`; else UNSIGNED or BAD_SIGNATURE
    signed_at: datetime | None  # the manifest's `created_at`: the sender's word

    @property
    def holds(self) -> bool:
        return self.problem is None and self.public is not None


def signed_manifest(manifest: dict[str, Any], signer) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The manifest with the sender's public key and signature (an unlocked personal key)."""
    body = {**manifest, SENDER: signer.public.to_json()}
    signature = signer.sign_payload(PURPOSE, body)
    return {**body, SIGNATURE: {"key": b64(signer.public_key), "value": b64(signature)}}


def read_seal(path: Path, manifest: dict[str, Any], signed_at: datetime | None) -> Seal:
    """The package's seal; never raises on what the manifest holds."""
    sender, signature = manifest.get(SENDER), manifest.get(SIGNATURE)
    if sender is None and signature is None:
        return Seal(None, UNSIGNED, signed_at)
    try:
        public = PublicKey.from_json(sender, path).checked(path, sender.get("fingerprint") if isinstance(sender, dict) else None)
    except KeyFileError:
        # A key file whose holder, role or authority was edited on the way.
        return Seal(None, BAD_SIGNATURE, signed_at)
    if not isinstance(signature, dict):
        return Seal(public, UNSIGNED if signature is None else BAD_SIGNATURE, signed_at)
    key, value = unb64(signature.get("key"), PUBLIC_KEY_BYTES), unb64(signature.get("value"), SIGNATURE_BYTES)
    body = {k: v for k, v in manifest.items() if k != SIGNATURE}
    if key is None or value is None or key != public.key or not verify(key, value, signing_bytes(PURPOSE, body)):
        return Seal(public, BAD_SIGNATURE, signed_at)
    return Seal(public, None, signed_at)
