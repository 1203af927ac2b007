"""The request document: the spec §1 JSON object, kept whole (unknown keys included)."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from requestdesk.domain.languages import DEFAULT_DOCUMENT_LANGUAGES
from requestdesk.domain.profile import DEFAULT_TREATY

FORMAT = "requestdesk.request"
VERSION = 1


def new_request(today: date | None = None, **fields: Any) -> dict[str, Any]:
    """A fresh request document with its identity, legal basis and languages."""
    import uuid  # here: it imports `platform`, which `requestdesk check` has no use for

    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "id": str(uuid.uuid4()),
        "treaty": DEFAULT_TREATY,
        "number": "",
        "date": (today or date.today()).isoformat(),
        "languages": list(DEFAULT_DOCUMENT_LANGUAGES),
    }
    doc.update(fields)
    return doc


def duplicate(doc: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """A copy that is a new request: new identity, no number, no transmission record."""
    import uuid

    copied = copy.deepcopy(doc)
    copied["id"] = str(uuid.uuid4())
    copied["number"] = ""
    copied["date"] = (today or date.today()).isoformat()
    copied.pop("transmission", None)
    return copied


def _step(container: Any, key: str) -> Any:
    if isinstance(container, list):
        return container[int(key)]
    return container[key]


def get_path(doc: dict[str, Any], path: str, default: Any = None) -> Any:
    """The value at a dotted path ("assistance.0.description.en"), or default."""
    node: Any = doc
    try:
        for key in path.split("."):
            node = _step(node, key)
    except (KeyError, IndexError, ValueError, TypeError):
        return default
    return node


def set_path(doc: dict[str, Any], path: str, value: Any) -> None:
    """Sets the value at a dotted path, creating objects on the way; list indexes must exist."""
    keys = path.split(".")
    node: Any = doc
    for key, following in zip(keys, keys[1:]):
        if isinstance(node, list):
            node = node[int(key)]
            continue
        child = node.get(key)
        if not isinstance(child, (dict, list)):
            child = [] if following.isdigit() else {}
            node[key] = child
        node = child
    if isinstance(node, list):
        node[int(keys[-1])] = value
    else:
        node[keys[-1]] = value
