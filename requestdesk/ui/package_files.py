"""Opening a request package (`*.requestpkg`, double-clicked or given on the command line):
checked and imported whole, never overwriting newer local work without asking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from requestdesk.packages import Conflict, PackageError, Resolution, import_package
from requestdesk.store.requests import StoreError
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.tracking.operations import current_user

translate = QCoreApplication.translate


def is_package(path: Path) -> bool:
    return path.name.lower().endswith(".requestpkg")


def ask_resolution(parent: QWidget | None, conflict: Conflict) -> Resolution | None:
    """Keep both, replace, or leave the register as it is (None)."""
    box = QMessageBox(parent)
    box.setObjectName("packageConflictBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and numbers are text, never markup
    box.setWindowTitle(translate("PackageFiles", "Request package"))
    box.setText(conflict.message(current_language()))
    keep = box.addButton(translate("PackageFiles", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(translate("PackageFiles", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("PackageFiles", "Do not import"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return Resolution.KEEP_BOTH if clicked is keep else Resolution.REPLACE if clicked is replace else None


def import_package_file(parent: QWidget | None, services: Services, path: Path) -> str | None:
    """Imports one package; the id of the request that now holds it, None when refused or declined."""
    lang = current_language()
    user = current_user(services, lang)
    try:
        result = import_package(services.store, path, user)
        if isinstance(result, Conflict):
            resolution = ask_resolution(parent, result)
            if resolution is None:
                return None
            result = import_package(services.store, path, user, resolution)
    except (PackageError, StoreError) as exc:
        dialogs.show_error(
            parent,
            translate("PackageFiles", "Request package"),
            translate("PackageFiles", "The package was not imported; the register is unchanged."),
            exc.message(lang),
        )
        return None
    if isinstance(result, Conflict):  # the store changed between the two readings
        return None
    return result.request_id
