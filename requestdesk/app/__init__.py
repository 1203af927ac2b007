"""The application layer: the only code that changes the register.

`Desk` gathers every operation (requests, review, tracking, documents, packages) and
the audit of the log; each operation returns a `Done` with what it changed, published
once on the desk's `ChangeHub`. Plain Python: the window and the command line sit on
top of it, the store and the documents below.

Its names are loaded when first used: the window's first paint needs the change hub
(`requestdesk.app.changes`), not the rules and the store's writers behind the desk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from requestdesk.lazy_names import names_on_first_use

if TYPE_CHECKING:
    from requestdesk.app.audit import LoggedEvent, LogReport, Problem
    from requestdesk.app.changes import NOTHING, Aspect, ChangeHub, Done, OpChanges
    from requestdesk.app.desk import Stored
    from requestdesk.app.documents import ExportBlocked
    from requestdesk.app.errors import OperationRefused
    from requestdesk.app.operations import Desk
    from requestdesk.app.requests import Deleted, Edited
    from requestdesk.app.settings import Progress

_WHERE = {
    "LoggedEvent": "audit", "LogReport": "audit", "Problem": "audit",
    "NOTHING": "changes", "Aspect": "changes", "ChangeHub": "changes", "Done": "changes", "OpChanges": "changes",
    "Stored": "desk", "ExportBlocked": "documents", "OperationRefused": "errors", "Desk": "operations",
    "Deleted": "requests", "Edited": "requests", "Progress": "settings",
}

__all__ = [
    "NOTHING", "Aspect", "ChangeHub", "Deleted", "Desk", "Done", "Edited", "ExportBlocked", "LogReport", "LoggedEvent",
    "OpChanges", "OperationRefused", "Problem", "Progress", "Stored",
]


__getattr__ = names_on_first_use(__name__, _WHERE)
