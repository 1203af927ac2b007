"""The editor window: one per request, its steps on the left, live checks and help on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from requestdesk.app import Aspect, OpChanges
from requestdesk.atomic import WriteError
from requestdesk.domain.check import CheckResult, profile_for
from requestdesk.domain.findings import Severity
from requestdesk.domain.formatting import format_day
from requestdesk.domain.timeutil import parse_date
from requestdesk.editing import may_edit, opens_read_only
from requestdesk.store.requests import StoreError
from requestdesk.ui.editor.autosave import Autosaver
from requestdesk.ui.editor.drafts import read_place, write_place
from requestdesk.ui.editor.findings_panel import FindingsPanel
from requestdesk.ui.editor.help_panel import HelpPanel
from requestdesk.ui.editor.icons import severity_icon
from requestdesk.ui.editor.language import interface_language
from requestdesk.ui.editor.live_check import LiveChecker
from requestdesk.ui.editor.read_only import lock
from requestdesk.ui.editor.review_notes import FieldMarkers, Note, notes_of, place
from requestdesk.ui.editor.session import EditorSession
from requestdesk.ui.editor.steps.base import Step, StepContext
from requestdesk.ui.editor.steps.registry import STEPS
from requestdesk.ui.services import Services
from requestdesk.ui.wheel_guard import guard_wheel
from requestdesk.ui.window_fit import fit_to_screen


def request_title(doc: dict[str, Any], lang: str | None = None) -> str:
    """"Request No. 12/345 of 20 November 2026", as far as the request has a number and date."""
    lang = lang or interface_language()
    number = doc.get("number") if isinstance(doc.get("number"), str) else ""
    try:
        day = format_day(parse_date(str(doc.get("date") or "")), lang)
    except ValueError:
        day = ""
    translate = QCoreApplication.translate
    if number and day:
        return translate("EditorWindow", "Request No. %1 of %2").replace("%1", number).replace("%2", day)
    if number:
        return translate("EditorWindow", "Request No. %1").replace("%1", number)
    if day:
        return translate("EditorWindow", "Request of %1 (no number yet)").replace("%1", day)
    return translate("EditorWindow", "New request")


class EditorWindow(QMainWindow):
    saved = Signal(str)  # the request's id, after each save to the store
    # The register's text of this request changed elsewhere (the Request menu, a package,
    # another window) while nothing was unsaved here: whoever opened this window shows
    # the register's version in a fresh one.
    reopen_wanted = Signal(str)

    def __init__(self, services: Services, doc: dict[str, Any], parent: QWidget | None = None, *,
                 recovered: bool = False):
        super().__init__(parent)
        self.services = services
        self.session = EditorSession(doc, self)
        self.profile = profile_for(str(doc.get("treaty") or ""))
        self.checker = LiveChecker(self.session, services, self)
        self.autosaver = Autosaver(self.session, services, self)
        self._unsaved = recovered  # a recovered draft differs from the store until it is saved

        context = StepContext(self.session, services, self.profile, lambda: self.checker.result)
        self.step_list = QListWidget(self)
        self.step_list.setIconSize(QSize(18, 18))
        self.step_list.setSpacing(2)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.steps: list[Step] = []
        for step_class in STEPS:
            step = step_class(context, self.stack)
            self.steps.append(step)
            self.stack.addWidget(step)
            self.step_list.addItem(QListWidgetItem(severity_icon("ok"), ""))

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        # What the review says about this request: returned with comments, or an
        # approval this editing voided.
        self.review_banner = QLabel(centre)
        self.review_banner.setObjectName("reviewBanner")
        self.review_banner.setWordWrap(True)
        self.review_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.review_banner.setStyleSheet("background: #fdecea; color: #5f1010; padding: 8px 16px;")
        self.review_banner.hide()
        self.void_banner = QLabel(centre)
        self.void_banner.setObjectName("approvalVoided")
        self.void_banner.setWordWrap(True)
        self.void_banner.setStyleSheet("background: #fff0c2; color: #4a3800; font-weight: bold; padding: 8px 16px;")
        self.void_banner.hide()
        # A request past drafting opens for reading; editing it is asked for explicitly.
        self.read_only_bar = QWidget(centre)
        self.read_only_bar.setObjectName("readOnlyBar")
        self.read_only_bar.setStyleSheet("#readOnlyBar { background: #e8f0fe; } QLabel { color: #0b2a5b; }")
        bar = QHBoxLayout(self.read_only_bar)
        bar.setContentsMargins(16, 6, 16, 6)
        self.read_only_note = QLabel(self.read_only_bar)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.unlock_button = QPushButton(self.read_only_bar)
        self.unlock_button.setObjectName("unlockButton")
        bar.addWidget(self.read_only_note, 1)
        bar.addWidget(self.unlock_button)
        self.read_only_bar.hide()
        centre_layout.addWidget(self.read_only_bar)
        centre_layout.addWidget(self.void_banner)
        centre_layout.addWidget(self.review_banner)
        centre_layout.addWidget(self.stack, 1)
        navigation = QHBoxLayout()
        navigation.setContentsMargins(16, 4, 16, 8)
        self.back_button = QPushButton(centre)
        self.next_button = QPushButton(centre)
        navigation.addWidget(self.back_button)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)
        centre_layout.addLayout(navigation)
        splitter = QSplitter(self)
        splitter.addWidget(self.step_list)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 800])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.findings = FindingsPanel(self.profile, self)
        self.findings_dock = QDockWidget(self)
        self.findings_dock.setObjectName("findings")
        self.findings_dock.setWidget(self.findings)
        self.help = HelpPanel(self.profile.id, self)
        self.help_dock = QDockWidget(self)
        self.help_dock.setObjectName("help")
        self.help_dock.setWidget(self.help)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.help_dock)
        self.resizeDocks([self.findings_dock], [380], Qt.Orientation.Horizontal)

        self._build_actions()
        self.step_list.currentRowChanged.connect(self._show_step)
        self.back_button.clicked.connect(lambda: self.go_to_step(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_step(self.stack.currentIndex() + 1))
        self.findings.finding_activated.connect(self.navigate)
        self.checker.checked.connect(self._checked)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.draft_failed.connect(self._draft_failed)
        self.autosaver.approval_voided.connect(self._approval_voided)
        self.autosaver.approval_restored.connect(self._approval_restored)
        self.autosaver.changed_elsewhere.connect(self.changed_elsewhere)
        for step in self.steps:
            files = getattr(step, "files", None)
            if files is not None:
                files.approval_voided.connect(lambda: self._approval_voided(None))
                files.changed.connect(lambda: self.saved.emit(self.request_id()))
        self.unlock_button.clicked.connect(self.unlock)
        self.read_only = False
        self._unlocked = recovered  # a recovered draft was being edited: it stays editable
        self._status = services.store.status(self.request_id())
        self.markers = FieldMarkers()
        self.review_notes: list[Note] = []
        self._review_note = ""
        self.session.changed.connect(self._changed)
        self.session.undo_stack.cleanChanged.connect(self._clean_changed)
        from requestdesk.ui.changes import ChangeRelay

        # The desk's one change signal: what others change of this request reaches this window.
        self._relay = ChangeRelay(services.hub, self)
        self._relay.changed.connect(self._desk_changed)
        fit_to_screen(self, "editor", QSize(1360, 860), services.settings)
        self.retranslateUi()
        guard_wheel(self)
        self.step_list.setCurrentRow(self._recovered_step() if recovered else 0)
        self.checker.check_now()
        self.load_review()
        self._apply_status()
        if recovered:
            self.autosaver.save_timer.start()

    # -- actions --------------------------------------------------------------------
    def _build_actions(self) -> None:
        stack = self.session.undo_stack
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.autosaver.save_now)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(stack.undo)
        self.undo_action.setEnabled(False)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        self.redo_action.setEnabled(False)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self.go_to_step(self.stack.currentIndex() + 1))
        self.previous_action = QAction(self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self.go_to_step(self.stack.currentIndex() - 1))
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.show_help)
        self.findings_toggle = self.findings_dock.toggleViewAction()
        self.help_toggle = self.help_dock.toggleViewAction()

        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addActions([self.save_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.unlock_action = QAction(self)
        self.unlock_action.setObjectName("actUnlock")
        self.unlock_action.triggered.connect(self.unlock)
        self.unlock_action.setVisible(False)
        self.edit_menu = menu.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.unlock_action)
        self.view_menu = menu.addMenu("")
        self.view_menu.addActions([self.previous_action, self.next_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.findings_toggle, self.help_toggle])
        self.review_menu = menu.addMenu("")
        self.submit_action = self.review_menu.addAction("")
        self.submit_action.setObjectName("actSubmitForReview")
        self.submit_action.triggered.connect(self.submit_for_review)
        self.review_action = self.review_menu.addAction("")
        self.review_action.setObjectName("actReview")
        self.review_action.triggered.connect(self.open_review)
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.help_action)

    # -- steps and navigation -----------------------------------------------------------
    def go_to_step(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.step_list.setCurrentRow(index)

    def _show_step(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.help.show_step(self.steps[index])
        write_place(self.services.data_dir, self.request_id(), self.steps[index].key)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)

    def _recovered_step(self) -> int:
        """The step the officer was on when the work was interrupted (the first one if unknown)."""
        key = read_place(self.services.data_dir, self.request_id())
        return next((i for i, step in enumerate(self.steps) if step.key == key), 0)

    def current_step(self) -> Step:
        return self.steps[self.stack.currentIndex()]

    def step_for(self, path: str) -> Step:
        for step in self.steps:
            if step.owns(path):
                return step
        return self.steps[0]  # the request's own requisites

    def navigate(self, path: str) -> QWidget | None:
        """Goes to the step that edits `path` and focuses its field; returns the widget."""
        step = self.step_for(path)
        self.go_to_step(self.steps.index(step))
        return step.focus_path(path)

    def show_help(self) -> None:
        self.help_dock.show()
        self.help_dock.raise_()
        self.help.show_step(self.current_step())

    # -- live data ------------------------------------------------------------------------
    def _changed(self, _changes: object) -> None:
        self._update_title()

    def _checked(self, result: CheckResult) -> None:
        self.findings.show_result(result)
        for row, step in enumerate(self.steps):
            mine = [f for f in result.findings if self.step_for(f.field) is step]
            errors = sum(f.severity is Severity.ERROR for f in mine)
            warnings = len(mine) - errors
            state = "error" if errors else "warning" if warnings else "ok"
            item = self.step_list.item(row)
            tooltip = (self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)
                       if mine else self.tr("Nothing to fix here"))
            if item.data(Qt.ItemDataRole.UserRole) != state:
                item.setIcon(severity_icon(state))
                item.setData(Qt.ItemDataRole.UserRole, state)
            if item.toolTip() != tooltip:
                item.setToolTip(tooltip)
        for step in self.steps:
            step.checked(result)

    def step_state(self, index: int) -> str:
        return str(self.step_list.item(index).data(Qt.ItemDataRole.UserRole) or "ok")

    def _saved(self, _result: CheckResult) -> None:
        self._unsaved = False
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved"), 4000)
        self.saved.emit(self.session.request_id)

    @property
    def has_unsaved_work(self) -> bool:
        """Whether this window holds text the register does not (typed, or recovered)."""
        return self._unsaved or self.autosaver.pending

    def _own(self, initiator: object) -> bool:
        """Whether a change was asked for by this window (its save, its files, its submit)."""
        if initiator is None:
            return False
        mine = [self, self.autosaver, *(getattr(step, "files", None) for step in self.steps)]
        return any(initiator is part for part in mine if part is not None)

    def _desk_changed(self, changes: OpChanges, initiator: object) -> None:
        """A change the desk made: this window follows what others changed of its request."""
        request_id = self.request_id()
        if not changes.touches(request_id) or self._own(initiator):
            return
        if changes.touches(request_id, Aspect.ENCLOSURES):
            for step in self.steps:
                files = getattr(step, "files", None)
                if files is not None:
                    files.reload()
        if changes.touches(request_id, Aspect.STATUS, Aspect.REVIEW):
            self.load_review()  # the stage, the lock and the supervisor's comments
        if not changes.touches(request_id, Aspect.DOCUMENT):
            return
        from requestdesk.ui.operations import desk_of

        stored = desk_of(self.services).stored(request_id)
        if stored is None:
            return
        if stored.doc == self.session.doc:
            self.autosaver.follow(stored.doc)
        elif self.has_unsaved_work:
            self.changed_elsewhere()
        else:
            self.reopen_wanted.emit(request_id)

    def changed_elsewhere(self) -> None:
        """Another program changed this request in the register while it had unsaved work here."""
        self.statusBar().showMessage(self.tr(
            "Another program changed this request in the register. Your next save here replaces that version."))

    def _save_failed(self, problem: StoreError) -> None:
        self.statusBar().showMessage(self.tr("Not saved: %1. Your changes are kept in a recovery draft.")
                                     .replace("%1", problem.message(interface_language())))

    def _draft_failed(self, problem: WriteError) -> None:
        self.statusBar().showMessage(self.tr("The recovery draft was not written: %1. Your changes are still open here.")
                                     .replace("%1", problem.message(interface_language())))

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(self._unsaved or not clean)

    def _update_title(self) -> None:
        self.setWindowModified(self._unsaved or not self.session.undo_stack.isClean())
        self.setWindowTitle(f"{request_title(self.session.doc)}[*] — RequestDesk")

    # -- reading or editing -------------------------------------------------------------------
    def _apply_status(self) -> None:
        """Locks the fields of a request past drafting, unless the officer chose to edit it."""
        status = self.services.store.status(self.request_id())
        if status != self._status:
            self._status = status
            if opens_read_only(status):
                self._unlocked = False  # submitted, approved or signed since: read again first
        self.set_read_only(opens_read_only(self._status) and not self._unlocked)

    def set_read_only(self, locked: bool) -> None:
        self.read_only = locked
        self.session.read_only = locked
        lock(list(self.steps), locked)
        self.unlock_action.setVisible(locked)
        self.unlock_action.setEnabled(locked and may_edit(self._status))
        self.unlock_button.setEnabled(may_edit(self._status))
        self.undo_action.setEnabled(not locked and self.session.undo_stack.canUndo())
        self.redo_action.setEnabled(not locked and self.session.undo_stack.canRedo())
        self.read_only_bar.setVisible(locked)
        self._read_only_texts()

    def unlock(self) -> None:
        """The officer chose to edit a request past drafting (an approval it changes is voided)."""
        if not may_edit(self._status):
            return
        self._unlocked = True
        self.set_read_only(False)
        if self._status == "approved":
            self.statusBar().showMessage(self.tr(
                "Editing an approved request: a saved change voids the approval; bringing the text back to the "
                "approved one restores it."), 10000)
        self.current_step().setFocus()

    def _read_only_texts(self) -> None:
        status = self._status or ""
        if status == "approved":
            note = self.tr("Approved: this is the text the supervisor approved, open for reading.")
            button = self.tr("Edit (voids the approval)")
        elif status == "in_review":
            note = self.tr("In review: the supervisor is reading this text. It is open for reading.")
            button = self.tr("Edit while in review")
        elif may_edit(status):
            note = self.tr("Open for reading.")
            button = self.tr("Edit")
        else:
            note = self.tr("Signed or sent: the text can no longer change. It is open for reading.")
            button = self.tr("Edit")
        self.read_only_note.setText(note)
        self.unlock_button.setText(button)
        self.unlock_button.setVisible(may_edit(status))
        self.unlock_action.setText(button)

    # -- review ----------------------------------------------------------------------------
    def request_id(self) -> str:
        return self.session.request_id

    def load_review(self) -> None:
        """Shows the supervisor's comments of a returned request on the steps concerned."""
        from requestdesk.ui.review.operations import review_for

        self.markers.clear()
        for row, step in enumerate(self.steps):
            step.review_banner.hide()
            self._mark_step_item(row, False)
        if hasattr(self, "_status"):
            self._apply_status()
        if self.services.store.get(self.request_id()) is None:
            self.review_notes, self._review_note = [], ""
            self.review_banner.hide()
            return
        review = review_for(self.services)
        # Shown while the request is back with the officer; once resubmitted they are history.
        returned = self.services.store.status(self.request_id()) == "returned"
        comments = review.comments_for(self.request_id()) if returned else {}
        lang = interface_language()
        rows = review.checklist(self.request_id())[1] if comments else []
        self.review_notes = notes_of(comments, rows, lang)
        self._review_note = comments.get("", "")
        for step, notes in place(self.review_notes, self.step_for).items():
            step.review_banner.setText(self.tr("The supervisor's comments:") + "\n"
                                       + "\n".join(f"• {n.label}: {n.comment}" for n in notes))
            step.review_banner.show()
            self._mark_step_item(self.steps.index(step), True)
            for note in notes:
                for path in note.paths:
                    for widget in step.field_widgets(path) if path else ():
                        self.markers.mark(widget, note.comment)
        self._show_review_banner()

    def _mark_step_item(self, row: int, commented: bool) -> None:
        """A step with the supervisor's comments stands out in the list of steps."""
        item = self.step_list.item(row)
        font = item.font()
        font.setBold(commented)
        item.setFont(font)
        item.setForeground(QColor("#b00020") if commented else QBrush())

    def _show_review_banner(self) -> None:
        if not self.review_notes and not self._review_note:
            self.review_banner.hide()
            return
        text = self.tr("Returned for changes. %n comment(s) of the supervisor are shown on the steps concerned.", "",
                       len(self.review_notes))
        if self._review_note:
            text += "\n" + self.tr("Note: %1").replace("%1", self._review_note)
        self.review_banner.setText(text)
        self.review_banner.show()

    def _approval_restored(self, _event: object) -> None:
        self.void_banner.hide()
        self._status = self.services.store.status(self.request_id())
        self.statusBar().showMessage(self.tr("The text is back to the approved one: the approval is valid again."), 10000)
        self.saved.emit(self.request_id())

    def _approval_voided(self, _event: object) -> None:
        self.void_banner.setText(self.tr("Approval voided by this change: the request goes back to review."))
        self.void_banner.show()
        self.statusBar().showMessage(self.void_banner.text(), 10000)

    def submit_for_review(self) -> bool:
        from requestdesk.domain.lifecycle import TransitionError
        from requestdesk.store.requests import StoreError
        from requestdesk.ui import dialogs
        from requestdesk.ui.operations import desk_of
        from requestdesk.ui.review.submit_dialog import note_for_submission

        if self.autosaver.save_now() is None:
            return False
        note = note_for_submission(self, self.services, self.request_id())
        if note is None:
            return False
        try:
            desk_of(self.services).submit(self.request_id(), note, initiator=self)
        except (TransitionError, StoreError) as exc:
            dialogs.show_error(self, self.tr("Submit for review"), exc.message(interface_language()))
            return False
        self.statusBar().showMessage(self.tr("Sent for review"), 6000)
        self.load_review()
        self.saved.emit(self.request_id())
        return True

    def open_review(self) -> None:
        from requestdesk.ui.review.review_dialog import ReviewDialog

        self.autosaver.save_now()
        dialog = ReviewDialog(self.services, self.request_id(), self)
        dialog.changed.connect(self.saved)
        dialog.exec()
        self.load_review()

    # -- export ----------------------------------------------------------------------------
    def export(self) -> None:
        from requestdesk.ui.export_dialog import export_request

        from requestdesk.ui import dialogs

        self.checker.check_now()
        self.autosaver.save_now()
        path = export_request(self, self.services, self.session.doc)
        if path is not None:
            self.statusBar().showMessage(self.tr("Document written: %1").replace("%1", str(path)), 10000)
            dialogs.show_written(self, self.tr("Export"), path)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for step in self.steps:
            files = getattr(step, "files", None)
            if files is not None:
                files.close_worker()
        if self.autosaver.finish():
            event.accept()
            return
        if self.autosaver.held_back:
            self._close_over_a_change_made_elsewhere(event)
            return
        answer = QMessageBox.warning(
            self, self.tr("Not saved"),
            self.tr("The request could not be saved to the register. Close anyway? Your changes stay in a recovery "
                    "draft and will be offered the next time RequestDesk starts."),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Close:
            event.accept()
        else:
            event.ignore()

    def _close_over_a_change_made_elsewhere(self, event: QCloseEvent) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Changed by another program"), self.tr(
            "Another program changed this request in the register while it was open here "
            "(a package imported from the command line, for example). Save your version over it?"), parent=self)
        save = box.addButton(self.tr("Save my version"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Keep the register's version"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save and self.autosaver.finish():
            event.accept()
        elif box.clickedButton() is discard:
            self.autosaver.discard()
            event.accept()
        else:
            event.ignore()

    # -- language -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.review_menu.setTitle(self.tr("Re&view"))
        self.submit_action.setText(self.tr("&Submit for review"))
        self.review_action.setText(self.tr("&Review checklist…"))
        self.save_action.setText(self.tr("&Save"))
        self.export_action.setText(self.tr("&Export…"))
        self.export_action.setToolTip(self.tr("Export the request, its confirmation or the checklist as a document"))
        self.close_action.setText(self.tr("&Close"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.next_action.setText(self.tr("&Next step"))
        self.previous_action.setText(self.tr("&Previous step"))
        self.help_action.setText(self.tr("&Article help"))
        self.findings_dock.setWindowTitle(self.tr("Checks"))
        self.help_dock.setWindowTitle(self.tr("What the Agreement says"))
        if hasattr(self, "_status"):
            self._read_only_texts()
        self.back_button.setText(self.tr("← Previous"))
        self.next_button.setText(self.tr("Next →"))
        for row, step in enumerate(self.steps):
            self.step_list.item(row).setText(f"{row + 1}. {step.title()}")
        self.help.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            if self.checker.result is not None:
                self._checked(self.checker.result)
            if self.review_notes or self._review_note:
                self.load_review()
            if self.void_banner.isVisible():
                self.void_banner.setText(self.tr("Approval voided by this change: the request goes back to review."))
        super().changeEvent(event)
