"""`requestdesk find QUERY [--json] [--limit N]` (spec §3): the register searched as the
window's search box searches it (store.search: both languages, word forms, identifiers)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable

from requestdesk.cli.messages import say
from requestdesk.cli.register import migration_progress
from requestdesk.domain.lifecycle import label
from requestdesk.paths import data_dir, store_path
from requestdesk.store.requests import RequestStore, StoreError

EXIT_OK, EXIT_UNREADABLE = 0, 2


def run_find(args: argparse.Namespace, lang: str) -> int:
    folder = data_dir()
    path = store_path(folder)
    if not path.exists():  # never creates an empty register
        print(say("no_register", lang, folder=folder), file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        store = RequestStore(path, progress=migration_progress(lang))
        try:
            # Newest first, as the register lists them; the archive left out, as the
            # window's list leaves it (spec §3 gives find no flag for it).
            keys = store.keys(args.query)
            if args.limit is not None:
                keys = keys[: args.limit]
            found = store.listing(keys)
        finally:
            store.close()
    except StoreError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        sys.stdout.write(json_list(dict(zip(_FIELDS, row)) for row in found))
    else:
        labels = {status: label(status, lang) for status in {row[3] for row in found}}
        # One write: ten thousand prints were ten thousand writes on an unbuffered stream.
        sys.stdout.write("".join(f"{rid}\t{number or '-'}\t{day or '-'}\t{labels[status]}\n" for rid, number, day, status in found))
    return EXIT_OK


_FIELDS = ("id", "number", "date", "status")
_VALUE = json.JSONEncoder(ensure_ascii=False).encode


def json_list(items: Iterable[dict[str, object]]) -> str:
    """`json.dumps(list(items), ensure_ascii=False, indent=2)` and a new line, for a list of
    flat objects, written by the C encoder value by value: json's indenting encoder is pure
    Python, and took a third of printing ten thousand requests."""
    objects = [",\n".join(f"    {_VALUE(key)}: {_VALUE(value)}" for key, value in item.items()).join(("  {\n", "\n  }"))
               if item else "  {}" for item in items]
    return ",\n".join(objects).join(("[\n", "\n]\n")) if objects else "[]\n"
