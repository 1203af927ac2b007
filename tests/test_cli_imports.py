"""`requestdesk check` is a quick command: a script that checks files one after another
waits for the rules only, never for Qt, the documents, the packages or the register."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from requestdesk.resources import resource_path
from tests.cli_helpers import ROOT

NOT_FOR_CHECK = ("PySide6", "shiboken6", "docx", "docxtpl", "jinja2", "lxml", "sqlite3", "zipfile",
                 "requestdesk.store", "requestdesk.packages", "requestdesk.documents", "requestdesk.ui",
                 "requestdesk.cli.packages", "snowballstemmer",
                 # Dates are written without babel, in the one language the messages are printed in.
                 "babel",
                 # What a check has no use for and costs it most: the domain's records are not
                 # dataclasses (whose import brings inspect), argparse is told the terminal's
                 # width (not by shutil), ids are made (uuid) and files written (tempfile)
                 # only by other commands.
                 "dataclasses", "inspect", "shutil", "uuid", "platform", "getpass", "tempfile", "secrets",
                 # The message catalog is read with the standard library: babel's catalog tools build it.
                 "requestdesk.translations_build")


def after(*args: str, env: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """The modules a command loaded, and the languages whose message catalog it read."""
    script = (
        "import contextlib, io, json, sys\n"
        "from requestdesk.__main__ import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({list(args)!r})\n"
        "text = sys.modules.get('requestdesk.domain.text')\n"
        "read = sorted(lang for lang, catalog in text._catalogs.items() if catalog is not None) if text else []\n"
        "print(json.dumps([code, sorted(sys.modules), read]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env=None if env is None else {**os.environ, **env})
    assert result.returncode == 0, result.stderr
    code, modules, catalogs = json.loads(result.stdout.splitlines()[-1])
    assert code in (0, 1)
    return modules, catalogs


def modules_after(*args: str) -> list[str]:
    return after(*args)[0]


def test_check_imports_neither_qt_nor_documents_packages_or_the_register(tmp_path):
    example = str(resource_path("examples", "example.request.json"))
    # An urgent oral request: its findings and the line under them name the confirmation's due instant.
    doc = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
    doc.update(urgent=True, urgency_reason={"ru": "Срочно.", "en": "Urgent."}, desired_execution_by="2026-11-01",
               transmission={"channel": "oral", "at": "2026-11-20T10:00:00+03:00"})
    urgent = tmp_path / "urgent.request.json"
    urgent.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    for args in (("check", example), ("check", example, "--json"), ("check", example, "--lang", "ru"),
                 ("check", str(urgent), "--lang", "ru", "--now", "2026-11-24T12:00:00+03:00"), ("check", str(urgent), "--json")):
        modules = modules_after(*args)
        loaded = [m for m in modules if m.split(".")[0] in NOT_FOR_CHECK or m.startswith(NOT_FOR_CHECK)]
        assert loaded == [], args
        assert "requestdesk.domain.check" in modules  # the check did run


def test_check_reads_the_message_catalog_only_when_it_says_something_in_russian():
    example = str(resource_path("examples", "example.request.json"))
    assert after("check", example, "--lang", "en")[1] == []
    assert after("check", example, "--json", "--lang", "en")[1] == []
    assert after("check", example, "--lang", "ru")[1] == ["ru"]


# `requestdesk export` of a file fills a DOCX template: python-docx, docxtpl and Jinja, and the
# rules for the check it runs first; nothing of the window, the packages, the personal keys,
# the search or the desk. The register only when there is one to read the request's review from.
NOT_FOR_EXPORT = ("PySide6", "shiboken6", "requestdesk.ui", "requestdesk.packages", "requestdesk.identity", "cryptography",
                  "requestdesk.app", "requestdesk.cli.packages", "requestdesk.cli.audit", "requestdesk.cli.identity",
                  "requestdesk.cli.find", "snowballstemmer", "babel", "requestdesk.translations_build",
                  "uuid", "platform", "getpass", "secrets", "subprocess", "socket", "ssl", "logging")
THE_REGISTER = ("sqlite3", "requestdesk.store")


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m in names or m.startswith(tuple(n + "." for n in names))]


def test_export_imports_neither_qt_nor_the_packages_keys_or_desk(tmp_path):
    example = str(resource_path("examples", "example.request.json"))
    data = {"REQUESTDESK_DATA_DIR": str(tmp_path / "data")}
    oral = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
    oral.update(urgent=True, urgency_reason={"ru": "Срочно.", "en": "Urgent."},
                transmission={"channel": "oral", "at": "2026-11-20T10:00:00+03:00"})
    urgent = tmp_path / "urgent.request.json"
    urgent.write_text(json.dumps(oral, ensure_ascii=False), encoding="utf-8")
    runs = (("export", example, "--out", str(tmp_path / "first.docx")),  # the workstation's first: compiling the template
            ("export", example, "--out", str(tmp_path / "a.docx")),
            ("export", example, "--out", str(tmp_path / "b.docx"), "--layout", "sequential", "--lang", "ru"),
            ("export", example, "--out", str(tmp_path / "c.docx"), "--document", "checklist", "--file-copy"),
            ("export", str(urgent), "--out", str(tmp_path / "d.docx"), "--document", "confirmation", "--lang", "ru"))
    for args in runs:
        modules = after(*args, env=data)[0]
        assert _loaded(modules, NOT_FOR_EXPORT) == [], args
        assert _loaded(modules, THE_REGISTER) == [], args  # there is no register here: none is opened
        assert "docxtpl" in modules and "requestdesk.domain.check" in modules  # the export did run
        assert Path(args[3]).is_file()


def test_export_beside_a_register_reads_it_but_still_imports_no_qt_packages_or_keys(tmp_path):
    from requestdesk.paths import store_path
    from requestdesk.store.requests import RequestStore

    RequestStore(store_path(tmp_path / "data")).close()
    example = str(resource_path("examples", "example.request.json"))
    modules = after("export", example, "--out", str(tmp_path / "a.docx"), env={"REQUESTDESK_DATA_DIR": str(tmp_path / "data")})[0]
    # The register's event log brings the signatures' module (requestdesk.identity) with it; not the keys' cryptography.
    assert _loaded(modules, tuple(n for n in NOT_FOR_EXPORT if n not in ("requestdesk.identity", "subprocess"))) == []
    assert "requestdesk.store.export_record" in modules  # the review, when the register holds the request
    assert (tmp_path / "a.docx").is_file()


def test_other_commands_still_know_every_command():
    result = subprocess.run([sys.executable, "-m", "requestdesk", "--help-commands-do-not-exist"], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    for command in ("check", "export", "find", "pack", "unpack"):
        assert command in result.stderr
