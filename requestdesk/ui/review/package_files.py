"""Request packages from the window: File > Export package…, Import package…, and dropped files.

Both go through the desk, as the command line does, and run off the window's thread (a
150 MB enclosure is read, hashed and checked): the window keeps answering, with a
progress dialog when the work lasts. Exporting signs the package with the key of whoever
is working (the Keys menu's "who is working" asks and unlocks it). Importing says who
signed the package, or that its sender cannot be verified here, and then asks whether to
import it marked so (its approval not recognised); a refused package changes nothing and
says why in the interface language; a package that would overwrite newer local work
asks, on the window's thread: keep both, replace, or cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from requestdesk.app import Desk, OperationRefused
from requestdesk.atomic import WriteError
from requestdesk.domain.display import visible
from requestdesk.identity import role_label
from requestdesk.packages import SUFFIX, Conflict, Imported, PackageError, Resolution
from requestdesk.packages.importer import UnverifiedSender
from requestdesk.progress import Cancelled, Report, ShouldStop
from requestdesk.store.requests import RequestStore, StoreError
from requestdesk.ui import dialogs
from requestdesk.ui.background import run_cancellable
from requestdesk.ui.i18n import current_language
from requestdesk.ui.operations import desk_of
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options

if TYPE_CHECKING:
    from requestdesk.packages.senders import Sender
    from requestdesk.ui.identity.workstation import Identity

translate = QCoreApplication.translate
T = TypeVar("T")


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


def _off_the_window(parent: QWidget | None, services: Services, title: str, label: str,
                    work: Callable[[Desk, Report, ShouldStop], T]) -> T:
    """`work` on a desk of its own in a worker thread (a SQLite connection belongs to the
    thread that uses it), the window processing events meanwhile, with the work's
    progress and a Cancel (Cancelled raised here once the work has cleaned up); its
    changes reach the window through the hub, queued to the window's thread (ui.changes)."""
    user = desk_of(services).user
    path, directory, clock, counting = services.store.path, services.directory, services.clock, services.store.counting

    def run(progress: Report, should_stop: ShouldStop) -> T:
        store = RequestStore(path, directory=directory, clock=clock, counting=counting)
        try:
            return work(Desk(store, user, services.hub), progress, should_stop)
        finally:
            store.close()

    return run_cancellable(parent, title, label, run)


