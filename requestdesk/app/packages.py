"""Request packages: packing a request of the register, and bringing one in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from requestdesk.app.changes import Aspect, Done, OpChanges
from requestdesk.app.desk import ALL_OF_A_REQUEST, DeskBase

if TYPE_CHECKING:
    from requestdesk.packages import Conflict, Imported, Packed, Resolution


class PackageOps(DeskBase):
    # The package modules are loaded on first use: the window starts without them.
    def pack(self, request_id: str, out: Path | str, *, initiator: object = None) -> Done[Packed]:
        from requestdesk.packages import pack

        packed = pack(self.store, request_id, out, self.user)
        return self._done(packed, OpChanges.of([request_id], Aspect.LOG), initiator)

    def unpack(self, path: Path | str, resolution: Resolution | str | None = None,
               *, initiator: object = None) -> Done[Imported | Conflict]:
        """A verified package into the register; a Conflict (nothing written) when local
        work would be lost and no resolution was given."""
        from requestdesk.packages import Conflict, Outcome, import_package

        result = import_package(self.store, path, self.user, resolution)
        if isinstance(result, Conflict) or result.outcome is Outcome.UNCHANGED:
            return Done(result)
        aspects = (*ALL_OF_A_REQUEST, Aspect.REVIEW, Aspect.ENCLOSURES, Aspect.TRACKING)
        added = [result.request_id] if result.outcome in (Outcome.IMPORTED, Outcome.KEPT_BOTH) else []
        return self._done(result, OpChanges.of([result.request_id], *aspects, added=added), initiator)
