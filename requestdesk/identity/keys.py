"""Personal keys: made in the application, kept encrypted under a passphrase in the
user's data folder, and the public half exported as a small file.

The personal key file (`keys/<fingerprint>.key`, 0600, folder 0700) holds the public
record in the clear (so that the "who is working" list needs no passphrase) and the
private key encrypted with AES-256-GCM under a key scrypt derives from the passphrase;
the clear part is bound to the ciphertext as associated data, so nothing in the file can
be changed without the key failing to open. A checksum of the whole file tells damage
from a wrong passphrase, and a check value derived with the encryption key tells a
wrong passphrase from an altered ciphertext.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from requestdesk.domain.canonical import canonical
from requestdesk.domain.timeutil import is_aware, iso_instant, parse_instant
from requestdesk.identity import crypto
from requestdesk.identity.files import (
    check_format,
    private_folder,
    read_json,
    write_private_json,
)
from requestdesk.identity.holders import Holder, fingerprint
from requestdesk.identity.problems import IdentityError, KeyFileError
from requestdesk.identity.signing import b64, signing_bytes, unb64, verify

PUBLIC_FORMAT, PRIVATE_FORMAT, FORMAT_VERSION = "requestdesk-public-key", "requestdesk-personal-key", 1
PUBLIC_SUFFIX = ".pubkey.json"
PASSPHRASE_MINIMUM = 10
KEYS_FOLDER = "keys"


@dataclass(frozen=True)
class PublicKey:
    """A public key with its holder, as exported and as the list of trusted keys keeps it."""

    holder: Holder
    key: bytes
    created: datetime
    signature: bytes  # the holder's own, over the payload: the details cannot be edited

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def payload(self) -> dict[str, str]:
        return {**self.holder.to_json(), "public_key": b64(self.key), "created": iso_instant(self.created)}

    def self_signed(self) -> bool:
        return verify(self.key, self.signature, signing_bytes("public-key", self.payload()))

    def to_json(self) -> dict[str, Any]:
        return {"format": PUBLIC_FORMAT, "version": FORMAT_VERSION, **self.payload(),
                "fingerprint": self.fingerprint, "signature": b64(self.signature)}

    @classmethod
    def from_json(cls, data: Any, path: Path) -> PublicKey:
        """The record as a file holds it; `checked` says whether its holder signed it."""
        if not isinstance(data, dict):
            raise KeyFileError(path, "not_public_key")
        key = unb64(data.get("public_key"), crypto.PUBLIC_KEY_BYTES)
        if key is None:
            raise KeyFileError(path, "damaged_field", field="public_key")
        signature = unb64(data.get("signature"), crypto.SIGNATURE_BYTES)
        if signature is None:
            raise KeyFileError(path, "damaged_field", field="signature")
        created = _instant(data.get("created"))
        if created is None:
            raise KeyFileError(path, "damaged_field", field="created")
        fields: dict[str, Any] = {name: data.get(name) for name in ("holder", "role", "authority")}
        for name, value in fields.items():
            if not isinstance(value, str):
                raise KeyFileError(path, "damaged_field", field=name)
        try:
            holder = Holder.checked(fields["holder"], fields["role"], fields["authority"])
        except IdentityError:
            raise KeyFileError(path, "damaged_field", field="holder") from None
        if holder.to_json() != fields:
            # Tidied on the way in (spaces): not what the holder signed.
            raise KeyFileError(path, "holder_altered", holder=holder.name)
        return cls(holder, key, created, signature)

    def checked(self, path: Path, written_fingerprint: Any = None) -> PublicKey:
        if written_fingerprint is not None and written_fingerprint != self.fingerprint:
            raise KeyFileError(path, "fingerprint_altered", written=str(written_fingerprint)[:40], actual=self.fingerprint)
        if not self.self_signed():
            raise KeyFileError(path, "holder_altered", holder=self.holder.name)
        return self


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = parse_instant(value)
    except ValueError:
        return None
    return moment if is_aware(moment) else None


def read_public_key(path: Path) -> PublicKey:
    """A public key file as exported, refused when its holder's details or fingerprint
    were edited since."""
    data = check_format(path, read_json(path), PUBLIC_FORMAT, "not_public_key", FORMAT_VERSION)
    return PublicKey.from_json(data, path).checked(path, data.get("fingerprint"))


def write_public_key(path: Path, public: PublicKey) -> None:
    write_private_json(path, public.to_json())


def _normalised(passphrase: str) -> str:
    # The same passphrase typed on another system may arrive in another Unicode form.
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(_normalised(passphrase)) < PASSPHRASE_MINIMUM:
        raise IdentityError("passphrase_short", minimum=PASSPHRASE_MINIMUM)
    if repeated is not None and _normalised(repeated) != _normalised(passphrase):
        raise IdentityError("passphrase_mismatch")


def _checksum(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical({k: v for k, v in fields.items() if k != "checksum"})).hexdigest()


def _bound(fields: dict[str, Any]) -> bytes:
    """What the ciphertext is bound to: every field but itself and the checksum."""
    return canonical({k: v for k, v in fields.items() if k not in ("ciphertext", "checksum")})


@dataclass(frozen=True)
class PersonalKey:
    """A personal key file of this workstation: its public record, the private key locked."""

    path: Path
    public: PublicKey
    fields: dict[str, Any]

    @property
    def holder(self) -> Holder:
        return self.public.holder

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def unlock(self, passphrase: str, minutes: float | None = None, clock=None):  # type: ignore[no-untyped-def]
        """The key, open for signing for `minutes`; IdentityError for a wrong passphrase,
        KeyFileError for a file that was altered. The file is never changed."""
        from requestdesk.identity.unlock import DEFAULT_UNLOCK_MINUTES, UnlockedKey

        kdf, cipher = self.fields["kdf"], self.fields["cipher"]
        derived = crypto.derive(_normalised(passphrase), unb64(kdf["salt"]) or b"",
                                crypto.ScryptParams(kdf["n"], kdf["r"], kdf["p"]))
        if hashlib.sha256(derived[32:]).hexdigest() != self.fields["check"]:
            raise IdentityError("wrong_passphrase", holder=self.holder.name, fingerprint=self.fingerprint)
        raw = crypto.unseal(derived[:32], unb64(cipher["nonce"]) or b"", unb64(self.fields["ciphertext"]) or b"",
                            _bound(self.fields))
        if raw is None:
            raise KeyFileError(self.path, "ciphertext_altered")
        try:
            private = crypto.load_private_key(raw)
        except ValueError:
            raise KeyFileError(self.path, "ciphertext_altered") from None
        if crypto.public_of(private) != self.public.key:
            raise KeyFileError(self.path, "key_mismatch")
        if not self.public.self_signed():
            raise KeyFileError(self.path, "holder_altered", holder=self.holder.name)
        return UnlockedKey(self.public, private, DEFAULT_UNLOCK_MINUTES if minutes is None else minutes, clock)


def read_personal_key(path: Path) -> PersonalKey:
    """A personal key file, its structure and checksum checked (no passphrase needed)."""
    fields = check_format(path, read_json(path), PRIVATE_FORMAT, "not_private_key", FORMAT_VERSION)
    if fields.get("checksum") != _checksum(fields):
        raise KeyFileError(path, "damaged")
    public = PublicKey.from_json(fields.get("public"), path)
    kdf, cipher = fields.get("kdf"), fields.get("cipher")
    if not (isinstance(kdf, dict) and kdf.get("name") == "scrypt"
            and all(isinstance(kdf.get(k), int) and not isinstance(kdf.get(k), bool) for k in ("n", "r", "p"))
            and crypto.ScryptParams(kdf["n"], kdf["r"], kdf["p"]).acceptable()
            and unb64(kdf.get("salt"), crypto.SALT_BYTES) is not None):
        raise KeyFileError(path, "damaged_field", field="kdf")
    if not (isinstance(cipher, dict) and cipher.get("name") == "aes-256-gcm"
            and unb64(cipher.get("nonce"), crypto.NONCE_BYTES) is not None):
        raise KeyFileError(path, "damaged_field", field="cipher")
    if not isinstance(fields.get("check"), str) or unb64(fields.get("ciphertext")) is None:
        raise KeyFileError(path, "damaged_field", field="ciphertext")
    return PersonalKey(Path(path), public, fields)


class Keyring:
    """The personal keys kept in one folder (the data folder's `keys/`)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @classmethod
    def of(cls, data_folder: Path) -> Keyring:
        return cls(Path(data_folder) / KEYS_FOLDER)

    def scan(self) -> tuple[list[PersonalKey], list[KeyFileError]]:
        """The usable keys (by holder), and why any other file there cannot be used."""
        if not self.folder.is_dir():
            return [], []
        keys, problems = [], []
        for path in sorted(self.folder.glob("*.key")):
            try:
                keys.append(read_personal_key(path))
            except KeyFileError as exc:
                problems.append(exc)
        keys.sort(key=lambda k: (k.holder.name.casefold(), k.holder.role.value, k.fingerprint))
        return keys, problems

    def keys(self) -> list[PersonalKey]:
        return self.scan()[0]

    def find(self, fingerprint_text: str) -> PersonalKey:
        from requestdesk.identity.holders import parse_fingerprint

        wanted = parse_fingerprint(fingerprint_text)
        for key in self.keys():
            if key.fingerprint == wanted:
                return key
        raise IdentityError("no_such_key", fingerprint=wanted)

    def only(self, fingerprint_text: str | None = None, role=None) -> PersonalKey:  # type: ignore[no-untyped-def]
        """The key a command means: the one named by its fingerprint, or the only one
        kept here (of that role)."""
        if fingerprint_text:
            return self.find(fingerprint_text)
        keys = [k for k in self.keys() if role is None or k.holder.role == role]
        if not keys:
            raise IdentityError("no_keys", folder=self.folder)
        if len(keys) > 1:
            raise IdentityError("several_keys", fingerprints=", ".join(k.fingerprint for k in keys))
        return keys[0]

    def create(self, holder: Holder, passphrase: str, at: datetime | None = None,
               params: crypto.ScryptParams | None = None) -> PersonalKey:
        """A new key pair for `holder`, kept encrypted under `passphrase`."""
        check_new_passphrase(passphrase)
        params = params or crypto.default_params()
        created = (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        raw_private, raw_public = crypto.new_private_key()
        private = crypto.load_private_key(raw_private)
        unsigned = PublicKey(holder, raw_public, created, b"")
        public = PublicKey(holder, raw_public, created,
                           crypto.sign_with(private, signing_bytes("public-key", unsigned.payload())))
        salt, nonce = crypto.random_bytes(crypto.SALT_BYTES), crypto.random_bytes(crypto.NONCE_BYTES)
        derived = crypto.derive(_normalised(passphrase), salt, params)
        fields: dict[str, Any] = {
            "format": PRIVATE_FORMAT, "version": FORMAT_VERSION,
            "public": public.to_json(),
            "kdf": {"name": "scrypt", "n": params.n, "r": params.r, "p": params.p, "salt": b64(salt)},
            "cipher": {"name": "aes-256-gcm", "nonce": b64(nonce)},
            "check": hashlib.sha256(derived[32:]).hexdigest(),
        }
        fields["ciphertext"] = b64(crypto.seal(derived[:32], nonce, raw_private, _bound(fields)))
        fields["checksum"] = _checksum(fields)
        private_folder(self.folder)
        path = self.folder / (public.fingerprint.replace(" ", "") + ".key")
        write_private_json(path, fields)
        return PersonalKey(path, public, fields)
