"""The local register as the command line opens it: the data folder's store, the
request a user names by its id (or a unique beginning of it), and who is working."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from requestdesk.cli.messages import say

if TYPE_CHECKING:
    from requestdesk.app import Desk

MIN_PREFIX = 8  # a shorter beginning of an id names too many requests to be meant


class NotFound(Exception):
    """The register or the request a user named is not there; `text` says so."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def system_user(given: str | None = None) -> str:
    if given:
        return given
    import getpass  # only the commands that log an event ask who runs them

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME", "") or "?"


def looks_like_file(source: str) -> bool:
    return Path(source).exists() or source.endswith(".json") or os.sep in source or "/" in source


@contextlib.contextmanager
def open_desk(user: str, lang: str, *, create: bool = False) -> Iterator[Desk]:
    """The desk over this workstation's register, closed afterwards. Without `create`, a
    missing register is NotFound (the command line never makes an empty one to read)."""
    from requestdesk.app import Desk
    from requestdesk.paths import data_dir, store_path
    from requestdesk.store.requests import RequestStore

    folder = data_dir()
    if not create and not store_path(folder).exists():
        raise NotFound(say("no_register", lang, folder=folder))
    store = RequestStore(store_path(folder))
    try:
        yield Desk(store, user)
    finally:
        store.close()


def find_request(desk: Desk, source: str, lang: str, *, logged: bool = False) -> str:
    """The id of the request a user typed, in full or as a unique beginning. With
    `logged`, a request deleted since (whose log stays) counts too."""
    from requestdesk.paths import data_dir

    ids = desk.store.logged_ids() if logged else desk.store.ids()
    if source in ids:
        return source
    found = [i for i in ids if i.startswith(source)] if len(source) >= MIN_PREFIX else []
    if len(found) == 1:
        return found[0]
    key = "ambiguous" if len(found) > 1 else "no_request"
    raise NotFound(say(key, lang, source=source, folder=data_dir()))
