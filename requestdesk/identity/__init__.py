"""Who signs: personal Ed25519 keys kept under a passphrase, and the keys this
workstation trusts (plain Python; `cryptography` is imported only where a key is made,
opened, or a signature made or checked).

Its names are loaded when first used: a module that needs only the signing bytes (the
log's events, read by every export beside a register) does not load the keys, the trust
store and their files' code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from requestdesk.lazy_names import names_on_first_use

if TYPE_CHECKING:
    from requestdesk.identity.holders import Holder, Role, fingerprint, parse_fingerprint, role_label
    from requestdesk.identity.keys import Keyring, PersonalKey, PublicKey, read_public_key, write_public_key
    from requestdesk.identity.problems import IdentityError, KeyFileError
    from requestdesk.identity.signing import signing_bytes, verify
    from requestdesk.identity.trust import TrustEntry, TrustList, TrustStore
    from requestdesk.identity.unlock import DEFAULT_UNLOCK_MINUTES, UnlockedKey

_WHERE = {
    "Holder": "holders", "Role": "holders", "fingerprint": "holders", "parse_fingerprint": "holders",
    "role_label": "holders",
    "Keyring": "keys", "PersonalKey": "keys", "PublicKey": "keys", "read_public_key": "keys", "write_public_key": "keys",
    "IdentityError": "problems", "KeyFileError": "problems",
    "signing_bytes": "signing", "verify": "signing",
    "TrustEntry": "trust", "TrustList": "trust", "TrustStore": "trust",
    "DEFAULT_UNLOCK_MINUTES": "unlock", "UnlockedKey": "unlock",
}

__all__ = [
    "DEFAULT_UNLOCK_MINUTES", "Holder", "IdentityError", "KeyFileError", "Keyring", "PersonalKey", "PublicKey",
    "Role", "TrustEntry", "TrustList", "TrustStore", "UnlockedKey", "fingerprint", "parse_fingerprint",
    "read_public_key", "role_label", "signing_bytes", "verify", "write_public_key",
]


__getattr__ = names_on_first_use(__name__, _WHERE)
