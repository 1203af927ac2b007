"""What the register shows: the requests the store finds for the filters, in the chosen order.

Plain Python (no Qt): the table model is a thin view over this state. The state holds
only the ordered register keys (integers); the rows are read from the store in blocks
as the view shows them, so that a register of 100,000 requests opens and searches
quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum

from requestdesk.domain.lifecycle import Status
from requestdesk.domain.timeutil import Clock
from requestdesk.store.requests import RegisterRow, RequestStore
from requestdesk.store.search import search_words

STATUSES = tuple(s.value for s in Status)  # the life of a request (domain.lifecycle), in order
BLOCK = 200  # keys read from the store at once
# Rows read from the store at once: a screenful or three. Each costs about 17 µs to read
# and make; 200 at once cost 3 to 6 ms of every repaint after a sort or a search.
ROWS = 80
# Past this many matches a search's list is read as the register's is: its first rows
# at once, the rest when asked for (reading 100,000 matching keys took 30 ms).
MANY_MATCHES = 2000
# Requests placed one by one in a list not read whole, between two readings: more (a
# selection of many rows kept) read the list whole once.
FEW_PLACES = 8
# Blocks of keys read one by one at an offset before the whole list is read instead.
BLOCKS_AT_AN_OFFSET = 4


class Column(IntEnum):
    NUMBER = 0
    DATE = 1
    REQUESTED = 2
    STATUS = 3
    URGENT = 4
    CONFIRMATION = 5
    DESIRED = 6


_ORDERS = {
    Column.NUMBER: "number",
    Column.DATE: "date",
    Column.STATUS: "status",
    Column.URGENT: "urgent",
    Column.CONFIRMATION: "confirmation",
    Column.DESIRED: "desired",
}


@dataclass(frozen=True)
class Filters:
    search: str = ""
    status: str | None = None  # None: every status
    urgent_only: bool = False
    overdue_only: bool = False
    archived: bool = False  # the archive instead of the register's list


class _Keys(Sequence[int]):
    """The keys of a long list in an order: the first ones read at once, all of them on
    the first look beyond those (or a slice). A request's place is found in the first
    ones, else counted by `place` where the store can count it, else in the whole list.

    Where the store reads a block at an offset (`read_block`), a look at one key beyond
    the first ones reads its block only, for the first few such blocks: a sort asks the
    request of the current row wherever the officer left it (a row far down, a block
    read in a few ms, not the 25 to 40 of 100,000 keys), while scrolling on through the
    list reads it whole once (each block at an offset walks the index up to it)."""

    def __init__(self, first: Sequence[int], count: int, read_all: Callable[[], Sequence[int]],
                 place: Callable[[int], int | None] | None = None,
                 read_block: Callable[[int, int], Sequence[int]] | None = None):
        self._first, self._count, self._read_all, self._place = first, count, read_all, place
        self._read_block = read_block
        self._blocks: dict[int, Sequence[int]] = {}
        self._all: Sequence[int] | None = None

    def __len__(self) -> int:
        return self._count if self._all is None else len(self._all)

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]
        if self._all is None:
            # A key, or a few rows' keys (those read around one asked for), from the first
            # ones or their blocks; anything else from the whole list.
            if isinstance(index, int) and 0 <= index < self._count:
                key = self._in_a_block(index)
                if key is not None:
                    return key
            if isinstance(index, slice) and index.step is None and 0 <= (index.start or 0) and index.stop is not None:
                keys = [self._in_a_block(i) for i in range(index.start or 0, min(index.stop, self._count))]
                if None not in keys:
                    return keys
            self._all = self._read_all()
        return self._all[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self[:])

    def _in_a_block(self, index: int) -> int | None:
        """The key at `index` from its block (read if it is one of the first few), or None."""
        if index < len(self._first):
            return self._first[index]
        if self._read_block is None:
            return None
        size = max(len(self._first), 1)
        start = index - index % size
        block = self._blocks.get(start)
        if block is None:
            if len(self._blocks) >= BLOCKS_AT_AN_OFFSET:
                return None
            block = self._blocks[start] = self._read_block(start, size)
        return block[index - start] if index - start < len(block) else None

    @property
    def read(self) -> bool:
        """Whether the whole list has been read."""
        return self._all is not None

    def place(self, key: int) -> int | None:
        """Where a key stands in the list (None: not in it)."""
        if self._all is None:
            if key in self._first:
                return self._first.index(key)
            if len(self._first) >= self._count:
                return None  # the first ones are the whole list
            if self._place is not None:
                return self._place(key)
        whole = self[:]
        try:
            return whole.index(key)
        except ValueError:
            return None


class RegisterState:
    def __init__(self, store: RequestStore, clock: Clock):
        self.store = store
        self.clock = clock
        self.filters = Filters()
        self.sort_column: Column | None = None  # None: the store's order, newest first
        self.descending = False
        self.language = "en"
        self._keys: Sequence[int] = ()
        self._total = 0
        self._archived = 0
        self._stale = False  # the keys are read when first asked for after a reload()
        self._rows: dict[int, RegisterRow] = {}
        self._shown: dict[int, RegisterRow] = {}  # by index, as row() found them
        self._positions: dict[int, int] | None = None
        self._placed = 0  # requests placed without reading the whole list since the last reload
        self._placing = False

    def reload(self, *, placing: bool = False) -> None:
        """Forgets what was read: the keys are read again, in the order and with the
        filters then set, when they are next asked for (a window that restores a saved
        sort before its first paint reads them once, in that order). `placing`: requests
        are to be placed in the new list (a selection kept), so a search of many matches
        reads its list whole at once instead of its first rows and then the whole."""
        self._placing = placing
        self._stale = True
        self._rows = {}
        self._shown = {}
        self._positions = None
        self._placed = 0

    @property
    def keys(self) -> Sequence[int]:
        if self._stale:
            self._read()
        return self._keys

    @property
    def total(self) -> int:
        """How many requests the register lists, whatever the filters (the archive apart)."""
        if self._stale:
            self._read()
        return self._total

    @property
    def archived_total(self) -> int:
        """How many requests the archive holds, whatever the search."""
        if self._stale:
            self._read()
        return self._archived

    def _read(self) -> None:
        f = self.filters
        order = "newest"
        if self.sort_column is Column.REQUESTED:
            order = f"requested_{self.language}"
        elif self.sort_column is not None:
            order = _ORDERS[self.sort_column]
        self._total = self.store.count()
        self._archived = self.store.count(archived=True)
        self._stale = False
        descending = self.descending
        if not self.narrowed:
            self._keys = self._whole_list(order, descending)
            return
        if self._searched_only:
            search = f.search
            found = self.store.matches(search)
            if found == self._total:
                # Every request of the list matches (a word of every request, a common IP):
                # the search's list is the register's, read as the register is.
                self._keys = self._whole_list(order, descending)
                return
            if found > MANY_MATCHES and not self._placing:
                first = self.store.first_keys(order=order, descending=descending, limit=BLOCK, search=search)
                self._keys = _Keys(first, found, lambda: self.store.keys(search, order=order, descending=descending))
                return
        self._keys = self.store.keys(
            f.search,
            status=f.status,
            urgent=True if f.urgent_only else None,
            overdue_at=self.clock.now() if f.overdue_only else None,
            archived=f.archived,
            order=order,
            descending=self.descending,
        )

    def _whole_list(self, order: str, descending: bool) -> _Keys:
        """The whole register: its first screens at once, the rest when asked for (a
        register of 100,000 requests paints without reading 100,000 keys first)."""
        return _Keys(self.store.first_keys(order=order, descending=descending, limit=BLOCK), self._total,
                     lambda: self.store.keys(order=order, descending=descending),
                     lambda key: self.store.position(key, order=order, descending=descending),
                     lambda offset, limit: self.store.first_keys(order=order, descending=descending, limit=limit,
                                                                 offset=offset))

    @property
    def narrowed(self) -> bool:
        """Whether a search or a filter may hide requests of the register (a search of
        spaces or quotes alone searches nothing)."""
        f = self.filters
        return bool(search_words(f.search)) or f.status is not None or f.urgent_only or f.overdue_only or f.archived

    @property
    def _searched_only(self) -> bool:
        f = self.filters
        return f.status is None and not (f.urgent_only or f.overdue_only or f.archived)

    def sort(self, column: Column | None, descending: bool) -> None:
        """Orders the rows by a column; None is the store's order (newest first)."""
        self.sort_column, self.descending = column, descending
        self.reload()

    def __len__(self) -> int:
        return len(self.keys)

    def row(self, index: int) -> RegisterRow | None:
        # Asked for each role of each cell of each paint: a row already found at this
        # index since the last reload is given again at once.
        shown = self._shown.get(index)
        if shown is not None and not self._stale:
            return shown
        keys = self.keys
        if not 0 <= index < len(keys):
            return None
        try:
            key = keys[index]
        except IndexError:
            return None  # gone since the register was counted: the next reload shows it
        found = self._rows.get(key)
        if found is None:
            start = max(0, index - ROWS // 4)
            self._rows.update(self.store.rows_by_key(keys[start:start + ROWS]))
            found = self._rows.get(key)
        if found is not None:
            self._shown[index] = found
        return found

    def request_ids(self, indexes: Iterable[int]) -> list[str]:
        """The ids of the rows at these indexes, in their order; rows not yet read are
        read together (a selection of thousands of rows costs a few queries, not one each)."""
        keys = [self.keys[i] for i in indexes if 0 <= i < len(self.keys)]
        missing = [k for k in keys if k not in self._rows]
        if missing:
            self._rows.update(self.store.rows_by_key(missing))
        return [self._rows[k].id for k in keys if k in self._rows]

    @property
    def rows(self) -> list[RegisterRow]:
        """Every row shown (reads them all: for tests and small registers)."""
        return [r for r in (self.row(i) for i in range(len(self.keys))) if r is not None]

    def index_of(self, request_id: str) -> int | None:
        return self.indexes_of([request_id]).get(request_id)

    def indexes_of(self, request_ids: Iterable[str]) -> dict[str, int]:
        """Where these requests are listed, by id (those not listed left out). A few in a
        long list not yet read whole are placed without reading it (the selection kept
        after a sort or a search); more, and the list is read whole once."""
        wanted = list(dict.fromkeys(request_ids))
        if not wanted:
            return {}
        if len(wanted) == 1:
            key = self.store.key_of(wanted[0])
            keys = {} if key is None else {wanted[0]: key}
        else:
            keys = self.store.keys_of(wanted)
        listed = self.keys
        if isinstance(listed, _Keys) and not listed.read and self._placed + len(keys) <= FEW_PLACES:
            self._placed += len(keys)
            places = {request_id: listed.place(key) for request_id, key in keys.items()}
            return {request_id: place for request_id, place in places.items() if place is not None}
        if self._positions is None:
            whole = listed[:]  # read whole once, then zipped: twice as fast as enumerating
            self._positions = dict(zip(whole, range(len(whole))))
        return {request_id: self._positions[key] for request_id, key in keys.items() if key in self._positions}
