"""`requestdesk check`, `export` and `find` (spec §3); `pack` and `unpack` are in cli.packages.

`check` is a quick command: it imports the rules and nothing of the register, the
packages or the documents (tests/test_cli_imports.py holds it to that).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from requestdesk.cli.messages import default_language, say
from requestdesk.cli.register import NotFound, find_request, looks_like_file, migration_progress, open_desk, system_user
from requestdesk.domain.check import CheckResult, check_document
from requestdesk.domain.deadlines import Counting
from requestdesk.domain.display import visible
from requestdesk.domain.findings import Finding
from requestdesk.domain.formatting import format_instant
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.requestfile import RequestFileError, load_request_file
from requestdesk.domain.timeutil import FixedClock, is_aware, parse_instant

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


# The commands whose parsing needs nothing of the packages' code.
_LIGHT_COMMANDS = ("check", "export", "find")


def _terminal_columns() -> int:
    """What shutil.get_terminal_size gives for the columns, without importing shutil."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _HelpFormatter(argparse.HelpFormatter):
    # argparse's own asks shutil for the terminal's width, and argparse makes a formatter
    # for every option it is told of: shutil (with bz2, lzma, fnmatch) was a twentieth of
    # what `requestdesk check` took, for a help text hardly ever printed.
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose subcommands' parsers are of this class too (add_subparsers)."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def _parser(*, with_packages: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(prog="requestdesk", description="Requests for assistance under Art. 6 of the 2018 CIS Agreement.")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="check one request file")
    check.add_argument("file", type=Path)
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.add_argument("--lang", choices=SUPPORTED, help="language of the messages")
    check.add_argument("--now", help="the current instant, ISO 8601 with offset (for overdue checks)")
    check.add_argument(
        "--counting",
        choices=[c.value for c in Counting],
        default=Counting.ELAPSED_72H.value,
        help="how the confirmation period of the request's treaty profile is counted (default: its hours of elapsed time)",
    )

    export = commands.add_parser("export", help="write a DOCX document for a request")
    export.add_argument("file", help="a request file, or the id of a request in the local register")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--document", choices=("request", "confirmation", "checklist"), default="request")
    export.add_argument("--layout", choices=("parallel", "sequential"), default="parallel")
    export.add_argument("--draft", action="store_true", help='mark every page "ПРОЕКТ / DRAFT" and allow errors')
    export.add_argument("--file-copy", action="store_true", help="the copy kept in the file, with the approval visa")
    export.add_argument("--lang", choices=SUPPORTED, help="language of the messages")
    export.add_argument("--counting", choices=[c.value for c in Counting], default=Counting.ELAPSED_72H.value)

    find = commands.add_parser("find", help="search the register as the window's search box does")
    find.add_argument("query", help="words of either language (their forms are found too), numbers, IP addresses, e-mails")
    find.add_argument("--json", action="store_true", help="print a JSON list of {id, number, date, status}")
    find.add_argument("--limit", type=_positive, help="at most this many requests (newest first)")
    find.add_argument("--lang", choices=SUPPORTED, help="language of the messages")

    if with_packages:
        from requestdesk.cli import audit, identity, packages

        packages.add_commands(commands)
        audit.add_commands(commands)
        identity.add_commands(commands)
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value}: not a positive number")
    return number


def _clock(value: str | None, lang: str) -> FixedClock | None:
    if value is None:
        return None
    try:
        moment = parse_instant(value)
    except ValueError:
        moment = None
    if moment is None or not is_aware(moment):
        raise SystemExit(_fail(say("bad_now", lang, value=value)))
    return FixedClock(moment)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_UNREADABLE


def _print_findings(findings: list[Finding] | tuple[Finding, ...], lang: str, stream) -> None:  # type: ignore[no-untyped-def]
    for f in findings:
        print(visible(f"  {say(f.severity.value, lang):8} {f.code:16} {f.field or '-'}: {f.message(lang)}"), file=stream)


def _load_and_check(args: argparse.Namespace, lang: str) -> tuple[dict, CheckResult]:  # type: ignore[type-arg]
    doc = load_request_file(Path(args.file))
    clock = _clock(getattr(args, "now", None), lang)
    return doc, check_document(doc, clock=clock, counting=Counting(args.counting))


