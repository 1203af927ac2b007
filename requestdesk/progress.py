"""Long work that says how far it is and stops when asked: plain Python, no Qt.

The window passes a `progress` callback and a `should_stop` question (its Cancel
button); the command line passes neither. The work asks at its natural boundaries (a
member of a package, a chunk of a large copy or hash) and raises Cancelled, so that
its own clean-up (a transaction rolled back, a half-written file removed) runs on the
way out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

Report = Callable[[int, int], None]  # done, total
ShouldStop = Callable[[], bool]


class Cancelled(Exception):
    """The user stopped the work before it completed; it left nothing behind."""


class Meter:
    """Counts the work done (bytes, mostly) against its total, reports it, and raises
    Cancelled when asked to stop."""

    def __init__(self, total: int = 0, progress: Report | None = None, should_stop: ShouldStop | None = None):
        self.total, self.done = total, 0
        self._progress, self._should_stop = progress, should_stop

    def grow(self, amount: int) -> None:
        """More work than first known (a package's files, once its manifest is read)."""
        self.total += amount

    def check(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise Cancelled

    def add(self, amount: int) -> None:
        self.done += amount
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)
        self.check()

    def chunks(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        """The chunks as they are, each counted (and a chance to stop) once it is used.

        The source is closed on the way out, so that a stop closes the file or blob it
        reads now, while its connection is still open."""
        source = iter(chunks)
        try:
            for chunk in source:
                yield chunk
                self.add(len(chunk))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()
