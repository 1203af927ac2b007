"""Editing operations on a request document: each changes it at a dotted path and says what changed.

Plain Python (no Qt): the editor's undo commands wrap these, and anything else that edits
a request (a script, a test) can use them too. An operation remembers what it replaced,
so reverting it restores the document exactly, a key that was absent included, and
unknown keys of the document are never touched.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from requestdesk.domain.document import get_path, set_path
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.lifecycle import EDITABLE, Status

_ABSENT = object()  # marks "the key was not there", so that undo removes it again


@dataclass(frozen=True)
class Changes:
    """What an operation changed: the dotted paths written, and the lists whose shape changed."""

    paths: frozenset[str] = frozenset()
    lists: frozenset[str] = frozenset()  # lists with an item inserted or removed

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.paths | other.paths, self.lists | other.lists)

    def touches(self, path: str) -> bool:
        """Whether the value at `path` may differ now: it, a parent or a child was written,
        or a list it sits in changed shape (its items moved)."""
        for changed in self.paths | self.lists:
            if changed == path or path.startswith(changed + ".") or changed.startswith(path + "."):
                return True
        return False


def _delete_path(doc: dict[str, Any], path: str) -> None:
    parent_path, _, key = path.rpartition(".")
    parent = get_path(doc, parent_path) if parent_path else doc
    if isinstance(parent, dict):
        parent.pop(key, None)


def _parent_list(doc: dict[str, Any], path: str) -> list[Any]:
    """The list at `path`, created empty if it is absent (a new request has no lists)."""
    current = get_path(doc, path)
    if isinstance(current, list):
        return current
    set_path(doc, path, [])
    return get_path(doc, path)


class Operation:
    """One change to a document; `apply` and `revert` each return the Changes they made."""

    def apply(self, doc: dict[str, Any]) -> Changes:
        raise NotImplementedError

    def revert(self, doc: dict[str, Any]) -> Changes:
        raise NotImplementedError


@dataclass
class SetValue(Operation):
    """Writes `value` at `path` (objects on the way are created)."""

    path: str
    value: Any
    previous: Any = field(default=_ABSENT, repr=False)
    _captured: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        self.value = _writable(self.value)

    def apply(self, doc: dict[str, Any]) -> Changes:
        if not self._captured:
            current = get_path(doc, self.path, _ABSENT)
            self.previous = current if current is _ABSENT else copy.deepcopy(current)
            self._captured = True
        set_path(doc, self.path, copy.deepcopy(self.value))
        return Changes(frozenset({self.path}))

    def revert(self, doc: dict[str, Any]) -> Changes:
        if self.previous is _ABSENT:
            _delete_path(doc, self.path)
        else:
            set_path(doc, self.path, copy.deepcopy(self.previous))
        return Changes(frozenset({self.path}))

    def is_noop(self, doc: dict[str, Any]) -> bool:
        return get_path(doc, self.path, _ABSENT) == self.value

    def absorb(self, later: "SetValue") -> bool:
        """Takes over a later write to the same path (typing merges into one undo step)."""
        if later.path != self.path:
            return False
        self.value = later.value
        return True


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _writable(value: Any) -> Any:
    """Text as a request file can hold it: half of a UTF-16 pair (a broken paste from the
    clipboard) becomes U+FFFD, instead of failing every save and export later."""
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


@dataclass
class InsertItem(Operation):
    """Inserts `item` into the list at `path` at `index` (None: at the end)."""

    path: str
    item: Any
    index: int | None = None
    _at: int = field(default=-1, repr=False)
    _created_list: bool = field(default=False, repr=False)

    def apply(self, doc: dict[str, Any]) -> Changes:
        self._created_list = not isinstance(get_path(doc, self.path), list)
        items = _parent_list(doc, self.path)
        self._at = len(items) if self.index is None else max(0, min(self.index, len(items)))
        items.insert(self._at, copy.deepcopy(self.item))
        return Changes(frozenset({f"{self.path}.{self._at}"}), frozenset({self.path}))

    def revert(self, doc: dict[str, Any]) -> Changes:
        items = get_path(doc, self.path)
        if isinstance(items, list) and 0 <= self._at < len(items):
            del items[self._at]
        if self._created_list and items == []:
            _delete_path(doc, self.path)
        return Changes(frozenset({f"{self.path}.{self._at}"}), frozenset({self.path}))

    @property
    def inserted_at(self) -> int:
        return self._at


@dataclass
class RemoveItem(Operation):
    """Removes the item at `index` from the list at `path`."""

    path: str
    index: int
    removed: Any = field(default=None, repr=False)

    def apply(self, doc: dict[str, Any]) -> Changes:
        items = get_path(doc, self.path)
        if not isinstance(items, list) or not 0 <= self.index < len(items):
            raise IndexError(f"{self.path}.{self.index}: no such item")
        self.removed = items.pop(self.index)
        return Changes(frozenset({f"{self.path}.{self.index}"}), frozenset({self.path}))

    def revert(self, doc: dict[str, Any]) -> Changes:
        _parent_list(doc, self.path).insert(self.index, copy.deepcopy(self.removed))
        return Changes(frozenset({f"{self.path}.{self.index}"}), frozenset({self.path}))


@dataclass
class Compound(Operation):
    """Several operations as one step (picking an authority sets both names and its zone)."""

    operations: Sequence[Operation]

    def apply(self, doc: dict[str, Any]) -> Changes:
        changes = Changes()
        for operation in self.operations:
            changes |= operation.apply(doc)
        return changes

    def revert(self, doc: dict[str, Any]) -> Changes:
        changes = Changes()
        for operation in reversed(self.operations):
            changes |= operation.revert(doc)
        return changes


def set_values(values: Iterable[tuple[str, Any]]) -> Compound:
    return Compound([SetValue(path, value) for path, value in values])


# The empty shapes of the list items an officer adds (spec §1).
def new_assistance_item() -> dict[str, Any]:
    return {"form": "", "description": {"ru": "", "en": ""}, "ground": "", "identifiers": []}


def new_identifier(kind: str = "ip") -> dict[str, Any]:
    return {"type": kind, "value": "", "from": "", "to": ""}


def new_attachment() -> dict[str, Any]:
    return {"title": {"ru": "", "en": ""}, "pages": None, "copies": 1, "certified_copy": False}


# -- who may edit a request, in which state --------------------------------------------
# Drafting and changes asked by the supervisor: the officer edits freely.
_DRAFTING = frozenset({Status.DRAFT.value, Status.RETURNED.value})


def opens_read_only(status: str | None) -> bool:
    """A request past drafting (in review, approved, signed, sent...) opens for reading:
    an edit there is a deliberate act (it voids an approval, or changes what the
    supervisor is reading), never a stray keystroke."""
    return status is not None and status not in _DRAFTING


def may_edit(status: str | None) -> bool:
    """Whether the text may change at all (after signature it is what was signed)."""
    return status is None or status in {s.value for s in EDITABLE}


def language_of_name(name: str) -> str | None:
    """"ru" for a name written in Cyrillic, "en" for one in Latin letters, None for one with
    no letters (a number): the language a file's name can stand for as a title."""
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name  # ".pdf" says nothing of the language
    cyrillic = sum(1 for ch in stem if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in stem if ch.isascii() and ch.isalpha())
    if not cyrillic and not latin:
        return None
    return "ru" if cyrillic >= latin else "en"


def attachment_for_file(name: str, pages: int | None) -> dict[str, Any]:
    """An enclosure line naming an attached file: its name is the title in the file name's
    own language only (a Cyrillic name is no English title); the other is left to write."""
    item = new_attachment()
    lang = language_of_name(name)
    item["title"] = {code: name if lang in (None, code) else "" for code in SUPPORTED}
    item["pages"] = pages
    return item
