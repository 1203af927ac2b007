"""Keys for the identity tests: scrypt at its lowest accepted cost, so that a test makes
a key in milliseconds (the shipped cost is measured in tests/benchmarks/bench_identity.py)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from requestdesk.identity import Holder, Keyring, TrustStore, crypto

ADMIN_PASS = "correct horse battery"
SUPERVISOR_PASS = "пароль руководителя"
OFFICER_PASS = "officer's passphrase"
T0 = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(crypto, "default_params", lambda: crypto.ScryptParams(n=2**14, r=8, p=1))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def keyring(data: Path) -> Keyring:
    return Keyring.of(data)


@pytest.fixture
def admin(keyring):
    return keyring.create(Holder.checked("А. А. Админов", "administrator", "МВД России"), ADMIN_PASS, at=T0)


@pytest.fixture
def supervisor(keyring):
    return keyring.create(Holder.checked("П. П. Петров", "supervisor", "МВД России"), SUPERVISOR_PASS, at=T0)


@pytest.fixture
def officer(keyring):
    return keyring.create(Holder.checked("И. И. Иванов", "officer", "МВД России"), OFFICER_PASS, at=T0)


@pytest.fixture
def trust(data, admin) -> TrustStore:
    store = TrustStore(data)
    store.establish(admin.unlock(ADMIN_PASS), at=T0)
    return store
