"""The local register as the command line opens it: the data folder's store, the
request a user names by its id (or a unique beginning of it), and who is working."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

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


def migration_progress(lang: str, stream: TextIO | None = None) -> Callable[[int, int], None]:
    """Tells on standard error how a migration that re-indexes the register goes (seconds
    for a large one), so that a command does not seem to hang: on a terminal, one line
    rewritten as the percentage grows; in a log or a pipe, a line at each tenth."""
    out = sys.stderr if stream is None else stream
    try:
        on_terminal = out.isatty()
    except (AttributeError, ValueError, OSError):
        on_terminal = False
    shown = -1

    def report(done: int, total: int) -> None:
        nonlocal shown
        percent = done * 100 // total if total else 100
        step = percent if on_terminal else percent // 10 * 10
        if step == shown:
            return
        shown = step
        end = "\r" if on_terminal and done < total else "\n"
        print(say("reindexing", lang, percent=step), end=end, file=out, flush=True)

    return report


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
    store = RequestStore(store_path(folder), progress=migration_progress(lang))
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
