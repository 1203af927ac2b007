"""The one place that calls `cryptography`: Ed25519, scrypt and AES-256-GCM.

Every import of `cryptography` is inside a function: loading its OpenSSL bindings costs
tens of milliseconds (tests/benchmarks/bench_identity.py measures it), paid only when a
key is made, unlocked, or a signature is made or checked, never while the window starts.

Key derivation: scrypt, N = 2**17, r = 8, p = 1 (128 MiB of memory, about 0.4 s on a
workstation of two cores). `BestAvailableEncryption` of PKCS#8 was measured and refused:
cryptography 50 writes PBES2 with PBKDF2-HMAC-SHA256 at 2048 iterations, which opens in
half a millisecond, so a stolen key file would let a guesser try thousands of
passphrases a second on one core, and more on a graphics card; scrypt's memory cost is
what makes guessing dear there too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
# A key file names its own parameters (so that they can be raised later); these bounds
# keep a damaged or hostile file from asking for gigabytes of memory or none at all.
SCRYPT_N_RANGE = (2**14, 2**20)
SCRYPT_R_RANGE = (1, 32)
SCRYPT_P_RANGE = (1, 16)
SALT_BYTES, NONCE_BYTES = 16, 12
PUBLIC_KEY_BYTES, SIGNATURE_BYTES = 32, 64


@dataclass(frozen=True)
class ScryptParams:
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def acceptable(self) -> bool:
        return (SCRYPT_N_RANGE[0] <= self.n <= SCRYPT_N_RANGE[1] and self.n & (self.n - 1) == 0
                and SCRYPT_R_RANGE[0] <= self.r <= SCRYPT_R_RANGE[1]
                and SCRYPT_P_RANGE[0] <= self.p <= SCRYPT_P_RANGE[1])


def default_params() -> ScryptParams:
    """The parameters a new key file is written with."""
    return ScryptParams()


def random_bytes(count: int) -> bytes:
    return os.urandom(count)


def new_private_key() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair: (raw private key, raw public key), 32 bytes each."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    return _raw_private(key), public_of(key)


def load_private_key(raw: bytes):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(raw)


def public_of(private_key) -> bytes:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(private_key) -> bytes:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def sign_with(private_key, data: bytes) -> bytes:  # type: ignore[no-untyped-def]
    return private_key.sign(data)


def verify_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether `signature` is the holder of `public_key`'s over exactly `data`."""
    if len(public_key) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def derive(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    """64 bytes from a passphrase: the first 32 encrypt the key, the last 32 check the
    passphrase (so that a wrong passphrase and an altered file are told apart)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=64, n=params.n, r=params.r, p=params.p).derive(passphrase.encode("utf-8"))


def seal(key: bytes, nonce: bytes, plaintext: bytes, associated: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).encrypt(nonce, plaintext, associated)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes | None:
    """The plaintext, or None when the ciphertext or what it is bound to was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except (InvalidTag, ValueError):
        return None
