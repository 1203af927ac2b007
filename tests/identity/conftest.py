"""Keys for the identity tests: scrypt at its lowest accepted cost, so that a test makes
a key in milliseconds (the shipped cost is measured in tests/benchmarks/bench_identity.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from requestdesk.identity import Holder, Keyring, TrustStore, crypto

ADMIN_PASS = "correct horse battery"
SUPERVISOR_PASS = "пароль руководителя"
OFFICER_PASS = "officer's passphrase"
T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


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


@pytest.fixture(scope="session")
def built_catalogs() -> None:
    """The .qm catalogs are build products: build them when a source checkout has none."""
    from requestdesk.resources import translations_dir

    folder = translations_dir()
    stale = [ts for ts in folder.glob("*.ts") if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        from requestdesk.translations_build import build

        build(folder)


@pytest.fixture
def services(data, built_catalogs):
    from requestdesk.domain.timeutil import FixedClock
    from requestdesk.ui.services import Services

    opened = Services.open(data, clock=FixedClock(T0))
    yield opened
    opened.close()


@pytest.fixture
def languages(qapp, services):
    from requestdesk.ui.i18n import Languages

    langs = Languages(services.settings, qapp)
    langs.apply("en")
    yield langs
    langs.apply("en")


@pytest.fixture
def identity(qapp, services, languages):
    from requestdesk.ui.identity.workstation import Identity

    made = Identity.of(services)
    yield made
    made.lock()
