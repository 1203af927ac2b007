"""Data and helpers for the register window's tests."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from requestdesk.resources import resource_path

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone(timedelta(hours=3)))


def example() -> dict:
    with resource_path("examples", "example.request.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def variant(number: str, *, ru: str, en: str, requested: str = "KZ", urgent: bool = False,
            channel: str = "written", sent_hours_ago: float | None = None, identifier: str = "") -> dict:
    doc = copy.deepcopy(example())
    doc["id"] = str(uuid.uuid5(uuid.NAMESPACE_OID, number))
    doc["number"] = number
    doc["case_summary"] = {"ru": ru, "en": en}
    doc["requested"] = {
        "state": requested,
        "authority": {"ru": "Министерство внутренних дел Республики Казахстан", "en": "Ministry of Internal Affairs of the Republic of Kazakhstan"},
        "subdivision": {"ru": "", "en": ""},
        "time_zone": "",
    }
    doc["urgent"] = urgent
    if urgent:
        doc["urgency_reason"] = {"ru": "Данные могут быть уничтожены.", "en": "The data may be destroyed."}
    at = (NOW - timedelta(hours=sent_hours_ago)).isoformat() if sent_hours_ago is not None else ""
    doc["transmission"] = {"channel": channel, "at": at, "arrangement": "", "confirmed_at": ""}
    doc["purpose"] = {"ru": "Установление виновных лиц.", "en": "Identification of the persons responsible."}
    doc["justification"] = {"ru": "Сведения имеются только у оператора связи.", "en": "Only the operator holds the data."}
    doc["assistance"] = [{
        "form": "b",
        "ground": "citizen",
        "description": {"ru": "Получить сведения об абоненте.", "en": "Obtain the subscriber's details."},
        "identifiers": [
            {"type": "ip", "value": identifier, "from": "2026-11-20T10:00:00+03:00", "to": "2026-11-20T11:00:00+03:00"}
        ] if identifier else [],
    }]
    return doc


def sample_requests() -> list[tuple[dict, str]]:
    """Four requests: the example, an overdue urgent one, a pending urgent one, a sent one."""
    return [
        (example(), "draft"),
        (variant("2/2026", ru="Вымогательство с использованием шифровальщика.", en="Extortion using ransomware.",
                 urgent=True, channel="oral", sent_hours_ago=80, identifier="203.0.113.7"), "draft"),
        (variant("3/2026", ru="Фишинговая рассылка писем.", en="A phishing mailing.",
                 urgent=True, channel="technical", sent_hours_ago=10), "draft"),
        (variant("4/2026", ru="Хищение криптовалюты.", en="Theft of cryptocurrency."), "sent"),
    ]


def visible_column(window, column: int) -> list[str]:
    model = window.register.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def when_modal(handle: Callable[[QWidget], None], seen: list | None = None) -> list:
    """Hands the next modal dialog to `handle` once it is shown (it then closes it)."""
    seen = [] if seen is None else seen

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return seen


def message_text(box: QMessageBox) -> str:
    return f"{box.text()}\n{box.informativeText()}"


def click_button(box: QMessageBox, label: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == label:
            button.click()
            return
    raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Types text as key presses; QTest.keyClicks cannot send letters outside ASCII."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def save_as_another_program(store_path, doc: dict) -> None:
    """Writes a request on a connection of its own, as `requestdesk unpack` does while the
    window is open."""
    from requestdesk.store.requests import RequestStore

    other = RequestStore(store_path)
    try:
        other.save(doc)
    finally:
        other.close()


def new_copy(doc: dict, **changes) -> dict:
    """Another request like `doc`: its own id, and the given fields changed."""
    return {**copy.deepcopy(doc), "id": str(uuid.uuid4()), **changes}


def restore_the_first_backup_and_read_the_error(qtbot, window) -> tuple[str, str]:
    """File ▸ Restore with the newest backup chosen; the (text, details) of the error box that follows."""
    errors: list[tuple[str, str]] = []

    def choose_first(dialog) -> None:
        dialog.list.setCurrentRow(0)
        when_modal(lambda box: (errors.append((box.text(), box.informativeText())), box.accept()))
        dialog.accept()

    when_modal(choose_first)
    window.act_restore.trigger()
    qtbot.waitUntil(lambda: bool(errors))
    return errors[0]


SUPERVISOR_AT_WINDOW = "Подполковник П. П. Петров"


def sit_supervisor(window, services, name: str = SUPERVISOR_AT_WINDOW):  # type: ignore[no-untyped-def]
    """The supervisor sits down at the window: their own key, trusted here as a
    supervisor's, is open in the window's Keys menu, and events are recorded under their
    name (Settings' executor), not the officer's. The key is made once per data folder."""
    from requestdesk.ui.settings import Options
    from tests.signers import trusted_supervisor

    key = getattr(services, "_test_supervisor_key", None)
    if key is None or key.holder.name != name:
        key = trusted_supervisor(services.store.path.parent, name)
        services._test_supervisor_key = key
    services.settings.set(Options.default_executor, {"name": {"ru": name, "en": name}})
    window.identity_menu.identity.hold(key)
    return key


OFFICER_AT_WINDOW = "Ст. лейтенант И. И. Иванов"


def sit_officer(window, services, *receivers, name: str = OFFICER_AT_WINDOW):  # type: ignore[no-untyped-def]
    """The officer's own key, trusted here and in each receiving data folder, is open in
    the window's Keys menu: what a package exported from this window is signed with."""
    from tests.signers import trust, trusted_key

    key = getattr(services, "_test_officer_key", None)
    if key is None:
        key = trusted_key(services.store.path.parent, name, "officer")
        services._test_officer_key = key
    for folder in receivers:
        trust(folder, key)
    window.identity_menu.identity.hold(key)
    return key
