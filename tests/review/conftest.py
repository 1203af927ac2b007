"""Fixtures for review and packages: two workstations (an officer's and a supervisor's),
each with its own data folder, and a request sent for review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from requestdesk.domain.timeutil import FixedClock
from requestdesk.packages import pack
from requestdesk.store.enclosures import Enclosures
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import Review
from requestdesk.store.tracking import Tracker
from tests.review.helpers import make_pdf
from requestdesk.identity import Role
from tests.signers import trust, trusted_key, trusted_supervisor



@dataclass
class Workstation:
    folder: Path
    store: RequestStore
    user: str
    _signer: object = None
    _sender: object = None
    packs_as_supervisor: bool = False
    peers: tuple = ()  # workstations whose administrator trusts this one's supervisor too

    @property
    def review(self) -> Review:
        return Review(self.store, self.user)

    @property
    def signer(self):
        """The personal key of this workstation's supervisor, trusted in its data folder."""
        if self._signer is None:
            self._signer = trusted_supervisor(self.folder, "Подполковник П. П. Петров")
            for peer in self.peers:
                trust(peer.folder, self._signer)
        return self._signer

    @property
    def sender(self):
        """The personal key this workstation packs with: its supervisor's on the
        supervisor's workstation, else its officer's; trusted here and by its peers."""
        if self._sender is None:
            if self.packs_as_supervisor:
                self._sender = self.signer
            else:
                self._sender = trusted_key(self.folder, self.user, Role.OFFICER)
                for peer in self.peers:
                    trust(peer.folder, self._sender)
        return self._sender

    @property
    def files(self) -> Enclosures:
        return Enclosures(self.store, self.user)

    @property
    def tracker(self) -> Tracker:
        return Tracker(self.store, self.user)


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))


def _station(tmp_path: Path, name: str, user: str, clock) -> Workstation:
    folder = tmp_path / name
    return Workstation(folder, RequestStore(folder / "requests.sqlite3", clock=clock), user)


@pytest.fixture
def officer(tmp_path, clock):
    station = _station(tmp_path, "officer", "Ст. лейтенант И. И. Иванов", clock)
    yield station
    station.store.close()


@pytest.fixture
def supervisor(tmp_path, clock, officer):
    station = _station(tmp_path, "supervisor", "Подполковник П. П. Петров", clock)
    station.peers = (officer,)  # the officer's workstation trusts the supervisor's key
    station.packs_as_supervisor = True
    officer.peers = (station,)  # and the supervisor's trusts the officer's
    yield station
    station.store.close()


@pytest.fixture
def pdf_file(tmp_path):
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_pdf(3))
    return path


@pytest.fixture
def sent_for_review(officer, complete_request, pdf_file, tmp_path):
    """The officer drafts, encloses a PDF, submits and packs for the supervisor."""
    rid = complete_request["id"]
    officer.store.save(complete_request)
    officer.files.attach(rid, pdf_file)
    officer.review.submit(rid, "Прошу согласовать")
    path = tmp_path / "to-supervisor.requestpkg"
    pack(officer.store, rid, path, officer.user, signer=officer.sender)
    return path
