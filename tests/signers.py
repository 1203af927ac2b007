"""Signers for tests: personal keys made and trusted in a test's data folder, the way an
administrator would, at scrypt's lowest accepted cost so a test makes one in
milliseconds (the product's own cost is untouched: `Keyring.create` takes the
parameters only when given)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from requestdesk.identity import Holder, Keyring, Role, TrustStore, UnlockedKey, crypto

CHEAP = crypto.ScryptParams(n=2**14, r=8, p=1)
PASSPHRASE = "test passphrase, long enough"
# Before any test clock: keys trusted from then on are trusted when the tests sign.
TRUSTED_FROM = datetime(2020, 1, 1, tzinfo=UTC)
SUPERVISOR = "Подполковник П. П. Петров"
AUTHORITY = "МВД России"


def make_key(folder: Path, name: str, role: Role | str, at: datetime = TRUSTED_FROM) -> UnlockedKey:
    key = Keyring.of(Path(folder)).create(Holder.checked(name, role, AUTHORITY), PASSPHRASE, at=at, params=CHEAP)
    return key.unlock(PASSPHRASE, minutes=600)


def administrator(folder: Path) -> UnlockedKey:
    """The administrator of the folder's trust list, made and established on first use."""
    folder = Path(folder)
    store = TrustStore(folder)
    for key in Keyring.of(folder).keys():
        if key.holder.role is Role.ADMINISTRATOR:
            unlocked = key.unlock(PASSPHRASE, minutes=600)
            if store.load().entry_for_key(unlocked.public_key) is not None:
                return unlocked
    admin = make_key(folder, "А. А. Админов", Role.ADMINISTRATOR)
    store.establish(admin, at=TRUSTED_FROM)
    return admin


def trust(folder: Path, key: UnlockedKey, role: Role | str | None = None) -> UnlockedKey:
    TrustStore(Path(folder)).add(key.public, role or key.holder.role, administrator(folder), at=TRUSTED_FROM)
    return key


def trusted_key(folder: Path, name: str = SUPERVISOR, role: Role | str = Role.SUPERVISOR) -> UnlockedKey:
    """A key of `name` in `role`, trusted in `folder` (the data folder of a register)."""
    return trust(folder, make_key(folder, name, role))


def trusted_supervisor(folder: Path, name: str = SUPERVISOR) -> UnlockedKey:
    return trusted_key(folder, name, Role.SUPERVISOR)


def key_for_store(store, name: str = SUPERVISOR, role: Role | str = Role.SUPERVISOR) -> UnlockedKey:  # type: ignore[no-untyped-def]
    """A trusted key in the data folder of a RequestStore."""
    return trusted_key(Path(store.path).parent, name, role)


def cli_sender(folder: Path, *receivers: Path, name: str = "Ст. лейтенант И. И. Иванов",
               role: Role | str = Role.OFFICER) -> list[str]:
    """A personal key of `name` kept in data folder `folder`, trusted there and in each of
    `receivers`, and the options that make `requestdesk pack` sign with it (its
    passphrase in a file, as a script gives it)."""
    key = trusted_key(folder, name, role)
    for receiver in receivers:
        trust(receiver, key)
    secret = Path(folder) / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return ["--key", key.fingerprint, "--passphrase-file", str(secret)]
