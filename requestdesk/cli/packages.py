"""`requestdesk pack` and `requestdesk unpack`: request packages from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from requestdesk.atomic import WriteError
from requestdesk.cli.identity import KEY_FAILURES, add_signing_options, key_failure, signing_key
from requestdesk.cli.messages import OUTCOMES, say
from requestdesk.cli.register import NotFound, find_request, looks_like_file, open_desk, system_user
from requestdesk.domain.display import visible
from requestdesk.domain.fingerprint import short_fingerprint
from requestdesk.domain.formatting import format_instant
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.lifecycle import label
from requestdesk.domain.requestfile import load_request_file
from requestdesk.domain.timeutil import SystemClock

if TYPE_CHECKING:
    from requestdesk.domain.review import ApprovalState
    from requestdesk.packages.senders import Sender

# The packages, the register and the review are imported by the commands that use them:
# building the command line's parser (for `check` and `export` too) needs none of them.

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    packer = commands.add_parser("pack", help="write a request package (*.requestpkg) to move a request to another workstation")
    packer.add_argument("source", help="a request file, or the id of a request in the local register")
    packer.add_argument("--out", type=Path, required=True)
    packer.add_argument("--user", help="who packs (recorded in the request's log); default: the system user")
    packer.add_argument("--lang", choices=SUPPORTED, help="language of the messages")
    add_signing_options(packer)  # the package is signed with the sender's personal key

    unpacker = commands.add_parser("unpack", help="check a request package and import it into the local register")
    unpacker.add_argument("file", type=Path)
    choice = unpacker.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true", help="when the local request has newer work: replace it")
    choice.add_argument("--keep-both", action="store_true", help="when the local request has newer work: import as a new request")
    choice.add_argument("--inspect", action="store_true", help="only check the package, import nothing")
    unpacker.add_argument("--untrusted", action="store_true",
                          help="import a package whose sender cannot be verified here, marked so (its approval not recognised)")
    unpacker.add_argument("--user", help="who imports (recorded in the request's log); default: the system user")
    unpacker.add_argument("--lang", choices=SUPPORTED, help="language of the messages")


def _show(text: str, stream=None) -> None:  # type: ignore[no-untyped-def]
    """One line of output. Names, notes and ids come from packages made elsewhere: an ESC
    sequence or a right-to-left override in them is shown as ⟨U+XXXX⟩ instead of acting,
    so it cannot rewrite what the line (or the one before it) says."""
    print(visible(text), file=stream or sys.stdout)


def _fail(message: str, code: int) -> int:
    _show(message, sys.stderr)
    return code


def run_pack(args: argparse.Namespace, lang: str) -> int:
    from requestdesk.app.errors import OperationRefused
    from requestdesk.packages import SUFFIX, PackageError, pack_document
    from requestdesk.paths import data_dir
    from requestdesk.store.requests import StoreError

    out: Path = args.out
    if not out.name.endswith(SUFFIX):
        return _fail(say("bad_package_out", lang, out=out), EXIT_UNREADABLE)
    user = system_user(args.user)
    source = Path(args.source)
    try:
        if looks_like_file(args.source):
            doc = load_request_file(source)
            if not isinstance(doc.get("id"), str) or not doc["id"].strip():
                return _fail(say("no_id", lang, file=source), EXIT_UNREADABLE)
            packed = pack_document(doc, out, user, SystemClock().now(), signer=signing_key(args, lang, data_dir()))
        else:
            with open_desk(user, lang) as desk:
                request_id = find_request(desk, args.source, lang)
                # The passphrase is asked once the request is known to exist.
                packed = desk.pack(request_id, out, signer=signing_key(args, lang, data_dir())).value
    except NotFound as exc:
        return _fail(exc.text, EXIT_UNREADABLE)
    except KEY_FAILURES as exc:
        return _fail(*key_failure(exc, lang))
    except (PackageError, OperationRefused) as exc:
        return _fail(exc.message(lang), EXIT_REFUSED)
    except StoreError as exc:
        return _fail(exc.message(lang), EXIT_UNREADABLE)
    except WriteError as exc:
        return _fail(exc.message(lang), EXIT_UNREADABLE)
    _show(say("packed", lang, out=out, id=packed.request_id, short=short_fingerprint(packed.fingerprint),
              events=packed.events, files=packed.enclosures))
    return EXIT_OK


def _print_sender(sender: Sender, lang: str) -> None:
    from requestdesk.domain.review import sender_details
    from requestdesk.identity import role_label

    if sender.verified:
        _show(say("sender_verified", lang, holder=sender.holder, role=role_label(sender.role, lang),
                  authority=sender.authority or "-", fingerprint=sender.fingerprint))
    else:
        _show(sender_details(sender.to_json(), lang))


def _print_approval(state: ApprovalState, lang: str) -> None:
    from requestdesk.domain.review import ApprovalStatus

    _show(state.message(lang))
    if state.status is ApprovalStatus.NOT_RECOGNISED and state.decision is not None:
        # The name beside an unrecognised signature is whatever was typed or forged.
        _show(say("approval_claimed", lang, reviewer=state.decision.reviewer, at=format_instant(state.decision.at, lang)))
    elif state.decision is not None:
        _show(say("approved_by", lang, reviewer=state.decision.reviewer, at=format_instant(state.decision.at, lang),
                  short=short_fingerprint(state.decision.fingerprint)))


def run_unpack(args: argparse.Namespace, lang: str) -> int:
    from requestdesk.packages import Conflict, PackageError, Resolution, read_package
    from requestdesk.packages.senders import judge_sender
    from requestdesk.paths import data_dir
    from requestdesk.store.requests import StoreError
    from requestdesk.store.review import package_approval, trust_of_folder

    try:
        # The whole package is checked before the register is opened: a refused package
        # leaves no trace, not even a new empty register.
        package = read_package(args.file)
        sender = judge_sender(package, trust_of_folder(data_dir()))
        if args.inspect:
            _show(say("inspected", lang, file=args.file, id=package.request_id, status=label(package.status, lang),
                      short=short_fingerprint(package.fingerprint), events=len(package.events), files=len(package.enclosures)))
            _print_sender(sender, lang)
            _print_approval(package_approval(package, data_dir(), sender.verified), lang)
            return EXIT_OK
        if not sender.verified and not args.untrusted:
            from requestdesk.packages.importer import refuse_unverified

            refuse_unverified(package, sender)
        resolution = Resolution.REPLACE if args.replace else Resolution.KEEP_BOTH if args.keep_both else None
        with open_desk(system_user(args.user), lang, create=True) as desk:
            result = desk.unpack(args.file, resolution, untrusted=args.untrusted).value
            if isinstance(result, Conflict):
                return _fail(result.message(lang) + " " + say("conflict_hint", lang), EXIT_REFUSED)
            state = desk.approval(result.request_id)
            _show(say("unpacked", lang, file=args.file, id=result.request_id, outcome=OUTCOMES[result.outcome.value],
                      status=label(result.status, lang), short=short_fingerprint(state.fingerprint)))
            _print_sender(sender, lang)
            if not sender.verified and result.outcome.value != "unchanged":
                _show(say("imported_unverified", lang, count=result.verified_events, total=len(package.events)))
            _print_approval(state, lang)
    except PackageError as exc:
        message = exc.message(lang)
        if exc.problem.startswith("sender_"):
            message += "\n" + say("untrusted_hint", lang)
        return _fail(message, EXIT_UNREADABLE if exc.unreadable else EXIT_REFUSED)
    except StoreError as exc:
        return _fail(exc.message(lang), EXIT_UNREADABLE)
    return EXIT_OK
