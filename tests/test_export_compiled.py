"""A template is parsed once: not once to list its fields and again to fill it, and not again
by a later process while its text is unchanged (the compiled code is kept in the data folder)."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from jinja2 import Environment

from export_helpers import export
from requestdesk.documents import compiled
from requestdesk.documents.environment import environment
from requestdesk.paths import DATA_DIR_VARIABLE


@pytest.fixture
def parses(monkeypatch, tmp_path):
    """How many template texts Jinja parsed, in a fresh process's state with an empty data folder."""
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    environment.cache_clear()
    counted = []
    original = Environment.parse

    def counting(self, source, *args, **kwargs):
        counted.append(source)
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(Environment, "parse", counting)
    yield counted
    environment.cache_clear()


def _parts(path) -> int:
    from docx import Document

    section = Document(str(path)).sections[0]
    headers = sum(1 for part in (section.header, section.first_page_header, section.footer, section.first_page_footer)
                  if not part.is_linked_to_previous)
    return 1 + headers


def test_each_part_of_a_template_is_parsed_once_then_never_again(complete_request, tmp_path, parses):
    export(complete_request, tmp_path / "a.docx")
    first = len(parses)
    assert first == len(set(parses)), "a template text was parsed twice"
    assert 1 <= first <= _parts(tmp_path / "a.docx")
    export(complete_request, tmp_path / "b.docx")
    assert len(parses) == first  # the same process: compiled already
    environment.cache_clear()  # a later process
    export(complete_request, tmp_path / "c.docx")
    assert len(parses) == first  # read from the data folder, not parsed
    # The same document: every part alike (the zip's own timestamps may tick between the two).
    assert _members(tmp_path / "b.docx") == _members(tmp_path / "c.docx")


def test_an_edited_template_is_compiled_afresh(complete_request, tmp_path, parses, monkeypatch):
    from docx import Document
    from requestdesk.documents import templates

    edited = tmp_path / "request-parallel.docx"
    shutil.copy(templates.template_path("request-parallel.docx"), edited)
    export(complete_request, tmp_path / "a.docx")
    before = len(parses)
    document = Document(str(edited))
    document.paragraphs[-1].add_run("Изменено администратором")
    document.save(str(edited))
    monkeypatch.setattr(templates, "template_path", lambda name: edited if name == "request-parallel.docx" else
                        templates.resource_path("templates", name))
    monkeypatch.setattr("requestdesk.documents.export.template_path", templates.template_path)
    exported = export(complete_request, tmp_path / "b.docx")
    assert len(parses) > before
    assert any("Изменено администратором" in p.text for p in exported.paragraphs)


def test_a_damaged_or_unwritable_cache_only_costs_time(complete_request, tmp_path, parses, monkeypatch):
    export(complete_request, tmp_path / "a.docx")
    for kept in compiled.cache_folder().iterdir():
        kept.write_bytes(b"\x00damaged")
    environment.cache_clear()
    export(complete_request, tmp_path / "b.docx")
    assert _members(tmp_path / "a.docx") == _members(tmp_path / "b.docx")
    # A data folder that cannot be written: still exported.
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(blocked))
    environment.cache_clear()
    export(complete_request, tmp_path / "c.docx")
    assert _members(tmp_path / "a.docx") == _members(tmp_path / "c.docx")


def _members(path):
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_later_process_does_not_take_the_templates_body_out_again(complete_request, tmp_path, parses, monkeypatch):
    from requestdesk.documents import templates

    taken = []
    original = templates._without_body
    monkeypatch.setattr(templates, "_without_body", lambda data: taken.append(1) or original(data))
    templates._shell.cache_clear()
    export(complete_request, tmp_path / "a.docx")
    assert len(taken) == 1
    templates._shell.cache_clear()  # a later process
    environment.cache_clear()
    export(complete_request, tmp_path / "b.docx")
    assert len(taken) == 1  # read from the data folder
    assert _members(tmp_path / "a.docx").keys() == _members(tmp_path / "b.docx").keys()
    assert _members(tmp_path / "a.docx")["word/document.xml"] == _members(tmp_path / "b.docx")["word/document.xml"]



_CLEANING_COUNTED = """
import json, sys
from datetime import datetime, timezone
from pathlib import Path
from requestdesk.documents import templates
from requestdesk.documents.export import export_document
from requestdesk.domain.check import check_document
from requestdesk.domain.timeutil import FixedClock

cleaned = []
original = templates._source
templates._source = lambda raw_xml: cleaned.append(1) or original(raw_xml)
doc = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
now = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
export_document(doc, check_document(doc, clock=FixedClock(now)), Path(sys.argv[2]), now=now)
print(len(cleaned))
"""


def test_a_later_process_reads_the_elements_a_template_prints_from_the_data_folder(complete_request, tmp_path):
    """Which treaty elements a template prints is found in its cleaned-up text (docxtpl's
    clean-up of the whole body, a third of an export's time): once per template, not once
    per process."""
    import subprocess
    import sys

    from tests.cli_helpers import ROOT

    source = tmp_path / "r.request.json"
    source.write_text(json.dumps(complete_request, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, DATA_DIR_VARIABLE: str(tmp_path / "data")}

    def cleanings(out):
        done = subprocess.run([sys.executable, "-c", _CLEANING_COUNTED, str(source), str(out)], capture_output=True, text=True,
                              cwd=ROOT, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        return int(done.stdout.split()[-1])

    assert cleanings(tmp_path / "a.docx") >= 1  # the workstation's first export cleans the template up
    assert cleanings(tmp_path / "b.docx") == 0  # a later process: read from the data folder
    assert _members(tmp_path / "a.docx")["word/document.xml"] == _members(tmp_path / "b.docx")["word/document.xml"]