def _say(parent: QWidget | None, text: str) -> None:
    """In the status bar of the window the work was started from."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)


def _identity(parent: QWidget | None, services: Services) -> Identity:
    from requestdesk.ui.review.review_dialog import identity_for

    # A window's own Identity (its Keys menu's) when there is one; else one owned by the
    # dialog's parent, or the application when there is none.
    owner: QObject | None = parent if parent is not None else QCoreApplication.instance()
    identity: Identity = identity_for(services, parent, owner)
    return identity


def ask_conflict(parent: QWidget | None, conflict: Conflict) -> Resolution | None:
    """Keep both, replace, or None (cancel: nothing changes)."""
    box = QMessageBox(parent)
    box.setObjectName("packageConflictBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PackageFiles", "Newer work on this workstation"))
    box.setText(visible(conflict.message(current_language()), multiline=True))
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


def sender_text(sender: Sender) -> str:
    """Who signed a package, as the window says it."""
    lang = current_language()
    if sender.verified:
        return (translate("PackageFiles", "Signed by %1 (%2, %3), key %4")
                .replace("%1", visible(sender.holder)).replace("%2", role_label(sender.role, lang))
                .replace("%3", visible(sender.authority) or "—").replace("%4", sender.fingerprint))
    return translate("PackageFiles", "The sender is not verified")


def ask_unverified(parent: QWidget | None, refusal: UnverifiedSender) -> bool:
    """Whether to import a package from a sender this workstation cannot verify, marked so."""
    box = QMessageBox(parent)
    box.setObjectName("unverifiedSenderBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PackageFiles", "Sender not verified"))
    box.setText(visible(refusal.message(current_language()), multiline=True))
    box.setInformativeText(translate(
        "PackageFiles", "Nobody this workstation trusts vouches for this package. You can import it marked as coming "
                        "from an unverified sender: any approval in it is not recognised, and its status counts only "
                        "the history this workstation can check. Import it so?"))
    accept = box.addButton(translate("PackageFiles", "Import as unverified"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("PackageFiles", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def export_package(parent: QWidget | None, services: Services, request_id: str, path: Path | None = None) -> Path | None:
    """Packs a stored request, signed by whoever is working; asks where when `path` is
    None. None when nothing was written."""
    stored = desk_of(services).stored(request_id)
    if stored is None:
        return None
    title = translate("PackageFiles", "Export package")
    if path is None:
        number = stored.doc.get("number")
        chosen = dialogs.choose_save_file(parent, title, str(Path(_start_folder(services)) / suggested_name(
                                              number if isinstance(number, str) else "", request_id)),
                                          file_filter())
        if not chosen:
            return None
        path = Path(chosen)
    if not is_package(path):
        path = path.with_name(path.name + SUFFIX)
    signer = _identity(parent, services).signer(parent, action=translate("PackageFiles", "sign the package"))
    if signer is None:
        return None  # nobody unlocked a key: nothing is signed, nothing written
    target = path
    try:
        _off_the_window(parent, services, title, translate("PackageFiles", "Writing the package…"),
                        lambda desk, progress, should_stop: desk.pack(request_id, target, signer=signer, progress=progress,
                                                                      should_stop=should_stop))
    except Cancelled:
        _say(parent, translate("PackageFiles", "Export cancelled: no package was written."))
        return None
    except (PackageError, StoreError, WriteError, OperationRefused) as exc:
        dialogs.show_error(parent, title, translate("PackageFiles", "The package was not written."),
                           visible(exc.message(current_language()), multiline=True))
        return None
    services.settings.set(Options.last_folder, str(path.parent))
    return path


class PackageImports(NamedTuple):
    imported: list[Imported]
    cancelled: str  # what the officer is told of a Cancel pressed; "" when none was


def import_package_files(parent: QWidget | None, services: Services, paths: Sequence[Path]) -> PackageImports:
    """Imports packages one after the other. A Cancel in the progress dialog stops the
    package being imported and those after it (the officer cancels the import, not one
    file of it); those imported before it are kept."""
    imported: list[Imported] = []
    for path in paths:
        try:
            outcome = _import_one(parent, services, Path(path))
        except Cancelled:
            if not imported:
                return PackageImports(imported, translate("PackageFiles", "Import cancelled: the register was not changed."))
            return PackageImports(imported, translate(
                "PackageFiles", "Import cancelled. Imported before it: %1 of %2 packages; the package being imported and "
                "those after it were not imported.").replace("%1", str(len(imported))).replace("%2", str(len(paths))))
        if outcome is not None:
            imported.append(outcome)
    return PackageImports(imported, "")


def _import_one(parent: QWidget | None, services: Services, path: Path) -> Imported | None:
    """One package; None when it was refused or a question was answered Cancel. Cancelled
    (the progress dialog's Cancel) is raised once the work has cleaned up."""
    title = translate("PackageFiles", "Import package")
    label = translate("PackageFiles", "Checking and importing the package…")

    def unpack(resolution: Resolution | None, untrusted: bool) -> Imported | Conflict:
        return _off_the_window(parent, services, title, label,
                               lambda desk, progress, should_stop: desk.unpack(
                                   path, resolution, untrusted=untrusted, progress=progress, should_stop=should_stop).value)

    untrusted = False
    try:
        try:
            outcome = unpack(None, untrusted)
        except UnverifiedSender as refusal:
            if not ask_unverified(parent, refusal):
                return None
            untrusted = True
            outcome = unpack(None, untrusted)
        if isinstance(outcome, Conflict):
            resolution = ask_conflict(parent, outcome)  # asked here, on the window's thread
            if resolution is None:
                return None
            outcome = unpack(resolution, untrusted)
    except (PackageError, StoreError) as exc:
        dialogs.show_error(parent, title, translate("PackageFiles", "The package was refused; nothing was changed."),
                           visible(exc.message(current_language()), multiline=True))
        return None
    if isinstance(outcome, Conflict):  # the register changed between the two reads
        return None
    services.settings.set(Options.last_folder, str(Path(path).parent))
    return outcome


def choose_and_import(parent: QWidget | None, services: Services) -> PackageImports:
    chosen = dialogs.choose_open_files(parent, translate("PackageFiles", "Import package"), _start_folder(services), file_filter())
    return import_package_files(parent, services, [Path(p) for p in chosen])
