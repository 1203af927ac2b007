"""The application layer: the only code that changes the register.

`Desk` gathers every operation (requests, review, tracking, documents, packages) and
the audit of the log; each operation returns a `Done` with what it changed, published
once on the desk's `ChangeHub`. Plain Python: the window and the command line sit on
top of it, the store and the documents below.
"""

from __future__ import annotations

from requestdesk.app.audit import AuditOps, LoggedEvent, LogReport, Problem
from requestdesk.app.changes import NOTHING, Aspect, ChangeHub, Done, OpChanges
from requestdesk.app.desk import Stored
from requestdesk.app.documents import DocumentOps, ExportBlocked
from requestdesk.app.enclosures import EnclosureOps
from requestdesk.app.errors import OperationRefused
from requestdesk.app.packages import PackageOps
from requestdesk.app.requests import Edited, RequestOps
from requestdesk.app.review import ReviewOps
from requestdesk.app.settings import Progress, SettingsOps
from requestdesk.app.tracking import TrackingOps


class Desk(RequestOps, ReviewOps, TrackingOps, EnclosureOps, DocumentOps, PackageOps, AuditOps, SettingsOps):
    """Every operation on the register, on behalf of one user of this workstation."""


__all__ = [
    "NOTHING", "Aspect", "ChangeHub", "Desk", "Done", "Edited", "ExportBlocked", "LogReport", "LoggedEvent",
    "OpChanges", "OperationRefused", "Problem", "Progress", "Stored",
]
