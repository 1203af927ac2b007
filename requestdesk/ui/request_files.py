"""Import and export of `*.request.json` files from the register, with the user's choices."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from requestdesk.atomic import WriteError
from requestdesk.domain.requestfile import SUFFIX
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.operations import Conflict, ImportOutcome, export_file, import_files
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options


translate = QCoreApplication.translate


def file_filter() -> str:
    return translate("RequestFiles", "Request files (*.request.json);;JSON files (*.json);;All files (*)")


def _start_folder(services: Services) -> str:
    folder = services.settings.get(Options.last_folder)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def _remember_folder(services: Services, path: Path) -> None:
    services.settings.set(Options.last_folder, str(path.parent))


def import_paths(parent: QWidget | None, services: Services, paths: list[Path]) -> ImportOutcome:
    """Imports files, asking about requests already in the register and reporting bad files."""

    def resolve(path: Path, stored: dict, incoming: dict) -> Conflict:
        number = incoming.get("number") if isinstance(incoming.get("number"), str) else ""
        return Conflict(dialogs.ask_replace(parent, path.name, number or stored.get("number", "")))

    outcome = import_files(services, paths, resolve)
    if paths:
        _remember_folder(services, Path(paths[0]))
    if outcome.failures:
        lang = current_language()
        dialogs.show_error(
            parent,
            translate("RequestFiles", "Import of request files"),
            translate("RequestFiles", "Not imported (the register was not changed by these files):"),
            "\n\n".join(failure.message(lang) for failure in outcome.failures),
        )
    return outcome


def choose_and_import(parent: QWidget | None, services: Services) -> ImportOutcome | None:
    chosen = dialogs.choose_open_files(parent, translate("RequestFiles", "Import request files"), _start_folder(services), file_filter())
    if not chosen:
        return None
    return import_paths(parent, services, [Path(p) for p in chosen])


def suggested_name(number: str, request_id: str) -> str:
    # A registration number like "1/ПРИМЕР-2026" holds characters no file system accepts.
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", number).strip("._") or f"request-{request_id[:8]}"
    return stem + SUFFIX


def choose_and_export(parent: QWidget | None, services: Services, request_id: str) -> Path | None:
    doc = services.store.get(request_id)
    if doc is None:
        return None
    number = value if isinstance(value := doc.get("number"), str) else ""
    suggested = str(Path(_start_folder(services)) / suggested_name(number, request_id))
    chosen = dialogs.choose_save_file(parent, translate("RequestFiles", "Export request file"), suggested, file_filter())
    if not chosen:
        return None
    path = Path(chosen)
    if not path.name.endswith(".json"):
        path = path.with_name(path.name + SUFFIX)
    try:
        export_file(services, request_id, path)
    except WriteError as exc:
        dialogs.show_error(
            parent,
            translate("RequestFiles", "Export request file"),
            translate("RequestFiles", "The request file could not be written."),
            exc.message(current_language()),
        )
        return None
    _remember_folder(services, path)
    return path
