"""Reading and writing `*.request.json` files (spec §1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from requestdesk.atomic import write_atomically
from requestdesk.domain.document import FORMAT, VERSION
from requestdesk.domain.nesting import MAX_DEPTH, nests_deeper_than
from requestdesk.domain.problems import FileProblem
from requestdesk.input_files import NotAFileError, read_bounded

# A request with its texts is a few hundred kilobytes at most; a bigger file is not one.
MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIX = ".request.json"

_PROBLEMS = {
    "unreadable": {"ru": "файл не удается прочитать: {detail}", "en": "the file cannot be read: {detail}"},
    "too_large": {
        "ru": "файл слишком большой для запроса (больше {limit} МБ)",
        "en": "the file is too large to be a request (more than {limit} MB)",
    },
    "not_a_file": {
        "ru": "это не обычный файл ({kind}); он не читается, чтобы программа не зависла",
        "en": "this is not a regular file (a {kind}); it is not read, so that the program cannot hang on it",
    },
    "empty": {"ru": "файл пуст", "en": "the file is empty"},
    "encoding": {"ru": "файл не в кодировке UTF-8 (возможно, это не текстовый файл)", "en": "the file is not UTF-8 text (it may be a binary file)"},
    "json": {"ru": "это не JSON: {detail}", "en": "this is not JSON: {detail}"},
    "nested": {
        "ru": "данные в файле вложены глубже {limit} уровней: это не запрос",
        "en": "the file holds data nested more than {limit} levels deep: it is not a request",
    },
    "not_object": {"ru": "в файле не объект JSON, а {kind}", "en": "the file holds a JSON {kind}, not an object"},
    "surrogate": {
        "ru": "в файле недопустимый символ {code} (половина суррогатной пары UTF-16 без второй половины)",
        "en": "the file holds an invalid character {code} (half of a UTF-16 surrogate pair, standing alone)",
    },
    "format": {"ru": "это не файл запроса RequestDesk (format ≠ \"requestdesk.request\")", "en": "this is not a RequestDesk request file (format is not \"requestdesk.request\")"},
    "version": {
        "ru": "версия формата {version} не поддерживается (поддерживается 1); возможно, файл создан более новой версией программы",
        "en": "format version {version} is not supported (1 is); the file may come from a newer version of the program",
    },
}


_KINDS = {"pipe": "канал (FIFO)", "device": "устройство", "socket": "сокет", "special file": "особый файл"}


class RequestFileError(FileProblem):
    """A file that is not a request; the message names the file and the problem."""

    TEXTS = _PROBLEMS

    def value(self, name: str, value: Any, lang: str) -> str:
        return _KINDS.get(value, str(value)) if name == "kind" and lang == "ru" else str(value)


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
        raise RequestFileError(path, "json", detail=f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise RequestFileError(path, "json", detail="nested too deeply") from None
    if not isinstance(doc, dict):
        raise RequestFileError(path, "not_object", kind=type(doc).__name__.replace("NoneType", "null"))
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
        raise RequestFileError(path, "unreadable", detail="it is a folder") from None
    except OSError as exc:
        raise RequestFileError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    return parse_request_bytes(data, path)


def dump_request(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_request_file(doc: dict[str, Any], path: Path | str) -> None:
    """Writes the whole document (unknown keys included), atomically."""
    write_atomically(Path(path), dump_request(doc))
