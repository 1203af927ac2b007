"""Request packages from the window: File > Export package…, Import package…, and dropped files.

A refused package changes nothing and says why in the interface language; a package
that would overwrite newer local work asks: keep both, replace, or cancel.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from requestdesk.atomic import WriteError
from requestdesk.packages import SUFFIX, Conflict, Imported, PackageError, Resolution, import_package, pack
from requestdesk.store.requests import StoreError
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.review.operations import user_name
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options

translate = QCoreApplication.translate


def is_package(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX)


def file_filter() -> str:
    return translate("PackageFiles", "Request packages (*%1)").replace("%1", SUFFIX)


def _start_folder(services: Services) -> str:
    folder = services.settings.get(Options.last_folder)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def suggested_name(number: str, request_id: str) -> str:
    # A registration number like "1/ПРИМЕР-2026" holds characters no file system accepts.
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", number).strip("._") or f"request-{request_id[:8]}"
    return stem + SUFFIX


def ask_conflict(parent: QWidget | None, conflict: Conflict) -> Resolution | None:
    """Keep both, replace, or None (cancel: nothing changes)."""
    box = QMessageBox(parent)
    box.setObjectName("packageConflictBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PackageFiles", "Newer work on this workstation"))
    box.setText(conflict.message(current_language()))
    box.setInformativeText(translate("PackageFiles", "Keep both (the package becomes a new request), replace the request "
                                                     "here with the package (its old text stays in the history), or cancel?"))
    keep = box.addButton(translate("PackageFiles", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(translate("PackageFiles", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("PackageFiles", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return Resolution.KEEP_BOTH if clicked is keep else Resolution.REPLACE if clicked is replace else None


def export_package(parent: QWidget | None, services: Services, request_id: str, path: Path | None = None) -> Path | None:
    """Packs a stored request; asks where when `path` is None. None when nothing was written."""
    doc = services.store.get(request_id)
    if doc is None:
        return None
    title = translate("PackageFiles", "Export package")
    if path is None:
        number = doc.get("number") if isinstance(doc.get("number"), str) else ""
        chosen = dialogs.choose_save_file(parent, title, str(Path(_start_folder(services)) / suggested_name(number, request_id)),
                                          file_filter())
        if not chosen:
            return None
        path = Path(chosen)
    if not is_package(path):
        path = path.with_name(path.name + SUFFIX)
    try:
        pack(services.store, request_id, path, user_name(services))
    except (PackageError, StoreError, WriteError) as exc:
        dialogs.show_error(parent, title, translate("PackageFiles", "The package was not written."), exc.message(current_language()))
        return None
    services.settings.set(Options.last_folder, str(path.parent))
    return path


def import_package_file(parent: QWidget | None, services: Services, path: Path) -> Imported | None:
    """Imports one package; None when it was refused or the user cancelled (nothing changed)."""
    title = translate("PackageFiles", "Import package")
    user = user_name(services)
    try:
        outcome = import_package(services.store, path, user)
        if isinstance(outcome, Conflict):
            resolution = ask_conflict(parent, outcome)
            if resolution is None:
                return None
            outcome = import_package(services.store, path, user, resolution)
    except (PackageError, StoreError) as exc:
        dialogs.show_error(parent, title, translate("PackageFiles", "The package was refused; nothing was changed."),
                           exc.message(current_language()))
        return None
    if isinstance(outcome, Conflict):  # the store changed between the two reads
        return None
    services.settings.set(Options.last_folder, str(Path(path).parent))
    return outcome


def choose_and_import(parent: QWidget | None, services: Services) -> list[Imported]:
    chosen = dialogs.choose_open_files(parent, translate("PackageFiles", "Import package"), _start_folder(services), file_filter())
    results = [import_package_file(parent, services, Path(p)) for p in chosen]
    return [r for r in results if r is not None]
