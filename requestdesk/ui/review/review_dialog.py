"""Review mode: the supervisor's checklist of a request, and the decision on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from requestdesk.app import OperationRefused
from requestdesk.domain.display import visible
from requestdesk.domain.formatting import format_instant
from requestdesk.domain.lifecycle import Status, TransitionError
from requestdesk.domain.lifecycle import label as status_label
from requestdesk.domain.review import ApprovalStatus, DecisionValue, MarkValue
from requestdesk.identity import Role
from requestdesk.store.requests import StoreError
from requestdesk.ui.i18n import current_language
from requestdesk.ui.review.checklist_model import ChecklistModel, Column
from requestdesk.ui.review.operations import review_for
from requestdesk.ui.operations import desk_of
from requestdesk.ui.services import Services
from requestdesk.ui.window_fit import fit_to_screen

_ERROR_STYLE = "color: #b00020; font-weight: bold"


def identity_for(services: Services, parent: QWidget | None, owner: QObject | None):  # type: ignore[no-untyped-def]
    """The Identity the main window signs with (its Keys menu's), so a key unlocked there
    signs here too; a window of its own when none is open (tests, a lone editor)."""
    from PySide6.QtWidgets import QApplication

    from requestdesk.ui.identity.workstation import Identity

    widget = parent
    while widget is not None:
        menu = getattr(widget, "identity_menu", None)
        if menu is not None:
            return menu.identity
        widget = widget.parentWidget()
    for top in QApplication.topLevelWidgets():
        menu = getattr(top, "identity_menu", None)
        if menu is not None and getattr(top, "services", None) is services:
            return menu.identity
    return Identity.of(services, owner)


class ReviewDialog(QDialog):
    changed = Signal(str)  # the request's id, after a mark or a decision was stored

    def __init__(self, services: Services, request_id: str, parent: QWidget | None = None, identity=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.services = services
        self.request_id = request_id
        self.review = review_for(services)  # reads; every change goes through the desk
        self.desk = desk_of(services)
        self.identity = identity or identity_for(services, parent, self)
        fit_to_screen(self, "review", QSize(1180, 720), services.settings)

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.reviewer = QLabel(self)
        self.last_decision = QLabel(self)
        self.last_decision.setWordWrap(True)

        self.model = ChecklistModel(self.review, self.desk, request_id, self)
        self.table = QTableView(self)
        self.table.setObjectName("checklist")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in ((Column.ARTICLE, QHeaderView.ResizeMode.ResizeToContents),
                             (Column.REQUIREMENT, QHeaderView.ResizeMode.Interactive),
                             (Column.AUTOMATIC, QHeaderView.ResizeMode.ResizeToContents),
                             (Column.FINDINGS, QHeaderView.ResizeMode.Stretch),
                             (Column.MARK, QHeaderView.ResizeMode.ResizeToContents),
                             (Column.COMMENT, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(Column.REQUIREMENT, 240)
        # Wrapped findings and comments: row heights follow the column widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmRow")
        self.needs_change_button = QPushButton(self)
        self.needs_change_button.setObjectName("needsChangeRow")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearRow")
        self.comment_button = QPushButton(self)
        self.comment_button.setObjectName("commentRow")
        row_buttons = QHBoxLayout()
        for button in (self.confirm_button, self.needs_change_button, self.clear_button, self.comment_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)

        self.error = QLabel(self)
        self.error.setObjectName("reviewError")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.note_label = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("decisionNote")
        self.note.setMaximumHeight(72)
        self.note_label.setBuddy(self.note)

        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submitForReview")
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approve")
        self.return_button = QPushButton(self)
        self.return_button.setObjectName("returnForChanges")
        self.close_button = QPushButton(self)
        decisions = QHBoxLayout()
        decisions.addWidget(self.submit_button)
        decisions.addStretch(1)
        decisions.addWidget(self.return_button)
        decisions.addWidget(self.approve_button)
        decisions.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.reviewer)
        layout.addWidget(self.last_decision)
        # The checklist, and beside it what is being approved: the request in both
        # languages and the document as it will print.
        checklist_page = QWidget(self)
        checklist_layout = QVBoxLayout(checklist_page)
        checklist_layout.setContentsMargins(0, 0, 0, 0)
        checklist_layout.addWidget(self.table, 1)
        checklist_layout.addLayout(row_buttons)
        self.request_view = QTextBrowser(self)
        self.request_view.setObjectName("reviewRequestText")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("reviewDocumentPreview")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(checklist_page, "")
        self.tabs.addTab(self.request_view, "")
        self.tabs.addTab(self.preview, "")
        self.tabs.currentChanged.connect(lambda *_: self._fill_tab())
        self._filled: set[int] = set()
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addLayout(decisions)

        for button in self.findChildren(QPushButton):
            # Return belongs to the comment being typed, never to a decision button.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.confirm_button.clicked.connect(lambda: self._mark_current(MarkValue.CONFIRMED))
        self.needs_change_button.clicked.connect(lambda: self._mark_current(MarkValue.NEEDS_CHANGE))
        self.clear_button.clicked.connect(lambda: self._mark_current(None))
        self.comment_button.clicked.connect(self.edit_comment)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_for_changes)
        self.close_button.clicked.connect(self.accept)
        self.model.failed.connect(self.show_error)
        self.model.marked.connect(self._marked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.retranslate()
        self.reload()

    def _fill_tab(self) -> None:
        """The request's text and its preview, made when first looked at (the preview
        renders the whole document)."""
        index = self.tabs.currentIndex()
        if index in self._filled or index == 0:
            return
        from requestdesk.ui.review import request_text

        self._filled.add(index)
        doc = self.services.store.get(self.request_id) or {}
        if self.tabs.widget(index) is self.request_view:
            self.request_view.setHtml(request_text.request_html(doc, current_language()))
            return
        from requestdesk.store.export_record import export_record
        from requestdesk.ui.settings import Options

        result = self.services.store.check(doc)
        self.preview.setHtml(request_text.document_preview_html(
            doc, result, layout=self.services.settings.get(Options.document_layout),
            review=export_record(self.services.store, doc), now=self.services.clock.now()))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their widths only now

    # -- what is shown -----------------------------------------------------------------------
    def status(self) -> str:
        return self.services.store.status(self.request_id) or ""

    def reload(self) -> None:
        current = self.table.currentIndex().row()
        self.model.editable = self.status() == Status.IN_REVIEW
        self.model.reload()
        self.table.resizeRowsToContents()
        if 0 <= current < self.model.rowCount():
            self.table.selectRow(current)
        self._show_state()
        self._update_buttons()

    def _show_state(self) -> None:
        from requestdesk.ui.editor.window import request_title

        lang = current_language()
        doc = self.services.store.get(self.request_id) or {}
        self.title.setText(request_title(doc, lang))
        self.setWindowTitle(self.tr("Review: %1").replace("%1", request_title(doc, lang)))
        state = self.review.approval_state(self.request_id)
        self.state.setText(self.tr("Status: %1 · %2 · fingerprint %3")
                           .replace("%1", status_label(self.status(), lang))
                           .replace("%2", state.message(lang))
                           .replace("%3", state.fingerprint[:12]))
        held = self.identity.unlocked
        signing = (self.tr("Signing with the key of %1 (%2)").replace("%1", visible(held.holder.name)).replace("%2", held.fingerprint)
                   if held is not None else self.tr("Your supervisor's key is asked for when you approve or return"))
        self.reviewer.setText(self.tr("Reviewer: %1 · %2")
                              .replace("%1", signing)
                              .replace("%2", format_instant(self.services.clock.now().astimezone(), lang)))
        decisions = self.review.decisions(self.request_id)
        if decisions:
            last = decisions[-1]
            # Who decided is the holder of the key that verifiably signed, never the name stored beside it.
            problem, holder = self.review.decision_signer(self.request_id, last)
            if problem is not None:
                text = (self.tr("Last decision: an approval that is not recognised (%1), %2")
                        if last.decision is DecisionValue.APPROVED
                        else self.tr("Last decision: a return that is not recognised (%1), %2"))
                text = text.replace("%1", state.message(lang) if state.status is ApprovalStatus.NOT_RECOGNISED
                                    else self.review.problem_text(problem, lang))
            else:
                text = (self.tr("Last decision: approved by %1, %2") if last.decision is DecisionValue.APPROVED
                        else self.tr("Last decision: returned for changes by %1, %2"))
                text = text.replace("%1", visible(holder))
            text = text.replace("%2", format_instant(last.at.astimezone(), lang))
            if last.note.strip():
                text += " — " + visible(last.note.strip())
            self.last_decision.setText(text)
            self.last_decision.show()
        else:
            self.last_decision.hide()

    def _update_buttons(self) -> None:
        in_review = self.status() == Status.IN_REVIEW
        has_row = self.table.currentIndex().isValid()
        for button in (self.confirm_button, self.needs_change_button, self.clear_button, self.comment_button):
            button.setEnabled(in_review and has_row)
        self.approve_button.setEnabled(in_review)
        self.return_button.setEnabled(in_review)
        self.note.setEnabled(in_review)
        self.submit_button.setVisible(self.status() in (Status.DRAFT, Status.RETURNED))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -- the supervisor's actions -------------------------------------------------------------
    def select_code(self, code: str) -> int:
        """Selects the row of a rule code; its row number (-1 when there is none)."""
        for row, item in enumerate(self.model.rows):
            if item.code == code:
                self.table.selectRow(row)
                return row
        return -1

    def _mark_current(self, mark: MarkValue | None) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.set_mark(row, mark)

    def edit_comment(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            index = self.model.index(row, Column.COMMENT)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _marked(self) -> None:
        self.show_error("")
        self.table.resizeRowsToContents()
        self._show_state()
        self.changed.emit(self.request_id)

    def _decide(self, operation) -> bool:  # type: ignore[no-untyped-def]
        try:
            operation(self.request_id, self.note.toPlainText().strip())
        except (StoreError, OperationRefused, TransitionError) as exc:
            self.show_error(exc.message(current_language()))
            return False
        self.show_error("")
        self.note.clear()
        self.reload()
        self.changed.emit(self.request_id)
        return True

    def _signed(self, operation, action: str) -> bool:  # type: ignore[no-untyped-def]
        """A decision signed with the supervisor's key the person unlocks (or has open);
        cancelling the key's dialog decides nothing."""
        signer = self.identity.signer(self, role=Role.SUPERVISOR, action=action)
        if signer is None:
            return False
        return self._decide(lambda request_id, note: operation(request_id, note, signer=signer, initiator=self))

    def approve(self) -> bool:
        return self._signed(self.desk.approve, self.tr("approve this request"))

    def return_for_changes(self) -> bool:
        return self._signed(self.desk.return_for_changes, self.tr("return this request for changes"))

    def submit(self) -> bool:
        from requestdesk.ui.review.submit_dialog import note_for_submission

        note = note_for_submission(self, self.services, self.request_id)
        if note is None:
            return False
        return self._decide(lambda request_id, _decision_note: self.desk.submit(request_id, note, initiator=self))

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_state()
            self._filled.clear()
            self._fill_tab()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.confirm_button.setText(self.tr("Mark &confirmed"))
        self.needs_change_button.setText(self.tr("Mark &needs change"))
        self.clear_button.setText(self.tr("C&lear mark"))
        self.comment_button.setText(self.tr("Write co&mment"))
        self.note_label.setText(self.tr("&Note to the officer with the decision:"))
        self.note.setPlaceholderText(self.tr("Required to return a request without a row marked as needing change"))
        self.submit_button.setText(self.tr("&Send for review"))
        self.approve_button.setText(self.tr("&Approve"))
        self.return_button.setText(self.tr("&Return for changes"))
        self.close_button.setText(self.tr("Close"))
        self.tabs.setTabText(0, self.tr("Checklist"))
        self.tabs.setTabText(1, self.tr("The request (Russian and English)"))
        self.tabs.setTabText(2, self.tr("The document as it will print"))
        self.approve_button.setToolTip(self.tr("Approve this exact text: any later change voids the approval"))
        self.model.retranslate()
        self.table.resizeRowsToContents()
