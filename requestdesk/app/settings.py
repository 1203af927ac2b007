"""Settings that change what the register shows: re-checking what they affect, in
batches a window can show progress of and cancel between."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from requestdesk.app.changes import Aspect, OpChanges
from requestdesk.app.desk import DeskBase
from requestdesk.domain.deadlines import Counting

# Small enough that a window's own save waits at most a fraction of a second for a
# batch's transaction, large enough that the transactions cost little.
BATCH = 250


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


class SettingsOps(DeskBase):
    def change_counting(self, counting: Counting) -> Iterator[Progress]:
        """Applies a counting rule of the 3-day period and re-checks the requests it
        affects, batch by batch; yields after each batch. Closing the iterator early
        (cancel) puts the previous rule back and re-checks the batches already done
        with it, so the register is never left half under one rule and half under the
        other. The change is published once, at the end either way."""
        previous = self.store.counting
        if counting is previous:
            return
        keys = self.store.keys_to_recheck()
        self.store.counting = counting
        done = 0
        finished = False
        try:
            yield Progress(0, len(keys))
            for start in range(0, len(keys), BATCH):
                done += self.store.recheck(keys[start:start + BATCH])
                yield Progress(min(start + BATCH, len(keys)), len(keys))
            finished = True
        finally:
            if not finished:
                self.store.counting = previous
                for start in range(0, done, BATCH):
                    self.store.recheck(keys[start:min(start + BATCH, done)])
            self.hub.publish(OpChanges(aspects=frozenset({Aspect.TRACKING}), every_request=True))
