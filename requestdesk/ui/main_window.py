"""The main window: the register of requests, its menus, and the windows it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from requestdesk.ui import dialogs, operations, request_files
from requestdesk.ui.i18n import Languages, current_language, language_name
from requestdesk.ui.operations import Change
from requestdesk.ui.register.model import RegisterModel
from requestdesk.ui.register.state import STATUSES, RegisterState
from requestdesk.ui.register.view import RegisterView
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.undo import ChangeCommand

COUNTDOWN_REFRESH_MS = 30_000


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    def __init__(self, services: Services, languages: Languages, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.languages = languages
        self.undo_stack = QUndoStack(self)
        self._editors: dict[str, QWidget] = {}

        self.model = RegisterModel(RegisterState(services.store, services.clock), services.directory, self)
        self.model.reload()
        self.register = RegisterView(self.model, self)
        self.setCentralWidget(self.register)
        self.setAcceptDrops(True)

        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)

        self._make_actions()
        self._make_menus()
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

        self.retranslate()
        self._restore_geometry()
        self._update_actions()
        self._update_counts()

    # -- actions and menus -------------------------------------------------------------
    def _action(self, name: str, slot, shortcut: QKeySequence | str | None = None, icon: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_new = self._action("actNew", self.new_request, SK.New, "document-new")
        self.act_open = self._action("actOpen", self.open_selected, "Return", "document-open")
        self.act_duplicate = self._action("actDuplicate", self.duplicate_selected, "Ctrl+D", "edit-copy")
        self.act_delete = self._action("actDelete", self.delete_selected, SK.Delete, "edit-delete")
        self.act_import = self._action("actImport", self.import_files, SK.Open, "document-import")
        self.act_export_file = self._action("actExportFile", self.export_selected_file, "Ctrl+Shift+S", "document-save-as")
        self.act_export_document = self._action("actExportDocument", self.export_selected_document, "Ctrl+E", "document-export")
        self.act_settings = self._action("actSettings", self.open_settings, SK.Preferences, "preferences-system")
        self.act_quit = self._action("actQuit", self.close, SK.Quit, "application-exit")
        self.act_find = self._action("actFind", self._focus_search, SK.Find)
        self.act_about = self._action("actAbout", self._about)
        self.act_undo = self._action("actUndo", self.undo_stack.undo, SK.Undo, "edit-undo")
        self.act_redo = self._action("actRedo", self.undo_stack.redo, SK.Redo, "edit-redo")
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged,
                       self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged):
            signal.connect(self._update_undo_actions)
        self.status_actions: dict[str, QAction] = {}
        for status in STATUSES:
            action = QAction(self)
            action.setObjectName(f"actStatus_{status}")
            action.triggered.connect(lambda _=False, s=status: self.set_status_of_selected(s))
            self.status_actions[status] = action
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for lang in ("ru", "en"):
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
                       self.act_export_document, None, self.act_settings, None, self.act_quit):
            self.menu_file.addSeparator() if action is None else self.menu_file.addAction(action)
        self.menu_edit = bar.addMenu("")
        for action in (self.act_undo, self.act_redo, None, self.act_duplicate, self.act_delete):
            self.menu_edit.addSeparator() if action is None else self.menu_edit.addAction(action)
        self.menu_status = self.menu_edit.addMenu("")
        for action in self.status_actions.values():
            self.menu_status.addAction(action)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_view = bar.addMenu("")
        self.menu_language = self.menu_view.addMenu("")
        for action in self.language_actions.values():
            self.menu_language.addAction(action)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for action in (self.act_new, self.act_open, self.act_duplicate, self.act_delete, None,
                       self.act_import, self.act_export_document):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)

    def _context_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        for action in (self.act_open, self.act_duplicate, self.act_export_document, self.act_export_file, None, self.act_delete):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.addMenu(self.menu_status)
        menu.exec(self.register.table.viewport().mapToGlobal(position))

    def _update_actions(self) -> None:
        ids = self.register.selected_ids()
        one = len(ids) == 1
        self.act_open.setEnabled(one)
        self.act_export_file.setEnabled(one)
        self.act_export_document.setEnabled(one)
        self.act_duplicate.setEnabled(bool(ids))
        self.act_delete.setEnabled(bool(ids))
        self.menu_status.setEnabled(bool(ids))

    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.act_undo.setText(self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def _update_counts(self) -> None:
        total = self.services.store.count()
        awaiting = len(self.services.store.awaiting_confirmation())
        text = self.tr("%n request(s)", "", total)
        if awaiting:
            text += " · " + self.tr("%n awaiting written confirmation", "", awaiting)
        self.counts.setText(text)

    # -- language ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, _lang: str) -> None:
        self.register.reload()  # sorting by authority follows the language of the names

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("RequestDesk — register of requests"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_status.setTitle(self.tr("Mark &as"))
        self.menu_language.setTitle(self.tr("Interface &language"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        texts = {
            self.act_new: (self.tr("&New request"), self.tr("Create a request filled with your defaults and open it")),
            self.act_open: (self.tr("&Open"), self.tr("Open the selected request in the editor")),
            self.act_duplicate: (self.tr("D&uplicate"), self.tr("Copy the selected requests as new drafts (no number, today's date)")),
            self.act_delete: (self.tr("&Delete"), self.tr("Delete the selected requests (Edit ▸ Undo brings them back)")),
            self.act_import: (self.tr("&Import request files…"), self.tr("Add *.request.json files to the register")),
            self.act_export_file: (self.tr("Export request &file…"), self.tr("Save the selected request as a *.request.json file")),
            self.act_export_document: (self.tr("&Export document (DOCX)…"), self.tr("Write the request, its confirmation or its checklist as a DOCX document")),
            self.act_settings: (self.tr("&Settings…"), self.tr("Interface language, your authority, signatory and executor, document layout")),
            self.act_quit: (self.tr("&Quit"), ""),
            self.act_find: (self.tr("&Find"), self.tr("Search the register")),
            self.act_about: (self.tr("&About RequestDesk"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip or text.replace("&", ""))
        self._update_undo_actions()
        for status, action in self.status_actions.items():
            action.setText(self.model.status_name(status))
        for lang, action in self.language_actions.items():
            action.setChecked(lang == current_language())
        self._update_counts()

    # -- register operations -------------------------------------------------------------
    def _push(self, change: Change, text: str, select: list[str] | None = None) -> None:
        if not change:
            return
        self.undo_stack.push(ChangeCommand(self.services.store, change, text, self._after_change))
        self._after_change(select if select is not None else change.ids)

    def _after_change(self, ids: list[str]) -> None:
        self.register.reload()
        present = [i for i in ids if self.model.row_of(i) is not None]
        if present:
            self.register.select_ids(present)
        self._update_counts()

    def new_request(self) -> None:
        doc, _ = operations.create_request(self.services)
        self._after_change([doc["id"]])
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
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_editor_saved)
        editor.destroyed.connect(lambda *_: self._editors.pop(request_id, None))
        self._editors[request_id] = editor
        editor.show()

    def adopt_editor(self, request_id: str, editor: QWidget) -> None:
        """Tracks an editor opened elsewhere (a recovered draft) like one opened from here."""
        self._editors[request_id] = editor
        editor.destroyed.connect(lambda *_: self._editors.pop(request_id, None))
        saved = getattr(editor, "saved", None)
        if saved is not None:
            saved.connect(self._on_editor_saved)

    def _on_editor_saved(self, request_id: str) -> None:
        self.register.reload()
        self._update_counts()

    def duplicate_selected(self) -> None:
        ids = self.register.selected_ids()
        change = operations.duplicate_requests(self.services, ids)
        self._push(change, self.tr("Duplicate %n request(s)", "", len(change.added)), change.added)
        self.statusBar().showMessage(self.tr("%n copy(ies) created as draft(s)", "", len(change.added)), 5000)

    def delete_selected(self) -> None:
        ids = self.register.selected_ids()
        open_ids = [i for i in ids if i in self._editors]
        if open_ids:
            dialogs.show_error(
                self, self.tr("Delete"),
                self.tr("A request that is open in an editor cannot be deleted. Close its editor window first."),
            )
            return
        change = operations.delete_requests(self.services, ids)
        if not change:
            return
        self._push(change, self.tr("Delete %n request(s)", "", len(change.removed)), [])
        self.statusBar().showMessage(
            self.tr("%n request(s) deleted. Edit ▸ Undo (%1) brings them back.", "", len(change.removed))
            .replace("%1", self.act_undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)),
            15000,
        )

    def set_status_of_selected(self, status: str) -> None:
        change = operations.set_status(self.services, self.register.selected_ids(), status)
        self._push(change, self.tr("Mark as %1").replace("%1", self.model.status_name(status)))

    def import_files(self) -> None:
        outcome = request_files.choose_and_import(self, self.services)
        if outcome is not None:
            self._after_import(outcome)

    def import_paths(self, paths: list[Path]) -> None:
        self._after_import(request_files.import_paths(self, self.services, paths))

    def _after_import(self, outcome: operations.ImportOutcome) -> None:
        n = len(outcome.change.after)
        self._push(outcome.change, self.tr("Import %n request(s)", "", n))
        if n:
            self.statusBar().showMessage(self.tr("%n request(s) imported", "", n), 8000)
        elif outcome.unchanged and not outcome.failures:
            self.statusBar().showMessage(self.tr("The register already holds these requests, unchanged"), 8000)

    def export_selected_file(self) -> None:
        request_id = self.register.current_id()
        if request_id:
            path = request_files.choose_and_export(self, self.services, request_id)
            if path:
                self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)

    def export_selected_document(self) -> None:
        request_id = self.register.current_id()
        doc = self.services.store.get(request_id) if request_id else None
        if doc is None:
            return
        from requestdesk.ui.export_dialog import export_request

        path = export_request(self, self.services, doc)
        if path:
            self.statusBar().showMessage(self.tr("Document written: %1").replace("%1", str(path)), 10000)

    def open_settings(self) -> None:
        from requestdesk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self.languages, self).exec()
        if self.services.apply_counting():
            self.register.reload()

    def _focus_search(self) -> None:
        self.register.search.setFocus()
        self.register.search.selectAll()

    def _tick(self) -> None:
        if self.model.state.filters.overdue_only:
            self.register.reload()  # a request may have become overdue since
        else:
            self.model.refresh_countdowns()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RequestDesk"),
            self.tr(
                "RequestDesk drafts and checks requests for assistance under Article 6 of the 2018 CIS "
                "Agreement on cooperation in combating crimes in the field of information technologies, "
                "and exports them as bilingual Russian and English documents. It works offline."
            ),
        )

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
        QTimer.singleShot(0, lambda: self.import_paths(paths))

    # -- geometry --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.services.settings
        geometry = settings.get(Options.main_window_geometry)
        if not (geometry and self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))):
            self.resize(1280, 720)
        columns = settings.get(Options.main_window_columns)
        if columns:
            self.register.table.horizontalHeader().restoreState(QByteArray.fromBase64(columns.encode()))

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self._editors.values()):
            if not editor.close():
                event.ignore()
                return
        settings = self.services.settings
        settings.set(Options.main_window_geometry, bytes(self.saveGeometry().toBase64()).decode())
        settings.set(Options.main_window_columns, bytes(self.register.table.horizontalHeader().saveState().toBase64()).decode())
        super().closeEvent(event)
