"""Signed packages in the window (issue 13, part 5; issue 12, item 6): exporting asks who is
working and signs with that key, importing says who signed; a package from a sender this
workstation cannot verify (a forger's own key, an unsigned package, a text changed with
every hash recomputed) is refused unless the user chooses to import it marked unverified,
and then its approval is not recognised; pack and unpack run off the window's thread."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer

from requestdesk.domain.review import ApprovalStatus
from requestdesk.packages import read_package
from requestdesk.ui import dialogs
from requestdesk.ui.operations import desk_of
from requestdesk.ui.register.model import Column
from tests.review.helpers import listing, members, resign, write_zip
from tests.shell.helpers import click_button, message_text, sit_officer, sit_supervisor, visible_column, when_modal
from tests.signers import PASSPHRASE, make_key, trusted_key

NUMBER = "1/ПРИМЕР-2026"


def _select(window, number: str = NUMBER) -> str:
    row = visible_column(window, Column.NUMBER).index(number)
    request_id = window.model.request_id(row)
    window.register.select_ids([request_id])
    return request_id


def _approved(window, filled, request_id):
    """Submitted by the officer, approved by a supervisor trusted here."""
    desk_of(filled).submit(request_id)
    key = sit_supervisor(window, filled)
    desk_of(filled).approve(request_id, signer=key)
    assert desk_of(filled).approval(request_id).valid


def test_export_asks_who_is_working_and_signs_with_that_key(qtbot, monkeypatch, window, filled, second, tmp_path):
    other, other_window = second
    _select(window)
    key = trusted_key(filled.store.path.parent, "Ст. лейтенант И. И. Иванов", "officer")
    from tests.signers import trust

    trust(other.store.path.parent, key)
    package = tmp_path / "signed.requestpkg"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(package))

    def unlock(dialog):
        assert dialog.objectName() == "signerDialog"
        dialog.who.setCurrentIndex(dialog.who.findData(key.fingerprint))  # the officer chooses himself
        dialog.passphrase.setText(PASSPHRASE)
        dialog.try_unlock()

    seen = when_modal(unlock)
    window.act_export_package.trigger()
    assert seen and package.exists()
    seal = read_package(package).seal
    assert seal.holds and seal.public.fingerprint == key.fingerprint
    assert "Package written" in window.statusBar().currentMessage()

    imported = other_window.import_packages([package])
    assert len(imported) == 1 and imported[0].sender.verified
    shown = other_window.statusBar().currentMessage()
    assert "Signed by Ст. лейтенант И. И. Иванов (officer, МВД России), key " + key.fingerprint in shown


def test_cancelling_who_is_working_writes_no_package(qtbot, monkeypatch, window, filled, tmp_path):
    request_id = _select(window)
    trusted_key(filled.store.path.parent, "Ст. лейтенант И. И. Иванов", "officer")
    package = tmp_path / "never.requestpkg"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(package))
    seen = when_modal(lambda dialog: dialog.reject())
    window.act_export_package.trigger()
    assert seen and not package.exists()
    assert [e.kind for e in desk_of(filled).history(request_id)][-1:] != ["packed"]


def test_an_unverified_sender_is_said_and_imported_only_when_chosen_with_its_approval_not_recognised(
        qtbot, window, filled, second, tmp_path):
    other, other_window = second
    request_id = _select(window)
    _approved(window, filled, request_id)
    sit_officer(window, filled)  # trusted at the first workstation only
    from requestdesk.ui.review.package_files import export_package

    package = export_package(window, filled, request_id, tmp_path / "approved.requestpkg")
    assert package is not None
    before = listing(other.store.path.parent)

    seen = when_modal(lambda box: click_button(box, "Cancel"))
    assert other_window.import_packages([package]) == []
    assert seen and seen[0].objectName() == "unverifiedSenderBox"
    assert "not on this workstation's list of trusted keys" in message_text(seen[0])
    assert other.store.count() == 0 and listing(other.store.path.parent) == before

    seen = when_modal(lambda box: click_button(box, "Import as unverified"))
    imported = other_window.import_packages([package])
    assert seen and len(imported) == 1 and not imported[0].sender.verified
    state = desk_of(other).approval(request_id)
    assert state.status is ApprovalStatus.NOT_RECOGNISED and "unverified sender" in state.message("en")
    # Nothing this workstation can check vouches for its history: it comes in as a draft.
    assert other.store.status(request_id) == "draft"
    # The request's history in the window says so.
    from requestdesk.ui.tracking.history import HistoryDialog

    dialog = HistoryDialog(desk_of(other), request_id, ZoneInfo("Europe/Moscow"), other_window)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [" | ".join(str(model.index(r, c).data()) for c in range(model.columnCount())) for r in range(model.rowCount())]
    assert any("UNVERIFIED sender" in row and "Ст. лейтенант И. И. Иванов" in row for row in rows), rows


def test_forged_packages_are_refused_in_the_window_and_change_nothing(qtbot, window, filled, second, tmp_path):
    """The forger's tries, each answered by Cancel at the question: nothing is written."""
    from requestdesk.domain.fingerprint import document_digest, fingerprint
    from requestdesk.domain.timeutil import iso_instant
    from requestdesk.store.events import event_hash
    from requestdesk.ui.review.package_files import export_package

    from requestdesk.packages.senders import judge_sender
    from requestdesk.store.review import trust_of_folder

    other, other_window = second
    request_id = _select(window)
    sit_officer(window, filled, other.store.path.parent)  # the real sender is trusted there
    package = export_package(window, filled, request_id, tmp_path / "real.requestpkg")
    assert judge_sender(read_package(package), trust_of_folder(other.store.path.parent)).verified

    # 1. The text changed and every hash recomputed (fingerprint, chain, manifest), the
    #    real signature left in place.
    contents = members(package)
    doc = json.loads(contents["request.json"])
    doc["number"] = "999/ПОДДЕЛКА"
    contents["request.json"] = json.dumps(doc, ensure_ascii=False).encode()
    events = json.loads(contents["events.json"])
    events[-1]["data"].update(fingerprint=fingerprint(doc), document=document_digest(doc))
    prev = ""
    for event in events:
        event["prev_hash"] = prev
        at = iso_instant(datetime.fromisoformat(event["at"]))
        event["hash"] = prev = event_hash(prev, event["request_id"], event["seq"], at, event["user"], event["kind"], event["data"])
    contents["events.json"] = json.dumps(events, ensure_ascii=False).encode()
    manifest = json.loads(contents["manifest.json"])
    manifest["request"]["fingerprint"] = fingerprint(doc)
    manifest["events"]["head"] = prev
    for name in ("request.json", "events.json"):
        manifest["members"][name] = {"sha256": hashlib.sha256(contents[name]).hexdigest(), "size": len(contents[name])}
    contents["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    rehashed = write_zip(tmp_path / "rehashed.requestpkg", contents)
    # 2. The same, signed again with the forger's own key (not trusted there).
    resigned = write_zip(tmp_path / "resigned.requestpkg", contents)
    resign(resigned, make_key(tmp_path / "forger", "Подполковник П. П. Петров", "supervisor"))
    # 3. The real package with its signature removed.
    unsigned = write_zip(tmp_path / "unsigned.requestpkg", members(package))
    resign(unsigned, None, unsigned=True)

    before = listing(other.store.path.parent)
    for forged, said in ((rehashed, "signature does not verify"), (resigned, "not on this workstation's list"),
                         (unsigned, "not signed")):
        seen = when_modal(lambda box: click_button(box, "Cancel"))
        assert other_window.import_packages([forged]) == []
        assert seen and said in message_text(seen[0]), message_text(seen[0])
        assert other.store.count() == 0
    assert listing(other.store.path.parent) == before


def test_pack_and_unpack_run_off_the_window_thread(qtbot, monkeypatch, window, filled, second, tmp_path):
    from requestdesk.packages import importer, writer

    other, other_window = second
    request_id = _select(window)
    sit_officer(window, filled, other.store.path.parent)
    threads: list[bool] = []

    def slowly(original):
        def run(*args, **kwargs):
            threads.append(threading.current_thread() is threading.main_thread())
            time.sleep(0.4)  # as a large enclosure takes
            return original(*args, **kwargs)
        return run

    monkeypatch.setattr(writer, "_write_package", slowly(writer._write_package))
    monkeypatch.setattr(importer, "read_package", slowly(importer.read_package))
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    from requestdesk.ui.review.package_files import export_package

    package = export_package(window, filled, request_id, tmp_path / "slow.requestpkg")
    packed_ticks = len(ticks)
    imported = other_window.import_packages([package])
    timer.stop()
    assert package is not None and len(imported) == 1
    assert threads == [False, False]  # both ran in a worker
    assert packed_ticks >= 10 and len(ticks) - packed_ticks >= 10  # the event loop ran all along
    # The second window's register shows the import (its change reached the window's thread).
    qtbot.waitUntil(lambda: other_window.model.row_of(request_id) is not None)
