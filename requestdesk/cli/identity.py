"""`requestdesk key …` and `requestdesk trust …`: personal keys and the workstation's list
of trusted keys from the command line (the window has the same in its identity menu)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from requestdesk.atomic import WriteError
from requestdesk.domain.display import visible
from requestdesk.domain.formatting import format_day, format_instant
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.text import _
from requestdesk.domain.timeutil import iso_instant, parse_date
from requestdesk.identity import (
    Holder,
    IdentityError,
    KeyFileError,
    Keyring,
    PublicKey,
    Role,
    TrustEntry,
    TrustStore,
    UnlockedKey,
    parse_fingerprint,
    read_public_key,
    role_label,
    write_public_key,
)
from requestdesk.identity.keys import (
    PUBLIC_SUFFIX,
    PersonalKey,
    check_new_passphrase,
    read_personal_key,
)

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2
PASSPHRASE_FILE_LIMIT = 4096

_TEXTS = {
    "created": _("Key made: {holder}, {role}; file {path}"),
    "fingerprint": _("Fingerprint: {fingerprint}"),
    "first_admin": _("This key is the first administrator of this workstation's list of trusted keys. Check its fingerprint against your authority's record."),
    "not_trusted_yet": _("The key is not trusted yet: give the administrator its public key file (requestdesk key export) and compare the fingerprint with them."),
    "exported": _("Public key written: {out} ({holder}, {role})"),
    "key_line": _("{fingerprint}  {holder}  {role}  {authority}"),
    "no_keys_here": _("This workstation holds no personal keys ({folder})."),
    "damaged_key": _("Not used: {message}"),
    "added": _("Trusted now: {holder} ({role}), fingerprint {fingerprint}"),
    "established": _("The list of trusted keys is started: its first administrator is {holder}, fingerprint {fingerprint}"),
    "revoked": _("The key of {holder} ({fingerprint}) is revoked from {date}: {reason}"),
    "list_empty": _("There is no list of trusted keys yet: no key is trusted."),
    "list_header": _("Trusted keys ({count}); first administrator: {holder} ({fingerprint})"),
    "entry": _("{fingerprint}  {holder}  {role}  {authority}  added {added}"),
    "entry_revoked": _("    REVOKED from {date}: {reason}"),
    "passphrase": _("Passphrase of the key of {holder}: "),
    "new_passphrase": _("New passphrase for the key (at least 10 characters): "),
    "repeat_passphrase": _("Repeat the passphrase: "),
    "passphrase_file": _("{file}: the passphrase file cannot be read ({detail})"),
    "bad_out": _("{out}: the public key file must end in {suffix}"),
}


def _say(key: str, lang: str, **params: object) -> str:
    return _TEXTS[key].render(lang, **params)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    def common(parser: argparse.ArgumentParser, *, passphrase: bool = False) -> None:
        parser.add_argument("--lang", choices=SUPPORTED, help="language of the messages")
        if passphrase:
            parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from the first line of this file (scripts)")

    key = commands.add_parser("key", help="your personal signing key: make it, export its public half, show fingerprints")
    key_commands = key.add_subparsers(dest="key_command", required=True)
    create = key_commands.add_parser("create", help="make a personal key, kept under a passphrase in the data folder")
    create.add_argument("--name", required=True, help="the holder as he or she signs: И. О. Фамилия")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument("--authority", default="", help="the holder's authority")
    common(create, passphrase=True)
    export = key_commands.add_parser("export", help="write the public key to a file for the administrator")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--key", help="the fingerprint of the key (when the workstation holds several)")
    common(export)
    show = key_commands.add_parser("fingerprint", help="the fingerprint of a public key file, or of every key kept here")
    show.add_argument("file", nargs="?", type=Path)
    common(show)

    trust = commands.add_parser("trust", help="the keys this workstation trusts (an administrator manages them)")
    trust_commands = trust.add_subparsers(dest="trust_command", required=True)
    add = trust_commands.add_parser("add", help="trust a public key file for its role")
    add.add_argument("file", type=Path)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--as-admin", nargs="?", const="", default="", metavar="FINGERPRINT",
                     help="the administrator key that signs the change (default: the one kept here)")
    common(add, passphrase=True)
    listing = trust_commands.add_parser("list", help="the trusted keys, with who added and revoked them")
    listing.add_argument("--json", action="store_true")
    common(listing)
    revoke = trust_commands.add_parser("revoke", help="revoke a trusted key from a date")
    revoke.add_argument("fingerprint")
    revoke.add_argument("--date", required=True, help="YYYY-MM-DD: signatures from this day on are not trusted")
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--as-admin", nargs="?", const="", default="", metavar="FINGERPRINT")
    common(revoke, passphrase=True)


def handles(command: str) -> bool:
    return command in ("key", "trust")


def run(args: argparse.Namespace, lang: str) -> int:
    from requestdesk.paths import data_dir

    folder = data_dir()
    try:
        if args.command == "key":
            return {"create": _create, "export": _export, "fingerprint": _fingerprint}[args.key_command](args, lang, folder)
        return {"add": _trust_add, "list": _trust_list, "revoke": _trust_revoke}[args.trust_command](args, lang, folder)
    except IdentityError as exc:
        print(visible(exc.message(lang)), file=sys.stderr)
        return EXIT_REFUSED
    except KeyFileError as exc:
        print(visible(exc.message(lang)), file=sys.stderr)
        return EXIT_UNREADABLE if exc.unreadable else EXIT_REFUSED
    except WriteError as exc:
        print(visible(exc.message(lang)), file=sys.stderr)
        return EXIT_UNREADABLE
    except _Unreadable as exc:
        print(exc.text, file=sys.stderr)
        return EXIT_UNREADABLE


class _Unreadable(Exception):
    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


# -- for the other commands that sign (pack) ---------------------------------------------------------
def add_signing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--key", help="the fingerprint of the personal key that signs (when the workstation holds several)")
    parser.add_argument("--passphrase-file", type=Path, help="read the key's passphrase from the first line of this file (scripts)")


def signing_key(args: argparse.Namespace, lang: str, folder: Path) -> UnlockedKey:
    """The personal key named by --key (or the only one kept here), unlocked with its
    passphrase (--passphrase-file, else asked): the same path as `key` and `trust`.
    Raises what `key_failure` turns into a message and an exit code."""
    return _unlock(Keyring.of(folder).only(getattr(args, "key", None) or None), args, lang)


KEY_FAILURES = (IdentityError, KeyFileError, _Unreadable)


def key_failure(exc: Exception, lang: str) -> tuple[str, int]:
    """The message and exit code of a key that could not be opened for signing."""
    if isinstance(exc, _Unreadable):
        return exc.text, EXIT_UNREADABLE
    if isinstance(exc, KeyFileError):
        return visible(exc.message(lang)), EXIT_UNREADABLE if exc.unreadable else EXIT_REFUSED
    assert isinstance(exc, IdentityError)
    return visible(exc.message(lang)), EXIT_REFUSED


# -- passphrases ----------------------------------------------------------------------------------
def _from_file(path: Path, lang: str) -> str:
    try:
        with path.open("rb") as fh:
            raw = fh.read(PASSPHRASE_FILE_LIMIT)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise _Unreadable(_say("passphrase_file", lang, file=path, detail=detail)) from None
    return text.splitlines()[0] if text else ""


def _passphrase(args: argparse.Namespace, lang: str, holder: str) -> str:
    if args.passphrase_file:
        return _from_file(args.passphrase_file, lang)
    return getpass.getpass(_say("passphrase", lang, holder=visible(holder)))


def _new_passphrase(args: argparse.Namespace, lang: str) -> str:
    if args.passphrase_file:
        passphrase = _from_file(args.passphrase_file, lang)
        check_new_passphrase(passphrase)
        return passphrase
    passphrase = getpass.getpass(_say("new_passphrase", lang))
    check_new_passphrase(passphrase, getpass.getpass(_say("repeat_passphrase", lang)))
    return passphrase


def _unlock(key: PersonalKey, args: argparse.Namespace, lang: str) -> UnlockedKey:
    return key.unlock(_passphrase(args, lang, key.holder.name), minutes=1)


def _shown(key_or_public: PersonalKey | PublicKey, lang: str) -> dict[str, str]:
    holder = key_or_public.holder
    return {"holder": visible(holder.name), "role": role_label(holder.role, lang),
            "authority": visible(holder.authority) or "-", "fingerprint": key_or_public.fingerprint}


# -- key ------------------------------------------------------------------------------------------
def _create(args: argparse.Namespace, lang: str, folder: Path) -> int:
    holder = Holder.checked(args.name, args.role, args.authority)
    passphrase = _new_passphrase(args, lang)
    key = Keyring.of(folder).create(holder, passphrase)
    print(_say("created", lang, **_shown(key, lang), path=key.path))
    print(_say("fingerprint", lang, fingerprint=key.fingerprint))
    trust = TrustStore(folder)
    if holder.role is Role.ADMINISTRATOR and not trust.load().established:
        trust.establish(key.unlock(passphrase, minutes=1))
        print(_say("first_admin", lang))
    elif trust.load().entry_for_key(key.public.key) is None:
        print(_say("not_trusted_yet", lang))
    return EXIT_OK


def _export(args: argparse.Namespace, lang: str, folder: Path) -> int:
    if not args.out.name.endswith(PUBLIC_SUFFIX):
        raise _Unreadable(_say("bad_out", lang, out=args.out, suffix=PUBLIC_SUFFIX))
    key = Keyring.of(folder).only(args.key)
    write_public_key(args.out, key.public.checked(key.path))
    print(_say("exported", lang, out=args.out, **_shown(key, lang)))
    print(_say("fingerprint", lang, fingerprint=key.fingerprint))
    return EXIT_OK


def _read_any_key(path: Path) -> PublicKey:
    """A public key file, or a personal key file (whose public half is shown)."""
    try:
        return read_public_key(path)
    except KeyFileError as exc:
        if exc.problem != "not_public_key":
            raise
    personal = read_personal_key(path)
    return personal.public.checked(path)


def _fingerprint(args: argparse.Namespace, lang: str, folder: Path) -> int:
    if args.file is not None:
        print(_say("key_line", lang, **_shown(_read_any_key(args.file), lang)))
        return EXIT_OK
    keyring = Keyring.of(folder)
    keys, problems = keyring.scan()
    if not keys and not problems:
        print(_say("no_keys_here", lang, folder=keyring.folder))
    for key in keys:
        print(_say("key_line", lang, **_shown(key, lang)))
    for problem in problems:
        print(_say("damaged_key", lang, message=visible(problem.message(lang))), file=sys.stderr)
    return EXIT_OK


# -- trust ----------------------------------------------------------------------------------------
def _administrator(args: argparse.Namespace, folder: Path) -> PersonalKey:
    return Keyring.of(folder).only(args.as_admin or None, role=Role.ADMINISTRATOR)


def _trust_add(args: argparse.Namespace, lang: str, folder: Path) -> int:
    public = read_public_key(args.file)
    trust = TrustStore(folder)
    role = Role(args.role)
    # A list edited by hand is said before a passphrase is asked for.
    established = trust.load().established
    if not established and role is Role.ADMINISTRATOR:
        # Starting over on this workstation (its list was lost): the administrator whose
        # personal key is kept here, proving it with the passphrase.
        own = next((k for k in Keyring.of(folder).keys() if k.public.key == public.key), None)
        if own is not None:
            listed = trust.establish(_unlock(own, args, lang))
            first = listed.first_administrator
            assert first is not None  # establish() puts this administrator first
            print(_say("established", lang, holder=visible(first.holder), fingerprint=first.fingerprint))
            return EXIT_OK
    if not established:
        raise IdentityError("no_trust_list")
    administrator = _administrator(args, folder)
    trust.add(public, role, _unlock(administrator, args, lang))
    print(_say("added", lang, **_shown(public, lang)))
    return EXIT_OK


def _trust_revoke(args: argparse.Namespace, lang: str, folder: Path) -> int:
    try:
        day = parse_date(args.date)
    except ValueError:
        raise IdentityError("bad_date", value=visible(args.date)) from None
    trust = TrustStore(folder)
    listed = trust.load()
    if not listed.established:
        raise IdentityError("no_trust_list")
    if listed.holder_of(args.fingerprint) is None:
        raise IdentityError("not_in_list", fingerprint=parse_fingerprint(args.fingerprint))
    administrator = _administrator(args, folder)
    updated = trust.revoke(args.fingerprint, day, args.reason, _unlock(administrator, args, lang))
    entry = updated.holder_of(args.fingerprint)
    assert entry is not None and entry.revoked is not None  # revoke() keeps the entry and marks it
    print(_say("revoked", lang, holder=visible(entry.holder), fingerprint=entry.fingerprint,
               date=format_day(day, lang), reason=visible(entry.revoked.reason)))
    return EXIT_OK


def _entry_json(entry: TrustEntry) -> dict[str, Any]:
    revoked = entry.revoked
    return {
        "fingerprint": entry.fingerprint, "holder": entry.holder, "role": entry.role.value, "authority": entry.authority,
        "public_key": entry.public.to_json()["public_key"], "created": iso_instant(entry.public.created),
        "added": {"at": iso_instant(entry.added_at), "by": entry.added_by},
        "revoked": None if revoked is None else {"date": revoked.day.isoformat(), "from": iso_instant(revoked.effective),
                                                 "at": iso_instant(revoked.at), "by": revoked.by, "reason": revoked.reason},
    }


def _trust_list(args: argparse.Namespace, lang: str, folder: Path) -> int:
    listed = TrustStore(folder).load()
    first = listed.first_administrator
    if args.json:
        json.dump({"established": listed.established, "first_administrator": first.fingerprint if first else None,
                   "head": {"changes": listed.head[0], "hash": listed.head[1]},
                   "keys": [_entry_json(e) for e in listed.entries]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if first is None:
        print(_say("list_empty", lang))
        return EXIT_OK
    print(_say("list_header", lang, count=len(listed.entries), holder=visible(first.holder), fingerprint=first.fingerprint))
    for entry in listed.entries:
        print(_say("entry", lang, fingerprint=entry.fingerprint, holder=visible(entry.holder), role=role_label(entry.role, lang),
                   authority=visible(entry.authority) or "-", added=format_instant(entry.added_at.astimezone(), lang)))
        if entry.revoked is not None:
            print(_say("entry_revoked", lang, date=format_day(entry.revoked.day, lang), reason=visible(entry.revoked.reason)))
    return EXIT_OK
