"""Exporting a request of the register as a document, logged as an "exported" event."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from requestdesk.app.changes import Aspect, Done, OpChanges
from requestdesk.app.desk import DeskBase
from requestdesk.domain.findings import Finding
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.store.events import append_event


class ExportBlocked(Exception):
    """The request has errors, and the document may only be made as a draft."""

    def __init__(self, request_id: str, findings: list[Finding]):
        super().__init__(f"request {request_id} has {len(findings)} error(s)")
        self.request_id, self.findings = request_id, findings


class DocumentOps(DeskBase):
    def export(self, request_id: str, out: Path | str, *, document: str = "request", layout: str = "parallel",
               draft: bool = False, file_copy: bool = False, now: datetime | None = None,
               emblem: Path | None = None, initiator: object = None) -> Done[Path]:
        """Writes the document whole (or nothing) and logs which one was made. A request or
        confirmation with errors is refused (ExportBlocked) unless it is a draft."""
        # Loaded here: exporting is rare, and the window starts without python-docx.
        from requestdesk.documents.export import blocking_findings, export_document
        from requestdesk.store.export_record import export_record

        out = Path(out)
        with self._writing() as db:
            stored = self._stored(db, request_id)
            result = self.store.check(stored.doc)
            blocking = blocking_findings(result, document)
            if blocking and not draft:
                raise ExportBlocked(request_id, blocking)
            # The event first, the file last: a file that cannot be written rolls the
            # event back, so the log never records a document that was not made.
            append_event(db, request_id, self.store.clock.now(), self.user, "exported", {
                "document": document, "layout": layout, "draft": draft, "file_copy": file_copy, "file": out.name,
                "fingerprint": fingerprint(stored.doc),
            })
            export_document(stored.doc, result, out, document=document, layout=layout, draft=draft, now=now,
                            directory=self.store.directory, review=export_record(self.store, stored.doc),
                            file_copy=file_copy, emblem=emblem)
        return self._done(out, OpChanges.of([request_id], Aspect.LOG), initiator)
