"""Recording an urgent request sent orally or by technical means (Art. 6(2)), as one operation."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from requestdesk.app.changes import NOTHING, Done
from requestdesk.app.errors import OperationRefused
from requestdesk.app.requests import RequestOps
from requestdesk.app.tracking import TrackingOps
from requestdesk.domain.check import profile_for
from requestdesk.domain.languages import in_each_language
from requestdesk.domain.lifecycle import EDITABLE, Status, check_transition
from requestdesk.store.events import Event

URGENT_CHANNELS = ("oral", "technical")


class UrgentOps(RequestOps, TrackingOps):
    def transmit_urgent(self, request_id: str, channel: str, at: datetime, *, reason: dict[str, str] | None = None,
                        received_by: dict[str, str] | None = None, arrangement: str = "", note: str = "",
                        initiator: object = None) -> Done[Event]:
        """Records an oral or technical transmission, marking the request urgent with its
        reason first when it was not (or the reason changed), in one transaction: the
        urgency and the transmission land together or not at all, and are told once.

        The urgency is part of the text: it is saved as an edit (logged, voiding an
        approval it changes), only while the text may still change. A technical channel
        under an arrangement needs no urgency (Art. 6(2), second sentence).
        """
        if channel not in URGENT_CHANNELS:
            raise ValueError(channel)
        with self._one_operation() as db:
            stored = self._stored(db, request_id)
            if not (channel == "technical" and arrangement.strip()):
                self._mark_urgent(stored.doc, stored.status, reason, initiator)
            event = self.transmit(request_id, channel, at, received_by=received_by, arrangement=arrangement,
                                  note=note, initiator=initiator).value
        return self._done(event, NOTHING, initiator)  # with what its steps changed, gathered

    def _mark_urgent(self, doc: dict[str, Any], status: str, reason: dict[str, str] | None, initiator: object) -> None:
        given = in_each_language(reason) if reason is not None else in_each_language(doc.get("urgency_reason"))
        if not any(t.strip() for t in given.values()):
            raise OperationRefused("urgent_reason", article=profile_for(str(doc.get("treaty") or "")).confirmation_article)
        if doc.get("urgent") is True and in_each_language(doc.get("urgency_reason")) == given:
            return
        if status not in EDITABLE:
            raise OperationRefused("urgent_fixed", status=status)
        # Checked before the edit: a move the request may not make marks nothing. After
        # the change an approved request is back in review: that is where it moves from.
        check_transition(Status.IN_REVIEW.value if status == Status.APPROVED.value else status,
                         Status.AWAITING_CONFIRMATION)
        changed = copy.deepcopy(doc)
        changed["urgent"] = True
        changed["urgency_reason"] = given
        self.edit(changed, initiator=initiator)
