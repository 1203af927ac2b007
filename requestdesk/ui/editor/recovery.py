"""After a crash or a kill: offer the drafts that hold work the register does not have.

Policy. Every change writes the open request to `<data folder>/drafts/<id>.request.json`
(about a second later) and saves it to the store (a few seconds later); closing the
window saves it and deletes the draft. So a draft left at start-up means the program
did not close normally. Drafts equal to the stored request hold nothing new and are
deleted quietly. The others (different from the stored version, or a request the store
does not have) are listed in one question: Recover opens each in an editor window and
saves it to the register; Discard deletes them. A draft file that cannot be read is
renamed `*.unreadable` and named in the question, never deleted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from requestdesk.ui.editor.drafts import read_drafts
from requestdesk.ui.editor.window import EditorWindow, request_title
from requestdesk.ui.services import Services


def pending_drafts(services: Services) -> tuple[list[tuple[Path, dict[str, Any]]], list[Path]]:
    """Drafts with work the store lacks, and unreadable drafts (set aside as *.unreadable)."""
    readable, broken = read_drafts(services.data_dir)
    pending = []
    for path, doc in readable:
        stored = services.store.get(str(doc.get("id", "")))
        if stored == doc:
            with contextlib.suppress(OSError):  # already safe in the store; tried again next start
                path.unlink(missing_ok=True)
        else:
            pending.append((path, doc))
    set_aside = []
    for path, _error in broken:
        target = path.with_name(path.name + ".unreadable")
        try:
            path.replace(target)
        except OSError:
            continue  # left where it is: it is offered (and set aside) at the next start
        set_aside.append(target)
    return pending, set_aside


def ask_user(parent: QWidget | None, drafts: list[tuple[Path, dict[str, Any]]], set_aside: list[Path],
             services: Services) -> bool:
    """The question: True to recover the drafts, False to discard them."""
    translate = QCoreApplication.translate
    lines = []
    for _path, doc in drafts:
        known = services.store.get(str(doc.get("id", ""))) is not None
        state = translate("Recovery", "changes not saved to the register") if known else translate("Recovery", "not in the register")
        lines.append(f"• {request_title(doc)} — {state}")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Recover unsaved work"))
    box.setText(translate("Recovery", "RequestDesk did not close normally last time. These requests have unsaved work:"))
    informative = "\n".join(lines)
    if set_aside:
        informative += "\n\n" + translate("Recovery", "These draft files could not be read and were set aside:") + "\n" + "\n".join(
            str(p.name) for p in set_aside)
    box.setInformativeText(informative)
    recover = box.addButton(translate("Recovery", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(recover)
    box.exec()
    return box.clickedButton() is recover


def offer_recovery(parent: QWidget | None, services: Services,
                   ask: Callable[..., bool] = ask_user) -> list[EditorWindow]:
    """Asks about the drafts left by a crash; returns the editor windows opened (shown)."""
    drafts, set_aside = pending_drafts(services)
    if not drafts:
        return []
    if not ask(parent, drafts, set_aside, services):
        for path, _doc in drafts:
            with contextlib.suppress(OSError):  # asked about again at the next start
                path.unlink(missing_ok=True)
        return []
    windows = []
    for _path, doc in drafts:
        # Owned by the parent (the register window), which keeps it alive and, when it
        # tracks its editors, learns of this one too.
        window = EditorWindow(services, doc, parent, recovered=True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        adopt = getattr(parent, "adopt_editor", None)
        if callable(adopt):
            adopt(str(doc.get("id", "")), window)
        window.show()
        windows.append(window)
    return windows
