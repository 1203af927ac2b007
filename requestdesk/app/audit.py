"""Reading a request's log and verifying the register against it.

The log is the account of everything done to a request. `verify` checks that the
register agrees with that account: every chain intact, and each request's text, status
and review record the ones its log last recorded, so that a change made around the
application (a SQL statement, an edited database file) shows. What it cannot see
without signatures (a log rewritten consistently, or its last events removed) is said in
README.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from requestdesk.app.desk import DeskBase
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.problems import render
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.events import Event, chain_breaks, read_events
from requestdesk.store.review import approval_of, read_decisions, read_marks, review_from_log, review_record

_TEXTS = {
    "missing": {"ru": "событие {seq} отсутствует (на его месте {found})", "en": "event {seq} is missing (found {found})"},
    "unlinked": {"ru": "событие {seq} не следует за предыдущим", "en": "event {seq} does not follow the previous one"},
    "altered": {"ru": "событие {seq} изменено после записи", "en": "event {seq} was altered after it was written"},
    "text": {
        "ru": "текст запроса (отпечаток {now}) не тот, что записан в журнале последним ({logged})",
        "en": "the request's text (fingerprint {now}) is not the one its log last recorded ({logged})",
    },
    "status": {
        "ru": "состояние «{now}» не то, что записано в журнале последним («{logged}»)",
        "en": "the status “{now}” is not the one its log last recorded (“{logged}”)",
    },
    "review": {
        "ru": "отметки или решения проверки не совпадают с журналом (изменены вне программы)",
        "en": "the review's marks or decisions differ from its log (changed outside the program)",
    },
    "approval": {
        "ru": "согласование не подтверждается: отпечаток согласованного текста не записан в журнале",
        "en": "the approval does not verify: the approved text's fingerprint is not in the log",
    },
    "approval_unrecognised": {
        "ru": "согласование не признано: {why}",
        "en": "the approval is not recognised: {why}",
    },
    "integrity": {
        "ru": "файл реестра поврежден: {detail}",
        "en": "the register file is damaged: {detail}",
    },
    "uncovered": {
        "ru": "журнал не записывает ни текста, ни состояния запроса (запрос создан до того, как журнал их записывал)",
        "en": "the log records neither the text nor the status of the request (made before the log recorded them)",
    },
}

# Events whose data say which text the request had from then on.
_TEXT_EVENTS = ("created", "edited", "replaced", "imported", "restored")


@dataclass(frozen=True)
class Problem:
    """One thing that does not verify, said in the user's language."""

    request_id: str
    what: str
    params: tuple[tuple[str, str], ...] = ()
    failure: bool = True  # False: said, but not a reason to distrust the register

    def message(self, lang: str = "en") -> str:
        from requestdesk.domain.lifecycle import label

        from requestdesk.domain.review import VOID_REASONS

        params = {k: (label(v, lang) if k in ("now", "logged") and self.what == "status" else v) for k, v in self.params}
        if "why" in params and params["why"] in VOID_REASONS:
            params["why"] = VOID_REASONS[params["why"]][lang if lang in ("ru", "en") else "en"]
        return render(_TEXTS, self.what, lang, params)


@dataclass(frozen=True)
class LoggedEvent:
    event: Event
    linked: bool  # follows the event before it
    intact: bool  # its content is what was hashed when it was written


@dataclass(frozen=True)
class LogReport:
    request_id: str
    events: list[LoggedEvent]
    problems: list[Problem]
    in_register: bool

    @property
    def verified(self) -> bool:
        return not any(p.failure for p in self.problems)


def _status_from_log(events: Iterable[Event]) -> str | None:
    status: str | None = None
    for event in events:
        data = event.data
        if event.kind == "created":
            status = "draft"
        elif event.kind in ("imported", "restored") and isinstance(data.get("status"), str):
            status = data["status"]
        elif event.kind == "deleted":
            status = None
        elif isinstance(data.get("to"), str):
            status = data["to"]
    return status


def _text_from_log(events: Iterable[Event]) -> str | None:
    logged = None
    for event in events:
        if event.kind in _TEXT_EVENTS and isinstance(event.data.get("fingerprint"), str):
            logged = event.data["fingerprint"]
    return logged


def _same_review(stored: dict[str, Any], replayed: dict[str, Any]) -> bool:
    def decisions(record: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(d.get("decision"), d.get("reviewer"), d.get("fingerprint"), bool(d.get("voided_at")))
                for d in record.get("decisions", [])]

    def marks(record: dict[str, Any]) -> list[tuple[Any, ...]]:
        return sorted((str(m.get("code")), str(m.get("field")), m.get("mark"), m.get("comment"))
                      for m in record.get("marks", []))

    return decisions(stored) == decisions(replayed) and marks(stored) == marks(replayed)


class AuditOps(DeskBase):
    def request_log(self, request_id: str) -> LogReport | None:
        """The log of a request (also of one deleted since), with what does not verify;
        None when the register has never held it."""
        events = self.store.read(read_events, request_id)
        stored = self.store.doc_and_status(request_id)
        if not events and stored is None:
            return None
        breaks = chain_breaks(events)
        unlinked = {seq for what, seq, _ in breaks if what == "unlinked"}
        altered = {seq for what, seq, _ in breaks if what == "altered"}
        logged = [LoggedEvent(e, e.seq not in unlinked, e.seq not in altered) for e in events]
        problems = [Problem(request_id, what, (("seq", str(seq)), ("found", str(found)))) for what, seq, found in breaks]
        if stored is not None:
            problems += self._agreement(request_id, stored[0], stored[1], events)
        return LogReport(request_id, logged, problems, stored is not None)

    def _agreement(self, request_id: str, doc: dict[str, Any], status: str, events: list[Event]) -> list[Problem]:
        problems: list[Problem] = []
        text, logged_status = _text_from_log(events), _status_from_log(events)
        if text is None and logged_status is None:
            return [Problem(request_id, "uncovered", failure=False)]
        now = fingerprint(doc)
        if text is not None and text != now:
            problems.append(Problem(request_id, "text", (("now", now[:12]), ("logged", text[:12]))))
        if logged_status is not None and logged_status != status:
            problems.append(Problem(request_id, "status", (("now", status), ("logged", logged_status))))
        marks, decisions = self.store.read(read_marks, request_id), self.store.read(read_decisions, request_id)
        if not _same_review(review_record(marks, decisions), review_from_log(events)):
            problems.append(Problem(request_id, "review"))
        state = self.store.read(approval_of, request_id, doc)
        if state.status is ApprovalStatus.NOT_RECOGNISED:
            problems.append(Problem(request_id, "approval_unrecognised", (("why", state.reasons[0]),)))
        if state.status is ApprovalStatus.VALID and state.decision is not None:
            recorded = {e.data.get("fingerprint") for e in events if e.kind == "approved"}
            if state.decision.fingerprint not in recorded:
                problems.append(Problem(request_id, "approval"))
        return problems

    def verify(self) -> list[Problem]:
        """Everything in the register that does not verify (empty when all of it does)."""
        problems: list[Problem] = []
        integrity = self.store.integrity_report()
        if integrity != ["ok"]:
            problems.append(Problem("", "integrity", (("detail", "; ".join(integrity[:5])),)))
        for request_id in self.store.logged_ids():
            report = self.request_log(request_id)
            if report is not None:
                problems += report.problems
        return problems

