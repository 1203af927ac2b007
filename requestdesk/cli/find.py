"""`requestdesk find QUERY [--json] [--limit N]` (spec §3): the register searched as the
window's search box searches it (store.search: both languages, word forms, identifiers)."""

from __future__ import annotations

import argparse
import json
import sys

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
            keys = store.keys(args.query)  # newest first, as the register lists them
            if args.limit is not None:
                keys = keys[: args.limit]
            rows = store.rows_by_key(keys)
        finally:
            store.close()
    except StoreError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_UNREADABLE
    found = [rows[k] for k in keys if k in rows]
    if args.json:
        listed = [{"id": r.id, "number": r.number, "date": r.date, "status": r.status} for r in found]
        json.dump(listed, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in found:
            print("\t".join((r.id, r.number or "-", r.date or "-", label(r.status, lang))))
    return EXIT_OK
