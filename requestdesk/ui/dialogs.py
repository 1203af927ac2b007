"""Message boxes of the application, built in one place (and found there by tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from pathlib import Path


translate = QCoreApplication.translate


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    # File names and messages are data: "<b>" in a file name is shown, never rendered.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.exec()


def ask_replace(parent: QWidget | None, file_name: str, number: str) -> str:
    """"replace", "keep_both" or "skip": what to do with an imported request already in the register."""
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the number and file name are the user's
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Request already in the register"))
    box.setText(
        translate("Dialogs", "The register already holds request %1 from the file %2, with different contents.")
        .replace("%1", number or translate("Dialogs", "(no number)"))
        .replace("%2", file_name)
    )
    box.setInformativeText(
        translate("Dialogs", "Replace it with the file's version, or keep both (the imported copy gets a new identity)?")
    )
    replace = box.addButton(translate("Dialogs", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Dialogs", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(translate("Dialogs", "Skip this file"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(skip)
    box.exec()
    clicked = box.clickedButton()
    return "replace" if clicked is replace else "keep_both" if clicked is keep else "skip"


def choose_open_files(parent: QWidget | None, title: str, start: str, filters: str) -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    paths, _ = QFileDialog.getOpenFileNames(parent, title, start, filters)
    return paths


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def show_written(parent: QWidget | None, title: str, path: "Path") -> str:
    """Says where a document was written and offers to open it or its folder; returns
    "document", "folder" or "" (closed), after opening what was chosen."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(QMessageBox.Icon.Information, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("writtenBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is data
    box.setText(translate("Dialogs", "The document was written:"))
    box.setInformativeText(str(path))
    document = box.addButton(translate("Dialogs", "Open the document"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(translate("Dialogs", "Open the folder"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is document:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return "document"
    if clicked is folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        return "folder"
    return ""
