"""`requestdesk pack` and `requestdesk unpack`: request packages from the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from requestdesk.atomic import WriteError
from requestdesk.cli.messages import OUTCOMES, say
from requestdesk.domain.fingerprint import short_fingerprint
from requestdesk.domain.formatting import format_instant
from requestdesk.domain.lifecycle import label
from requestdesk.domain.requestfile import load_request_file
from requestdesk.domain.timeutil import SystemClock

if TYPE_CHECKING:
    from requestdesk.domain.review import ApprovalState
    from requestdesk.store.requests import RequestStore

# The packages, the register and the review are imported by the commands that use them:
# building the command line's parser (for `check` and `export` too) needs none of them.

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    packer = commands.add_parser("pack", help="write a request package (*.requestpkg) to move a request to another workstation")
    packer.add_argument("source", help="a request file, or the id of a request in the local register")
    packer.add_argument("--out", type=Path, required=True)
    packer.add_argument("--user", help="who packs (recorded in the request's log); default: the system user")
    packer.add_argument("--lang", choices=("ru", "en"), help="language of the messages")

    unpacker = commands.add_parser("unpack", help="check a request package and import it into the local register")
    unpacker.add_argument("file", type=Path)
    choice = unpacker.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true", help="when the local request has newer work: replace it")
    choice.add_argument("--keep-both", action="store_true", help="when the local request has newer work: import as a new request")
    choice.add_argument("--inspect", action="store_true", help="only check the package, import nothing")
    unpacker.add_argument("--user", help="who imports (recorded in the request's log); default: the system user")
    unpacker.add_argument("--lang", choices=("ru", "en"), help="language of the messages")


def _user(args: argparse.Namespace) -> str:
    if args.user:
        return str(args.user)
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME", "") or "?"


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def _find(store: RequestStore, source: str) -> str | list[str]:
    """The request id a user typed, in full or as a unique beginning (8 characters or more)."""
    if store.get(source) is not None:
        return source
    if len(source) < 8:
        return []
    return [row.id for row in store.rows() if row.id.startswith(source)]


def run_pack(args: argparse.Namespace, lang: str) -> int:
    from requestdesk.packages import SUFFIX, PackageError, pack, pack_document
    from requestdesk.paths import data_dir, store_path
    from requestdesk.store.requests import RequestStore, StoreError

    out: Path = args.out
    if not out.name.endswith(SUFFIX):
        return _fail(say("bad_package_out", lang, out=out), EXIT_UNREADABLE)
    user = _user(args)
    source = Path(args.source)
    try:
        if source.exists() or args.source.endswith(".json") or os.sep in args.source or "/" in args.source:
            doc = load_request_file(source)
            if not isinstance(doc.get("id"), str) or not doc["id"].strip():
                return _fail(say("no_id", lang, file=source), EXIT_UNREADABLE)
            packed = pack_document(doc, out, user, SystemClock().now())
        else:
            folder = data_dir()
            if not store_path(folder).exists():
                return _fail(say("no_register", lang, folder=folder), EXIT_UNREADABLE)
            store = RequestStore(store_path(folder))
            try:
                found = _find(store, args.source)
                if isinstance(found, list):
                    key = "ambiguous" if len(found) > 1 else "no_request"
                    if len(found) != 1:
                        return _fail(say(key, lang, source=args.source, folder=folder), EXIT_UNREADABLE)
                    found = found[0]
                packed = pack(store, found, out, user)
            finally:
                store.close()
    except PackageError as exc:
        return _fail(exc.message(lang), EXIT_REFUSED)
    except StoreError as exc:
        return _fail(exc.message(lang), EXIT_UNREADABLE)
    except WriteError as exc:
        return _fail(exc.message(lang), EXIT_UNREADABLE)
    print(say("packed", lang, out=out, id=packed.request_id, short=short_fingerprint(packed.fingerprint),
              events=packed.events, files=packed.enclosures))
    return EXIT_OK


def _print_approval(state: ApprovalState, lang: str) -> None:
    print(state.message(lang))
    if state.decision is not None:
        print(say("approved_by", lang, reviewer=state.decision.reviewer, at=format_instant(state.decision.at, lang),
                  short=short_fingerprint(state.decision.fingerprint)))


def run_unpack(args: argparse.Namespace, lang: str) -> int:
    from requestdesk.domain.review import approval_state
    from requestdesk.packages import Conflict, PackageError, Resolution, import_package, read_package
    from requestdesk.paths import data_dir, store_path
    from requestdesk.store.requests import RequestStore, StoreError
    from requestdesk.store.review import Review

    try:
        if args.inspect:
            package = read_package(args.file)
            print(say("inspected", lang, file=args.file, id=package.request_id, status=label(package.status, lang),
                      short=short_fingerprint(package.fingerprint), events=len(package.events), files=len(package.enclosures)))
            _print_approval(approval_state(package.decisions, package.fingerprint, package.enclosure_hashes), lang)
            return EXIT_OK
        # The whole package is checked before the register is opened: a refused package
        # leaves no trace, not even a new empty register.
        read_package(args.file)
        folder = data_dir()
        store = RequestStore(store_path(folder))
        try:
            resolution = Resolution.REPLACE if args.replace else Resolution.KEEP_BOTH if args.keep_both else None
            user = _user(args)
            result = import_package(store, args.file, user, resolution)
            if isinstance(result, Conflict):
                return _fail(result.message(lang) + " " + say("conflict_hint", lang), EXIT_REFUSED)
            state = Review(store, user).approval_state(result.request_id)
            print(say("unpacked", lang, file=args.file, id=result.request_id, outcome=OUTCOMES[result.outcome.value][lang],
                      status=label(result.status, lang), short=short_fingerprint(state.fingerprint)))
            _print_approval(state, lang)
        finally:
            store.close()
    except PackageError as exc:
        return _fail(exc.message(lang), EXIT_UNREADABLE if exc.unreadable else EXIT_REFUSED)
    except StoreError as exc:
        return _fail(exc.message(lang), EXIT_UNREADABLE)
    return EXIT_OK
