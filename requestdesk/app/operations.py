"""The desk: every operation on the register, on behalf of one user of this workstation."""

from __future__ import annotations

from requestdesk.app.audit import AuditOps
from requestdesk.app.documents import DocumentOps
from requestdesk.app.enclosures import EnclosureOps
from requestdesk.app.packages import PackageOps
from requestdesk.app.requests import RequestOps
from requestdesk.app.review import ReviewOps
from requestdesk.app.settings import SettingsOps
from requestdesk.app.tracking import TrackingOps
from requestdesk.app.urgent import UrgentOps


class Desk(UrgentOps, RequestOps, ReviewOps, TrackingOps, EnclosureOps, DocumentOps, PackageOps, AuditOps, SettingsOps):
    """Every operation on the register, on behalf of one user of this workstation."""
