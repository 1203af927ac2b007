"""The main window: the register of requests, its menus, and the windows it opens."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QBoxLayout, QLabel, QMainWindow, QMenu, QWidget

from requestdesk.domain.languages import SUPPORTED
from requestdesk.ui import dialogs
from requestdesk.domain.formatting import format_number
from requestdesk.ui.i18n import Languages, current_language, language_name, with_number
from requestdesk.ui.register.model import RegisterModel
from requestdesk.ui.register.state import RegisterState
from requestdesk.ui.register.view import RegisterView, saved_sort
from requestdesk.ui.request_menu import RequestMenu
from requestdesk.ui.identity.menu import open_identity_menu
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options

if TYPE_CHECKING:
    # Named in annotations only: PySide makes a Qt class's type (and its enums) when a
    # module first names it, so the events' are made when the first such event comes.
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoCommand

    from requestdesk.app import OpChanges
    from requestdesk.ui.daily_backup import DailyBackup
    from requestdesk.ui.editor.window import EditorWindow
    from requestdesk.ui.operations import ImportOutcome

# What changes the register (operations, request files, undo) is imported by the
# handlers on first use: the window opens without the rules, profiles and file code.

COUNTDOWN_REFRESH_MS = 30_000
OUTSIDE_CHANGES_MS = 2_000  # how often the register looks for changes made by other programs


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _drafts_left(data_dir: Path) -> bool:
    """Whether the drafts folder (ui.editor.drafts) holds a request file: a crash left work."""
    from requestdesk.launch import REQUEST_SUFFIX

    try:
        return any((data_dir / "drafts").glob(f"*{REQUEST_SUFFIX}"))
    except OSError:
        return True  # the recovery says what is wrong with the folder


class MainWindow(QMainWindow):
    def __init__(self, services: Services, languages: Languages, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.languages = languages
        self.undo_stack = QUndoStack(self)
        self._editors: dict[str, EditorWindow] = {}
        from requestdesk.ui.changes import ChangeRelay

        # Every change the desk makes in this process reaches the register once.
        self._changes = ChangeRelay(services.hub, self)
        self._changes.changed.connect(self._on_changes)
        self._daily_backup: DailyBackup | None = None  # made after start-up, on a thread of its own

        state = RegisterState(services.store, services.clock)
        # The saved sort first: the register's keys are then read once, in that order.
        state.sort_column, state.descending = saved_sort(services.settings.get(Options.main_window_columns))
        self.model = RegisterModel(state, services.directory, self, settings=services.settings)
        self.model.reload()
        self.register = RegisterView(self.model, self)
        self.setCentralWidget(self.register)
        self.setAcceptDrops(True)

        from requestdesk.ui.watch_dock import DeadlineWatch

        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        register_layout = self.register.layout()
        assert isinstance(register_layout, QBoxLayout)  # the register's column: the alert banner goes on top
        self.watch = DeadlineWatch(services, self, register_layout, self.statusBar())
        self.watch.openRequest.connect(self.open_request)
        self.watch.produceConfirmation.connect(lambda rid: self.export_document_of(rid, "confirmation"))

        def one_selected() -> str | None:
            ids = self.register.selected_ids()
            return ids[0] if len(ids) == 1 else None

        self.request_menu = RequestMenu(services, self, one_selected)
        self.watch.recordConfirmation.connect(self.request_menu.record_confirmation)
        self.request_menu.changed.connect(self._after_record)
        self.request_menu.recorded.connect(lambda request_id: self.register.select_ids([request_id]))
        self.request_menu.watch_requested.connect(self._show_in_watch)

        self._make_actions()
        self._make_menus()
        self.identity_menu = open_identity_menu(self, services)
        self.register.open_requested.connect(self.open_request)
        self.register.selection_changed.connect(self._update_actions)
        self.register.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.register.table.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._update_counts)
        languages.changed.connect(self._language_changed)

        self._ticker = QTimer(self)
        self._ticker.setInterval(COUNTDOWN_REFRESH_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        # Requests unpacked or checked in from the command line while the window is open
        # appear without a restart.
        self._outside_version = services.store.outside_version()
        self._outside_watch = QTimer(self)
        self._outside_watch.setInterval(OUTSIDE_CHANGES_MS)
        self._outside_watch.timeout.connect(self._follow_outside_changes)
        self._outside_watch.start()

        self.retranslate()
        self._restore_geometry()
        from requestdesk.ui.wheel_guard import guard_box

        guard_box(self.register.status_filter)  # the window's one box turns only when clicked into
        self._update_actions()
        self._update_counts()

    # -- actions and menus -------------------------------------------------------------
    def _action(self, name: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, icon: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))  # in the menus, where the desktop has an icon theme
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_new = self._action("actNew", self.new_request, SK.New, "document-new")
        self.act_open = self._action("actOpen", self.open_selected, None, "document-open")
        self.act_duplicate = self._action("actDuplicate", self.duplicate_selected, "Ctrl+D", "edit-copy")
        self.act_delete = self._action("actDelete", self.delete_selected, SK.Delete, "edit-delete")
        self.act_unarchive = self._action("actUnarchive", self.unarchive_selected, None, "edit-undo")
        self.act_import = self._action("actImport", self.import_files, SK.Open, "document-import")
        self.act_export_file = self._action("actExportFile", self.export_selected_file, "Ctrl+Shift+S", "document-save-as")
        self.act_export_document = self._action("actExportDocument", self.export_selected_document, "Ctrl+E", "document-export")
        self.act_export_package = self._action("actExportPackage", self.export_selected_package, None, "package-x-generic")
        self.act_import_package = self._action("actImportPackage", lambda: self.import_packages(), None, "package-x-generic")
        self.act_settings = self._action("actSettings", self.open_settings, SK.Preferences, "preferences-system")
        self.act_restore = self._action("actRestore", self.restore_backup, None, "document-revert")
        self.act_quit = self._action("actQuit", self.close, SK.Quit, "application-exit")
        self.act_find = self._action("actFind", self._focus_search, SK.Find)
        self.act_about = self._action("actAbout", self._about)
        self.act_undo = self._action("actUndo", self.undo_stack.undo, SK.Undo, "edit-undo")
        # "… deleted. Undo brings them back" is stale once undone (or anything else is done).
        self.undo_stack.indexChanged.connect(self._after_undo_step)
        self.act_redo = self._action("actRedo", self.undo_stack.redo, SK.Redo, "edit-redo")
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged,
                       self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged):
            signal.connect(self._update_undo_actions)
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for lang in SUPPORTED:
            action = QAction(language_name(lang), self)
            action.setCheckable(True)
            action.setObjectName(f"actLanguage_{lang}")
            action.triggered.connect(lambda _=False, code=lang: self.languages.set_language(code))
            group.addAction(action)
            self.language_actions[lang] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for action in (self.act_new, self.act_open, None, self.act_import, self.act_export_file,
                       self.act_export_document, None, self.act_import_package, self.act_export_package,
                       None, self.act_settings, self.act_restore, None, self.act_quit):
            self.menu_file.addSeparator() if action is None else self.menu_file.addAction(action)
        self.menu_edit = bar.addMenu("")
        for action in (self.act_undo, self.act_redo, None, self.act_duplicate, self.act_delete):
            self.menu_edit.addSeparator() if action is None else self.menu_edit.addAction(action)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        # The archive's way back sits with the request's history, at the Request menu's end.
        self.request_menu.menu.addAction(self.act_unarchive)
        bar.addMenu(self.request_menu.menu)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.watch.dock.toggleViewAction())
        self.menu_language = self.menu_view.addMenu("")
        for action in self.language_actions.values():
            self.menu_language.addAction(action)
        self.menu_help = bar.addMenu("")
        from requestdesk.ui.help_menu import HelpMenu

        self.help = HelpMenu(self.menu_help, self)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        # Words, not pictures: the same on every desktop, with or without an icon theme.
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        for action in (self.act_new, self.act_open, self.act_duplicate, self.act_delete, None,
                       self.act_import, self.act_export_document):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)

    def _context_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        for action in (self.act_open, self.act_duplicate, self.act_export_document, self.act_export_file, None,
                       self.act_delete, self.act_unarchive):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.addMenu(self.request_menu.menu)
        menu.exec(self.register.table.viewport().mapToGlobal(position))

    def _update_actions(self) -> None:
        ids = self.register.selected_ids()
        one = len(ids) == 1
        self.act_open.setEnabled(one)
        self.act_export_file.setEnabled(one)
        self.act_export_document.setEnabled(one)
        self.act_export_package.setEnabled(one)
        self.act_duplicate.setEnabled(bool(ids))
        archived = self.services.store.archived_among(ids) if ids else set()
        # Delete takes out of the list; a selection wholly in the archive has nothing to take out.
        self.act_delete.setEnabled(bool(ids) and len(archived) < len(ids))
        request_id = ids[0] if one else None
        self.request_menu.set_request(request_id, self.services.store.status(request_id) if request_id else None)
        self.act_unarchive.setEnabled(bool(archived))
        if ids:
            self.request_menu.menu.setEnabled(True)  # for the archive's way back with several selected

    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.act_undo.setText(self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def _update_counts(self) -> None:
        state = self.model.state
        shown = format_number(len(state), current_language())
        if state.filters.archived:
            # The archive is counted apart: none of its requests is among the list's.
            archived = state.archived_total
            text = with_number(self.tr("%1 of %n archived request(s) shown", "", archived).replace("%1", shown), archived)
        else:
            if state.narrowed:
                text = self.tr("%1 of %n request(s) shown", "", state.total).replace("%1", shown)
            else:
                text = self.tr("%n request(s)", "", state.total)
            text = with_number(text, state.total)
            if state.archived_total:
                text += " · " + with_number(self.tr("%n in the archive", "", state.archived_total), state.archived_total)
        self.counts.setText(text)
        self.watch.refresh()

    # -- language ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, _lang: str) -> None:
        from requestdesk.ui.undo import retranslate_stack

        self.register.reload()  # sorting by authority follows the language of the names
        retranslate_stack(self.undo_stack)
        self._update_undo_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("RequestDesk — register of requests"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_language.setTitle(self.tr("Interface &language"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        texts = {
            self.act_new: (self.tr("&New request"), self.tr("Create a request filled with your defaults and open it")),
            self.act_open: (self.tr("&Open"), self.tr("Open the selected request in the editor")),
            self.act_duplicate: (self.tr("D&uplicate"), self.tr("Copy the selected requests as new drafts (no number, today's date)")),
            self.act_delete: (self.tr("&Delete"), self.tr(
                "Delete the selected drafts; a request that has left the draft stage is archived with its log "
                "instead (Edit ▸ Undo brings them back)")),
            self.act_unarchive: (self.tr("Restore from the &archive"),
                                 self.tr("Bring the selected archived requests back into the register's list")),
            self.act_import: (self.tr("&Import request files…"), self.tr("Add *.request.json files to the register")),
            self.act_export_file: (self.tr("Export request &file…"), self.tr("Save the selected request as a *.request.json file")),
            self.act_export_document: (self.tr("&Export document (DOCX)…"), self.tr("Write the request, its confirmation or its checklist as a DOCX document")),
            self.act_export_package: (self.tr("Export &package…"),
                                      self.tr("Pack the selected request with its enclosures, review and history into one *.requestpkg file")),
            self.act_import_package: (self.tr("Import pac&kage…"), self.tr("Bring in a request package (*.requestpkg) checked whole")),
            self.act_settings: (self.tr("&Settings…"), self.tr("Interface language, your authority, signatory and executor, document layout")),
            self.act_restore: (self.tr("&Restore from a backup…"), self.tr("Replace the register with one of its daily backups")),
            self.act_quit: (self.tr("&Quit"), ""),
            self.act_find: (self.tr("&Find"), self.tr("Search the register")),
            self.act_about: (self.tr("&About RequestDesk"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip or text.replace("&", ""))
        self._update_undo_actions()
        for lang, action in self.language_actions.items():
            action.setChecked(lang == current_language())
        self._update_counts()

    # -- register operations -------------------------------------------------------------
    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def _desk(self):  # type: ignore[no-untyped-def]
        from requestdesk.ui.operations import desk_of

        return desk_of(self.services)

    def _on_changes(self, changes: OpChanges, initiator: object) -> None:
        """The desk changed the register: the rows, the selection and the counts follow.
        Rows that came or went reload the register (the new ones selected); a change to
        rows it holds refreshes it where the officer left it, scrolling nothing."""
        if changes.added or changes.removed:
            self._after_change(sorted(changes.added))
        else:
            self.register.refresh()
            self._update_counts()

    def _kept_as_they_are(self, ids: list[str]) -> None:
        """An undo or redo left requests alone that were worked on since: said once the
        step is over (the stack's index change clears what the previous step said)."""
        self._kept_message = self.tr("%n request(s) were changed since and were kept as they are.", "", len(ids))

    def _after_undo_step(self, _index: int) -> None:
        self.statusBar().clearMessage()
        kept, self._kept_message = getattr(self, "_kept_message", ""), ""
        if kept:
            self.statusBar().showMessage(kept, 15000)

    def _after_change(self, ids: list[str]) -> None:
        self.register.reload()  # its model reset updates the counts and the watch, once
        present = [i for i in ids if self.model.row_of(i) is not None]
        if present:
            self.register.select_ids(present)

    def new_request(self) -> None:
        from requestdesk.ui import operations

        doc = operations.create_request(self.services)
        self.statusBar().showMessage(self.tr("New request created"), 5000)
        self.open_request(doc["id"])

    def open_selected(self) -> None:
        request_id = self.register.current_id()
        if request_id:
            self.open_request(request_id)

    def open_request(self, request_id: str) -> None:
        editor = self._editors.get(request_id)
        if editor is not None:
            editor.showNormal()
            editor.raise_()
            editor.activateWindow()
            return
        doc = self.services.store.get(request_id)
        if doc is None:
            return
        from requestdesk.ui.editor.window import EditorWindow  # the editor is loaded on first use

        editor = EditorWindow(self.services, doc, parent=None)
        self.adopt_editor(request_id, editor)
        editor.show()

    def recover_drafts(self) -> None:
        """Offers the drafts a crash left behind; the editors it reopens are tracked like ours."""
        if not _drafts_left(self.services.data_dir):
            return  # the usual start: the editor is not loaded to find nothing
        from requestdesk.ui.editor.recovery import offer_recovery

        for editor in offer_recovery(self, self.services):
            self.adopt_editor(editor.session.request_id, editor)
        self.register.reload()

    def adopt_editor(self, request_id: str, editor: EditorWindow) -> None:
        """Tracks an editor window (ours, or one the recovery opened): raised instead of
        opened twice, its saves refresh the register, its request cannot be deleted under it."""
        if self._editors.get(request_id) is editor:
            return
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        reopen = getattr(editor, "reopen_wanted", None)
        if reopen is not None:
            reopen.connect(self._reopen_editor)
        editor.destroyed.connect(lambda *_: self._forget_editor(request_id, editor))
        self._editors[request_id] = editor

    def _forget_editor(self, request_id: str, editor: EditorWindow) -> None:
        # A window closed to be reopened is gone after its successor took its place.
        if self._editors.get(request_id) is editor:
            del self._editors[request_id]

    def duplicate_selected(self) -> None:
        from requestdesk.ui import operations
        from requestdesk.ui.undo import CreatedCommand

        made = operations.duplicate_requests(self.services, self.register.selected_ids())
        if made:
            self._push(CreatedCommand(self._desk, made, lambda: self.tr("Duplicate %n request(s)", "", len(made)),
                                      self._kept_as_they_are))
        self.statusBar().showMessage(self.tr("%n copy(ies) created as draft(s)", "", len(made)), 5000)

    def delete_selected(self) -> None:
        from requestdesk.app import OperationRefused
        from requestdesk.ui import operations
        from requestdesk.ui.undo import DeletedCommand

        ids = self.register.selected_ids()
        store = self.services.store
        # An open editor holds its request's text: a draft under it is not deleted. A
        # request past the draft stage is archived, its text kept: its editor stays valid.
        open_drafts = [i for i in ids if i in self._editors and store.status(i) == "draft"]
        if open_drafts:
            dialogs.show_error(
                self, self.tr("Delete"),
                self.tr("A request that is open in an editor cannot be deleted. Close its editor window first."),
            )
            return
        try:
            deleted = operations.delete_requests(self.services, ids)
        except OperationRefused as refused:
            dialogs.show_error(self, self.tr("Delete"), self.tr("Nothing was deleted."), refused.message(current_language()))
            return
        gone, archived = len(deleted.removed), len(deleted.archived)
        if not gone and not archived:
            return
        def describe() -> str:
            if not archived:
                return self.tr("Delete %n request(s)", "", gone)
            if not gone:
                return self.tr("Archive %n request(s)", "", archived)
            return self.tr("Delete or archive %n request(s)", "", gone + archived)

        self._push(DeletedCommand(self._desk, deleted, describe, self._kept_as_they_are))
        parts = []
        if gone:
            parts.append(self.tr("%n request(s) deleted.", "", gone))
        if archived:
            parts.append(self.tr(
                "%n request(s) archived, not deleted: they have left the draft stage, so they are kept with "
                "their log (Status ▸ Archived shows them).", "", archived))
        parts.append(self.tr("Edit ▸ Undo (%1) brings them back.")
                     .replace("%1", self.act_undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.statusBar().showMessage(" ".join(parts), 20000)

    def unarchive_selected(self) -> None:
        """Brings the selected archived requests back into the register's list, selected there."""
        from requestdesk.ui import operations

        ids = self.register.selected_ids()
        back = operations.unarchive_requests(self.services, ids)
        if not back:
            return
        if self.model.state.filters.archived:
            self.register.show_archive(False)  # to the list, where they now are
        self.register.select_ids(back)
        self.statusBar().showMessage(self.tr("%n request(s) brought back from the archive.", "", len(back)), 10000)

    def _show_in_watch(self, request_id: str) -> None:
        """After an urgent transmission: the watch shows the request with its deadline."""
        self.watch.refresh()
        self.watch.show_panel()
        self.watch.panel.select(request_id)

    def _after_record(self, request_id: str) -> None:
        """A decision of the review dialog (which writes through the review, not yet the
        desk): the register and an open editor of the request follow."""
        self.register.refresh()
        self.register.select_ids([request_id], scroll=False)
        self._update_counts()
        editor = self._editors.get(request_id)
        if editor is not None and hasattr(editor, "load_review"):
            editor.load_review()  # a decision taken in the register reaches the open editor

    def import_files(self) -> None:
        from requestdesk.ui import request_files

        outcome = request_files.choose_and_import(self, self.services)
        if outcome is not None:
            self._after_import(outcome)

    def import_paths(self, paths: list[Path]) -> None:
        from requestdesk.ui import request_files

        self._after_import(request_files.import_paths(self, self.services, paths))

    def open_files(self, paths: list[Path]) -> None:
        """Files handed to the application: imported unless the register holds them, then opened."""
        from requestdesk.ui import request_files
        from requestdesk.ui.open_files import ids_to_open
        from requestdesk.ui.review.package_files import is_package

        ids = []
        requests = [p for p in paths if not is_package(p)]
        if requests:
            outcome = request_files.import_paths(self, self.services, requests)
            self._after_import(outcome)
            ids += ids_to_open(outcome)
        packages = [p for p in paths if is_package(p)]
        if packages:
            ids += [result.request_id for result in self.import_packages(packages)]
        for request_id in dict.fromkeys(ids):
            self.open_request(request_id)

    def _after_import(self, outcome: ImportOutcome) -> None:
        from requestdesk.ui.undo import ImportCommand

        n = len(outcome.ids)
        if n:
            self._push(ImportCommand(self._desk, outcome.created, outcome.replaced,
                                     lambda: self.tr("Import %n request(s)", "", n), self._kept_as_they_are))
            self.register.select_ids([i for i in outcome.ids if self.model.row_of(i) is not None])
            self.statusBar().showMessage(self.tr("%n request(s) imported", "", n), 8000)
        elif outcome.unchanged and not outcome.failures:
            self.statusBar().showMessage(self.tr("The register already holds these requests, unchanged"), 8000)

    def export_selected_file(self) -> None:
        from requestdesk.ui import request_files

        request_id = self.register.current_id()
        if request_id:
            path = request_files.choose_and_export(self, self.services, request_id)
            if path:
                self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)

    # -- request packages -----------------------------------------------------------------
    def export_selected_package(self) -> None:
        from requestdesk.ui.review.package_files import export_package

        request_id = self.register.current_id()
        if request_id:
            path = export_package(self, self.services, request_id)
            if path:
                self.statusBar().showMessage(self.tr("Package written: %1").replace("%1", str(path)), 10000)

    def import_packages(self, paths: list[Path] | None = None) -> list:  # type: ignore[type-arg]
        """Imports packages (chosen in a file dialog when `paths` is None); the imported requests."""
        from requestdesk.ui.review import package_files

        for editor in self._editors.values():
            # Open work goes to the store first: the import compares the package with it.
            if editor.autosaver.pending:
                editor.autosaver.save_now()
        if paths is None:
            imported, cancelled = package_files.choose_and_import(self, self.services)
        else:
            imported, cancelled = package_files.import_package_files(self, self.services, paths)
        if cancelled and not imported:
            self.statusBar().showMessage(cancelled, 10000)
        if imported:
            # Packages bring logs and reviews: not undoable like a register edit.
            self._after_change([r.request_id for r in imported])
            from requestdesk.packages import Outcome

            if all(r.outcome is Outcome.UNCHANGED for r in imported) and not cancelled:
                self.statusBar().showMessage(self.tr("The register already holds what the package brings"), 8000)
            else:
                from requestdesk.ui.review.package_files import sender_text

                senders = "; ".join(dict.fromkeys(sender_text(r.sender) for r in imported if r.sender is not None))
                # A Cancel after some were imported: how many, and that the rest were not.
                said = cancelled or self.tr("%n package(s) imported", "", len(imported))
                self.statusBar().showMessage(said + (f" — {senders}" if senders else ""), 10000 if cancelled else 8000)
            for result in imported:
                open_editor = self._editors.get(result.request_id)
                if open_editor is not None:
                    open_editor.close()  # saved above, so closing writes nothing; reopening shows the package's text
        return imported

    def open_paths(self, paths: list[Path]) -> None:
        """Files given on the command line or dropped: packages and request files."""
        from requestdesk.ui.review.package_files import is_package

        packages = [p for p in paths if is_package(p)]
        others = [p for p in paths if not is_package(p)]
        if packages:
            self.import_packages(packages)
        if others:
            self.import_paths(others)

    def export_selected_document(self) -> None:
        request_id = self.register.current_id()
        if request_id:
            self.export_document_of(request_id)

    def export_document_of(self, request_id: str, document: str = "request") -> None:
        doc = self.services.store.get(request_id)
        if doc is None:
            return
        from requestdesk.ui.export_dialog import export_request

        path = export_request(self, self.services, doc, document=document)
        if path:
            self.statusBar().showMessage(self.tr("Document written: %1").replace("%1", str(path)), 10000)

    def open_settings(self) -> None:
        from requestdesk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self.languages, self).exec()
        self.apply_settings()

    def apply_settings(self) -> None:
        """Brings the register to the settings just chosen (a new counting rule re-checks
        every deadline, off this thread, with progress and Cancel)."""
        from requestdesk.store.requests import StoreError
        from requestdesk.ui.operations import apply_counting

        try:
            # Its one change, published at the end, refreshes the register and the watch.
            with self._own_background_writes():
                applied = apply_counting(self, self.services, self.tr("Settings"),
                                         self.tr("Re-checking the deadlines of the register under the new counting rule…"))
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Settings"), self.tr("The counting rule was not changed."),
                               exc.message(current_language()))
            return
        if applied is False:
            self.statusBar().showMessage(self.tr("Cancelled: the register keeps the previous counting rule."), 10000)

    def make_daily_backup(self) -> DailyBackup:
        """Today's backup of the register, unless there is one (the last seven are kept),
        copied while the window goes on working; a failure is said in the status bar.
        Returns the DailyBackup under way."""
        if self._daily_backup is None:
            from requestdesk.ui.daily_backup import DailyBackup

            self._daily_backup = DailyBackup(self.services, self)
            self._daily_backup.failed.connect(lambda exc: self.statusBar().showMessage(
                self.tr("The daily backup was not made: %1").replace("%1", exc.message(current_language()))))
            self._daily_backup.made.connect(lambda _made: self.show_last_backup())
        self._daily_backup.start()
        return self._daily_backup

    def wait_for_backup(self) -> None:
        """Until a backup under way is written whole (before the register is replaced or closed)."""
        if self._daily_backup is not None:
            self._daily_backup.wait()

    def show_last_backup(self) -> None:
        """The status bar says when the last backup a restore could use was made."""
        from requestdesk.domain.formatting import format_day
        from requestdesk.store.backup import last_good_backup

        label = getattr(self, "_backup_label", None)
        if label is None:
            label = self._backup_label = QLabel(self)
            label.setObjectName("lastBackup")
            self.statusBar().addPermanentWidget(label)
        good = last_good_backup(self.services.backup_dir, self.services.clock.now())
        label.setText(self.tr("Last good backup: %1").replace("%1", format_day(good.day, current_language()))
                      if good else self.tr("No good backup yet"))

    def restore_backup(self) -> None:
        from requestdesk.atomic import WriteError
        from requestdesk.store.backup import restore
        from requestdesk.store.requests import StoreError
        from requestdesk.ui.backup_dialog import RestoreDialog
        from requestdesk.ui.background import run_in_background

        self.wait_for_backup()  # a copy under way reads the file about to be replaced
        if self._editors:
            dialogs.show_error(self, self.tr("Restore from a backup"),
                               self.tr("Close the editor windows first: their requests would be saved over the restored register."))
            return
        dialog = RestoreDialog(self.services, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
            return
        store_path = self.services.store.path
        # Nothing may read the register while its file is replaced (the watch for outside
        # changes runs on a timer, and an error box below runs its own event loop).
        timers = [self._outside_watch, self._ticker, self.watch.panel.timer]
        for timer in timers:
            timer.stop()
        # The restore runs off this thread while this one goes on processing events: the
        # register's rows are not painted meanwhile, since they would read a closed store.
        self.setUpdatesEnabled(False)
        self.services.store.close()
        failure: StoreError | WriteError | None = None
        try:
            # Checking and copying a large register takes a while: off this thread.
            run_in_background(self, self.tr("Restore from a backup"), self.tr("Restoring the register…"),
                              lambda: restore(chosen, store_path))
        except (StoreError, WriteError) as exc:
            failure = exc
        try:
            self.model.state.store = self.services.reopen_store()
            self.setUpdatesEnabled(True)
        except StoreError as exc:
            # Nothing can be shown or saved over a register that does not open: say so and
            # close (no editor is open during a restore, so no work is lost).
            dialogs.show_error(self, self.tr("Restore from a backup"),
                               self.tr("The register could not be opened again. RequestDesk closes; start it again."),
                               exc.message(current_language()))
            self.close()
            return
        self._outside_version = self.services.store.outside_version()  # counted per connection
        for timer in timers:
            timer.start()
        self.show_last_backup()
        if failure is not None:
            self._after_change([])
            dialogs.show_error(self, self.tr("Restore from a backup"), self.tr("The register was not restored."),
                               failure.message(current_language()))
            return
        self.undo_stack.clear()  # its changes were made to the register that was replaced
        self._after_change([])
        self.statusBar().showMessage(self.tr("Register restored from %1").replace("%1", chosen.name), 10000)

    def _focus_search(self) -> None:
        self.register.search.setFocus()
        self.register.search.selectAll()

    @contextlib.contextmanager
    def _own_background_writes(self) -> Iterator[None]:
        """While a worker of this window writes the register on a connection of its own,
        its commits are not another program's: following them would reload the register
        and the watch every few seconds on this thread (seconds each for 100,000
        requests), stalling the window and the work. The work's own change, published
        when it ends, refreshes them once."""
        self._outside_watch.stop()
        try:
            yield
        finally:
            self._outside_version = self.services.store.outside_version()
            self._outside_watch.start()

    def _follow_outside_changes(self) -> None:
        version = self.services.store.outside_version()
        if version != self._outside_version:
            self._outside_version = version
            self.register.refresh()  # its model reset updates the counts and the watch
            self._follow_outside_edits()

    def _follow_outside_edits(self) -> None:
        """An open editor whose request another program changed (`unpack`): with nothing
        unsaved it is reopened on the register's version, as after a package imported
        here; with unsaved work it says that its next save replaces that version (the
        officer's typing is never thrown away)."""
        if not self._editors:
            return
        from requestdesk.ui.editor.window import request_title  # loaded already: an editor is open

        for request_id, editor in list(self._editors.items()):
            stored = self.services.store.get(request_id)
            if stored is None or stored == editor.session.doc:
                continue
            if editor.has_unsaved_work:
                editor.changed_elsewhere()
                continue
            if self._reopen_editor(request_id):
                self.statusBar().showMessage(
                    self.tr("Another program changed %1: its editor now shows that version.").replace("%1", request_title(stored)), 10000)

    def _reopen_editor(self, request_id: str) -> bool:
        """An editor with nothing unsaved shows the register's new version in a fresh window."""
        editor = self._editors.get(request_id)
        if editor is None or not editor.close():
            return False
        self._editors.pop(request_id, None)  # closed: its deletion comes later
        self.open_request(request_id)
        return True

    def _tick(self) -> None:
        if self.model.state.filters.overdue_only:
            self.register.reload()  # a request may have become overdue since
        else:
            self.model.refresh_countdowns()

    def _about(self) -> None:
        from requestdesk.ui.about import AboutDialog

        AboutDialog(self).exec()

    # -- drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: a modal message box inside a drop handler blocks the drag source.
        QTimer.singleShot(0, lambda: self.open_paths(paths))

    # -- geometry --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.services.settings
        geometry = settings.get(Options.main_window_geometry)
        if not (geometry and self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))):
            self.resize(1280, 720)
        from requestdesk.ui.window_fit import keep_within_screen

        keep_within_screen(self)  # saved on a larger or less scaled screen
        columns = settings.get(Options.main_window_columns)
        if columns:
            self.register.table.horizontalHeader().restoreState(QByteArray.fromBase64(columns.encode()))

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self._editors.values()):
            if not editor.close():
                event.ignore()
                return
        settings = self.services.settings
        settings.set(Options.main_window_geometry, bytes(self.saveGeometry().toBase64().data()).decode())
        settings.set(Options.main_window_columns, bytes(self.register.table.horizontalHeader().saveState().toBase64().data()).decode())
        super().closeEvent(event)
