"""Request packages: packing a request of the register, and bringing one in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from requestdesk.progress import Meter, Report, ShouldStop

from requestdesk.app.changes import Aspect, Done, OpChanges
from requestdesk.app.desk import ALL_OF_A_REQUEST, DeskBase

if TYPE_CHECKING:
    from requestdesk.packages import Conflict, Imported, Packed, Resolution


class PackageOps(DeskBase):
    # The package modules are loaded on first use: the window starts without them.
    def pack(self, request_id: str, out: Path | str, *, signer, initiator: object = None,  # type: ignore[no-untyped-def]
             progress: Report | None = None, should_stop: ShouldStop | None = None) -> Done[Packed]:
        """Packs a request of the register, the manifest signed by `signer` (the sender's
        unlocked personal key); OperationRefused when there is none or it is revoked here.
        `progress` hears the bytes written; `should_stop` answering True stops the work
        (Cancelled): no package, no "packed" event."""
        from requestdesk.app.signing import check_sender
        from requestdesk.packages import pack

        check_sender(Path(self.store.path).parent, signer, self.store.clock.now())
        packed = pack(self.store, request_id, out, self.user, signer=signer, meter=Meter(0, progress, should_stop))
        return self._done(packed, OpChanges.of([request_id], Aspect.LOG), initiator)

    def unpack(self, path: Path | str, resolution: Resolution | str | None = None,
               *, untrusted: bool = False, initiator: object = None,
               progress: Report | None = None, should_stop: ShouldStop | None = None) -> Done[Imported | Conflict]:
        """A verified package into the register; a Conflict (nothing written) when local
        work would be lost and no resolution was given. A package from a sender this
        workstation cannot verify is refused (PackageError) unless `untrusted`: then it
        comes in marked so, its approval not recognised (packages.senders). `progress`
        hears the bytes read and stored; `should_stop` answering True stops the work
        (Cancelled): the register is as it was."""
        from requestdesk.packages import Conflict, Outcome, import_package

        result = import_package(self.store, path, self.user, resolution, untrusted=untrusted,
                                meter=Meter(0, progress, should_stop))
        if isinstance(result, Conflict) or result.outcome is Outcome.UNCHANGED:
            return Done(result)
        aspects = (*ALL_OF_A_REQUEST, Aspect.REVIEW, Aspect.ENCLOSURES, Aspect.TRACKING)
        added = [result.request_id] if result.outcome in (Outcome.IMPORTED, Outcome.KEPT_BOTH) else []
        return self._done(result, OpChanges.of([result.request_id], *aspects, added=added), initiator)
