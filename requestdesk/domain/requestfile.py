"""Reading and writing `*.request.json` files (spec §1)."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

from requestdesk.atomic import write_atomically
from requestdesk.domain.document import FORMAT, VERSION
from requestdesk.domain.nesting import MAX_DEPTH, nests_deeper_than
from requestdesk.domain.problems import FileProblem
from requestdesk.domain.text import Message, _, _c, english_or
from requestdesk.input_files import NotAFileError, read_bounded

# A request with its texts is a few hundred kilobytes at most; a bigger file is not one.
MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIX = ".request.json"

_PROBLEMS = {
    "unreadable": _("the file cannot be read: {detail}"),
    "too_large": _("the file is too large to be a request (more than {limit} MB)"),
    "not_a_file": _("this is not a regular file (a {kind}); it is not read, so that the program cannot hang on it"),
    "empty": _("the file is empty"),
    "encoding": _("the file is not UTF-8 text (it may be a binary file)"),
    "json": _("this is not JSON: {detail}"),
    "nested": _("the file holds data nested more than {limit} levels deep: it is not a request"),
    "not_object": _("the file holds a JSON {kind}, not an object"),
    "surrogate": _("the file holds an invalid character {code} (half of a UTF-16 surrogate pair, standing alone)"),
    "format": _("this is not a RequestDesk request file (format is not \"requestdesk.request\")"),
    "version": _("format version {version} is not supported (1 is); the file may come from a newer version of the program"),
}


# What a path that is not a regular file is ("a {kind}").
_FILE_KINDS = {"pipe": _("pipe"), "device": _("device"), "socket": _("socket"), "special file": _("special file")}

# What json and the operating system say: their own words are English, ours translate them.
_JSON_MESSAGES = {
    message.msgid: message
    for message in (
        _("Expecting value"),
        _("Expecting ',' delimiter"),
        _("Expecting ':' delimiter"),
        _("Expecting property name enclosed in double quotes"),
        _("Unterminated string starting at"),
        _("Invalid control character at"),
        _("Invalid \\escape"),
        _("Invalid \\uXXXX escape"),
        _("Extra data"),
    )
}
_OS_MESSAGES = {
    errno.ENOENT: _("no such file"),
    errno.EACCES: _("no access"),
    errno.EPERM: _("no access"),
    errno.EISDIR: _("this is a folder"),
    errno.ENAMETOOLONG: _("the file name is too long"),
    errno.EIO: _("input/output error"),
    errno.ELOOP: _("too many symbolic links"),
}
# The kinds of JSON value a file may hold instead of an object: English says Python's names.
_KINDS = {
    "list": _c("JSON value", "list"),
    "str": _c("JSON value", "str"),
    "int": _c("JSON value", "int"),
    "float": _c("JSON value", "float"),
    "bool": _c("JSON value", "bool"),
    "null": _c("JSON value", "null"),
}


def _json_detail(exc: json.JSONDecodeError) -> Message:
    reason = english_or(exc.msg, _JSON_MESSAGES.get(exc.msg) or _("JSON syntax error"))
    return _("line {line}, column {column}: {reason}")(line=exc.lineno, column=exc.colno, reason=reason)


def _os_detail(exc: OSError) -> Message:
    ours = _OS_MESSAGES.get(exc.errno or 0) or (_("read error (code {code})")(code=exc.errno) if exc.errno else _("read error"))
    return english_or(exc.strerror or str(exc), ours)


class RequestFileError(FileProblem):
    """A file that is not a request; the message names the file and the problem."""

    TEXTS = _PROBLEMS

    def value(self, name: str, value: object, lang: str) -> object:
        if name == "kind" and isinstance(value, str):
            return _FILE_KINDS.get(value, value)
        return value


def parse_request_bytes(data: bytes, path: Path | str = "<request>") -> dict[str, Any]:
    """The request document in `data`, or RequestFileError saying why it is not one."""
    if len(data) > MAX_FILE_BYTES:
        raise RequestFileError(path, "too_large", limit=MAX_FILE_BYTES // (1024 * 1024))
    if not data.strip():
        raise RequestFileError(path, "empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RequestFileError(path, "encoding") from None
    if "\x00" in text:
        raise RequestFileError(path, "encoding")
    if nests_deeper_than(data):
        raise RequestFileError(path, "nested", limit=MAX_DEPTH)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RequestFileError(path, "json", detail=_json_detail(exc)) from None
    except RecursionError:
        raise RequestFileError(path, "json", detail=_("nested too deeply")) from None
    if not isinstance(doc, dict):
        kind = type(doc).__name__.replace("NoneType", "null")
        raise RequestFileError(path, "not_object", kind=_KINDS.get(kind, kind))
    bad = lone_surrogate(doc)
    if bad:
        raise RequestFileError(path, "surrogate", code=bad)
    if doc.get("format") != FORMAT:
        raise RequestFileError(path, "format")
    if doc.get("version") != VERSION or isinstance(doc.get("version"), bool):
        raise RequestFileError(path, "version", version=json.dumps(doc.get("version"))[:20])
    return doc


def lone_surrogate(value: Any) -> str:
    """Half of a UTF-16 surrogate pair standing alone in parsed JSON, written as "\\udcff"
    ("" when there is none). "\\udcff" is valid JSON, but no text can hold it: saving or
    exporting it would fail."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(exc.object[exc.start]):04x}"
    return ""


def load_request_file(path: Path | str) -> dict[str, Any]:
    path = Path(path)
    try:
        # Bounded whatever the file says of its size: it may grow while it is read.
        data = read_bounded(path, MAX_FILE_BYTES)
    except NotAFileError as exc:
        raise RequestFileError(path, "not_a_file", kind=exc.kind) from None
    except IsADirectoryError:
        raise RequestFileError(path, "unreadable", detail=_("it is a folder")) from None
    except OSError as exc:
        raise RequestFileError(path, "unreadable", detail=_os_detail(exc)) from None
    return parse_request_bytes(data, path)


def dump_request(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_request_file(doc: dict[str, Any], path: Path | str) -> None:
    """Writes the whole document (unknown keys included), atomically."""
    write_atomically(Path(path), dump_request(doc))
