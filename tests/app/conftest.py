"""One register and the desks of the people who work on it."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from requestdesk.app import ChangeHub, Desk
from requestdesk.domain.timeutil import FixedClock
from requestdesk.store.requests import RequestStore
from tests.signers import key_for_store


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def store(tmp_path, clock):
    store = RequestStore(tmp_path / "requests.sqlite3", clock=clock)
    yield store
    store.close()


@pytest.fixture
def hub():
    return ChangeHub()


@pytest.fixture
def officer(store, hub):
    return Desk(store, "Ст. лейтенант И. И. Иванов", hub)


@pytest.fixture
def supervisor(store, hub):
    return Desk(store, "Подполковник П. П. Петров", hub)


@pytest.fixture
def published(hub):
    """Every change the hub published, in order."""
    seen: list = []
    hub.subscribe(lambda changes, initiator: seen.append(changes))
    return seen


@pytest.fixture
def supervisor_key(store, supervisor):
    """The supervisor's personal key, trusted as a supervisor's in the register's data folder."""
    return key_for_store(store, supervisor.user)


@pytest.fixture
def approved(officer, supervisor, supervisor_key, complete_request):
    rid = complete_request["id"]
    officer.create(complete_request)
    officer.submit(rid)
    supervisor.approve(rid, signer=supervisor_key)
    return rid
