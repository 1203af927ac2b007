"""`requestdesk log` and `requestdesk verify` (spec §3): the account a register gives of
its requests, and whether the register agrees with it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from requestdesk.cli.register import NotFound, find_request, open_desk, system_user
from requestdesk.domain.display import visible
from requestdesk.domain.formatting import format_instant
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.text import _, _c
from requestdesk.domain.timeutil import iso_instant
from requestdesk.store.requests import StoreError

if TYPE_CHECKING:
    from requestdesk.app import LoggedEvent, LogReport, Problem

EXIT_OK, EXIT_NOT_VERIFIED, EXIT_UNREADABLE = 0, 1, 2

_WORDS = {
    "yes": _c("log column", "yes"),
    "no": _c("log column", "NO"),
    "header": _("Log of request {id}: {count} event(s)"),
    "columns": _("#  time  user  event  note  link  intact  signature"),
    "unsigned_word": _c("log column", "none"),
    "workstation": _("workstation"),
    "unknown key": _("unknown key"),
    "deleted": _("The request was deleted from the register; its log is kept."),
    "log_ok": _("The log verifies."),
    "log_bad": _("The log does NOT verify:"),
    "verify_ok": _("The register verifies: {count} request(s) checked."),
    "verify_bad": _("The register does NOT verify ({count}):"),
    "note": _("Note"),
    "signatures": _("The chain and the signatures of the events, the count of each log and its agreement with the register were checked. The workstation's signature proves only that an event was written on this workstation; a personal key's signature proves who made it."),
}


def _word(key: str, lang: str, **params: object) -> str:
    return _WORDS[key].render(lang, **params)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    log = commands.add_parser("log", help="show a request's event log and whether it verifies")
    log.add_argument("id", help="the request's id in the local register (or a unique beginning of it)")
    log.add_argument("--json", action="store_true", help="print the log as JSON")
    log.add_argument("--lang", choices=SUPPORTED, help="language of the messages")

    verify = commands.add_parser("verify", help="check the whole register: integrity, every log, every approval")
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    verify.add_argument("--lang", choices=SUPPORTED, help="language of the messages")


def _note(event_data: dict[str, Any], kind: str = "", lang: str = "en") -> str:
    if kind == "imported" and isinstance(event_data.get("sender"), dict):
        from requestdesk.domain.review import sender_details

        return sender_details(event_data["sender"], lang)  # who sent the package, as judged when it came
    for key in ("note", "comment", "summary", "grounds", "text"):
        value = event_data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _event_json(logged: LoggedEvent) -> dict[str, Any]:
    e = logged.event
    found = {"seq": e.seq, "at": iso_instant(e.at), "user": e.user, "kind": e.kind, "note": _note(e.data),
             "linked": logged.linked, "intact": logged.intact, "signature": logged.signed, "signer": logged.signer}
    if e.kind == "imported" and isinstance(e.data.get("sender"), dict):
        found["sender"] = e.data["sender"]  # {verified, why, holder, role, authority, fingerprint}
    return found


def _problem_json(problem: Problem, lang: str) -> dict[str, Any]:
    return {"request_id": problem.request_id, "what": problem.what, "failure": problem.failure,
            "message": problem.message(lang)}


def _print_log(report: LogReport, lang: str) -> None:
    print(_word("header", lang, id=report.request_id, count=len(report.events)))
    if not report.in_register:
        print(_word("deleted", lang))
    print(_word("columns", lang))
    for logged in report.events:
        e = logged.event
        signer = _WORDS[logged.signer].render(lang) if logged.signer in _WORDS else visible(logged.signer)
        signature = (_word("unsigned_word", lang) if logged.signed is None
                     else f"{_word('yes' if logged.signed else 'no', lang)} ({signer})")
        marks = [_word("yes" if logged.linked else "no", lang), _word("yes" if logged.intact else "no", lang), signature]
        print("  ".join([str(e.seq), format_instant(e.at, lang), visible(e.user), e.kind, visible(_note(e.data, e.kind, lang)) or "-", *marks]))
    _print_problems(report.problems, lang, "log_ok", "log_bad", count=len(report.events))


def _print_problems(problems: list[Problem], lang: str, ok: str, bad: str, **params: object) -> None:
    failures = [p for p in problems if p.failure]
    if failures:
        print(_word(bad, lang, count=len(failures)))
    else:
        print(_word(ok, lang, **params))
    for problem in problems:
        prefix = "  " if problem.failure else f"  {_word('note', lang)}: "
        where = f"{problem.request_id}: " if problem.request_id else ""
        print(prefix + where + visible(problem.message(lang)))
    print(_word("signatures", lang))


def run_log(args: argparse.Namespace, lang: str) -> int:
    try:
        with open_desk(system_user(), lang) as desk:
            report = desk.request_log(find_request(desk, args.id, lang, logged=True))
    except NotFound as exc:
        print(exc.text, file=sys.stderr)
        return EXIT_UNREADABLE
    except StoreError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    assert report is not None  # find_request found it among the logged ids
    if args.json:
        json.dump({"id": report.request_id, "in_register": report.in_register, "verified": report.verified,
                   "events": [_event_json(e) for e in report.events],
                   "problems": [_problem_json(p, lang) for p in report.problems]},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_log(report, lang)
    return EXIT_OK if report.verified else EXIT_NOT_VERIFIED


def run_verify(args: argparse.Namespace, lang: str) -> int:
    try:
        with open_desk(system_user(), lang) as desk:
            problems = desk.verify()
            count = len(desk.store.logged_ids())
    except NotFound as exc:
        print(exc.text, file=sys.stderr)
        return EXIT_UNREADABLE
    except StoreError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    ok = not any(p.failure for p in problems)
    if args.json:
        json.dump({"ok": ok, "requests": count, "problems": [_problem_json(p, lang) for p in problems]},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_problems(problems, lang, "verify_ok", "verify_bad", count=count)
    return EXIT_OK if ok else EXIT_NOT_VERIFIED
