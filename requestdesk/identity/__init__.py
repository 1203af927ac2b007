"""Who signs: personal Ed25519 keys kept under a passphrase, and the keys this
workstation trusts (plain Python; `cryptography` is imported only where a key is made,
opened, or a signature made or checked)."""

from requestdesk.identity.holders import (
    Holder,
    Role,
    fingerprint,
    parse_fingerprint,
    role_label,
)
from requestdesk.identity.keys import (
    Keyring,
    PersonalKey,
    PublicKey,
    read_public_key,
    write_public_key,
)
from requestdesk.identity.problems import IdentityError, KeyFileError
from requestdesk.identity.signing import signing_bytes, verify
from requestdesk.identity.trust import TrustEntry, TrustList, TrustStore
from requestdesk.identity.unlock import DEFAULT_UNLOCK_MINUTES, UnlockedKey

__all__ = [
    "DEFAULT_UNLOCK_MINUTES", "Holder", "IdentityError", "KeyFileError", "Keyring", "PersonalKey", "PublicKey",
    "Role", "TrustEntry", "TrustList", "TrustStore", "UnlockedKey", "fingerprint", "parse_fingerprint",
    "read_public_key", "role_label", "signing_bytes", "verify", "write_public_key",
]