def run_check(args: argparse.Namespace, lang: str) -> int:
    _, result = _load_and_check(args, lang)
    if args.json:
        json.dump(result.to_json(lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        key = "ok" if result.ok else "failed"
        print(say(key, lang, file=args.file, errors=len(result.errors), warnings=len(result.warnings)))
        _print_findings(result.findings, lang, sys.stdout)
        if result.confirmation_due:
            print(say("due", lang, due=format_instant(result.confirmation_due, lang)))
    return EXIT_OK if result.ok else EXIT_ERRORS


@contextlib.contextmanager
def _collector_off() -> Iterator[None]:
    """For importing what a command needs of the documents or the register.

    python-docx, docxtpl and Jinja make objects by the ten thousand as they are imported and
    hardly a garbage cycle: the collector ran some seventy times over them (7 ms, measured).
    It is off while they load, as it is while the command line's own code loads (__main__).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _register_record(doc: dict, lang: str):  # type: ignore[no-untyped-def,type-arg]
    """The review of the request from the local register, if it holds the request (never
    creating a register): None otherwise, and the footer shows the fingerprint alone."""
    from requestdesk.paths import data_dir, store_path

    path = store_path(data_dir())
    if not path.exists():
        return None
    with _collector_off():
        from requestdesk.store.export_record import export_record
        from requestdesk.store.requests import RequestStore, StoreError

    try:
        store = RequestStore(path, progress=migration_progress(lang))
    except StoreError:
        return None
    try:
        return export_record(store, doc)
    finally:
        store.close()


def run_export(args: argparse.Namespace, lang: str) -> int:
    with _collector_off():
        from requestdesk.documents.export import ExportError, blocking_findings, export_document

    if args.out.suffix.lower() != ".docx":
        return _fail(say("bad_out", lang, out=args.out))
    if not looks_like_file(args.file):
        return _export_from_register(args, lang)
    doc, result = _load_and_check(args, lang)
    blocking = blocking_findings(result, args.document)
    if blocking and not args.draft:
        print(say("refused", lang, file=args.file), file=sys.stderr)
        _print_findings(blocking, lang, sys.stderr)
        return EXIT_ERRORS
    try:
        export_document(doc, result, args.out, document=args.document, layout=args.layout, draft=args.draft,
                        review=_register_record(doc, lang), file_copy=args.file_copy)
    except ExportError as exc:
        return _fail(exc.message(lang))
    print(say("written", lang, out=args.out))
    return EXIT_OK


def _export_from_register(args: argparse.Namespace, lang: str) -> int:
    """A request of the register by its id: exported through the desk, which logs it."""
    from requestdesk.app import ExportBlocked
    from requestdesk.documents.export import ExportError
    from requestdesk.store.requests import StoreError

    try:
        with open_desk(system_user(), lang) as desk:
            request_id = find_request(desk, args.file, lang)
            desk.store.counting = Counting(args.counting)
            desk.export(request_id, args.out, document=args.document, layout=args.layout, draft=args.draft,
                        file_copy=args.file_copy)
    except NotFound as exc:
        return _fail(exc.text)
    except ExportBlocked as exc:
        print(say("refused", lang, file=args.file), file=sys.stderr)
        _print_findings(exc.findings, lang, sys.stderr)
        return EXIT_ERRORS
    except (ExportError, StoreError) as exc:
        return _fail(exc.message(lang))
    print(say("written", lang, out=args.out))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Every command is parsed by a parser that knows them all, except the light ones,
    # which need not import the packages' code to be told apart.
    args = _parser(with_packages=not (argv and argv[0] in _LIGHT_COMMANDS)).parse_args(argv)
    lang = args.lang or default_language()
    try:
        if args.command == "check":
            return run_check(args, lang)
        if args.command == "find":
            from requestdesk.cli.find import run_find

            return run_find(args, lang)
        if args.command in ("pack", "unpack"):
            from requestdesk.cli import packages

            return packages.run_pack(args, lang) if args.command == "pack" else packages.run_unpack(args, lang)
        if args.command in ("log", "verify"):
            from requestdesk.cli import audit

            return audit.run_log(args, lang) if args.command == "log" else audit.run_verify(args, lang)
        if args.command in ("key", "trust"):
            from requestdesk.cli import identity

            return identity.run(args, lang)
        return run_export(args, lang)
    except RequestFileError as exc:
        return _fail(exc.message(lang))
    except SystemExit as exc:
        return int(exc.code or 0)
