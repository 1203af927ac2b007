"""The check a lawyer would sign, run as an officer runs it (issue 14).

Every pair of tests/officers_corpus.py goes through the comparison, through the check the
editor runs after each keystroke (`check_document`), and, gathered into request files,
through `requestdesk check FILE --json`: a correct pair gives no `lang.tokens` finding; a
wrong one gives a `lang.tokens` finding that quotes what it compared.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

import pytest

from requestdesk.domain.check import check_document
from requestdesk.domain.tokens import compare_texts
from tests.cli_helpers import ROOT, run_cli
from tests.officers_corpus import CORRECT, WRONG

EXAMPLE = ROOT / "resources" / "examples" / "example.request.json"


def _unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(pairs))


CORRECT_CASES = [pytest.param(ru, en, id=f"{ru}|{en}"[:120]) for ru, en in _unique(CORRECT)]
WRONG_CASES = [pytest.param(ru, en, id=f"{ru}|{en}"[:120]) for ru, en in _unique(WRONG)]


@lru_cache(maxsize=1)
def _example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _request_with(summary_ru: str, summary_en: str) -> dict:
    doc = copy.deepcopy(_example())
    doc["case_summary"] = {"ru": summary_ru, "en": summary_en}
    return doc


def _token_findings(doc: dict) -> list[str]:
    return [f.message("en") for f in check_document(doc).findings if f.code == "lang.tokens"]


def _quoted(differences) -> list[tuple[str | None, str | None]]:
    return [(d.ru.shown if d.ru else None, d.en.shown if d.en else None) for d in differences]


@pytest.mark.parametrize(("ru", "en"), CORRECT_CASES)
def test_a_correct_translation_gives_no_finding(ru, en):
    assert _quoted(compare_texts(ru, en)) == []
    assert _token_findings(_request_with(ru, en)) == []


@pytest.mark.parametrize(("ru", "en"), WRONG_CASES)
def test_a_wrong_translation_is_flagged_by_the_check(ru, en):
    found = _token_findings(_request_with(ru, en))
    assert found, "the check the editor runs shows no lang.tokens finding"
    # The finding quotes what it compared, not a code.
    assert all("«" in message or '"' in message or "“" in message for message in found), found


def test_the_example_s_texts_with_the_corpus_added_stay_silent():
    """All the correct pairs in one request's summary, after the example's own text: what a
    long, careful request looks like to the check."""
    example = _example()["case_summary"]
    ru = example["ru"] + " " + "; ".join(ru for ru, _ in CORRECT)
    en = example["en"] + " " + "; ".join(en for _, en in CORRECT)
    assert _token_findings(_request_with(ru, en)) == []


def _cli_findings(tmp_path: Path, doc: dict) -> list[dict]:
    path = tmp_path / "officer.request.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    done = run_cli("check", str(path), "--json")
    assert done.returncode in (0, 1), done.stderr
    return [f for f in json.loads(done.stdout)["findings"] if f["code"] == "lang.tokens"]


def test_the_command_line_check_stays_silent_on_correct_requests(tmp_path):
    doc = _request_with("; ".join(ru for ru, _ in CORRECT), "; ".join(en for _, en in CORRECT))
    assert _cli_findings(tmp_path, doc) == []


def test_the_command_line_check_flags_every_wrong_item(tmp_path):
    """Each wrong pair in an assistance item of its own: one finding per item at least,
    on that item's description."""
    doc = copy.deepcopy(_example())
    template = doc["assistance"][0]
    pairs = _unique(WRONG)[:40]
    doc["assistance"] = []
    for ru, en in pairs:
        item = copy.deepcopy(template)
        item["description"] = {"ru": ru, "en": en}
        item["identifiers"] = []
        doc["assistance"].append(item)
    flagged = {f["field"].split(".")[1] for f in _cli_findings(tmp_path, doc) if f["field"].startswith("assistance.")}
    missed = [pairs[n] for n in range(len(pairs)) if str(n) not in flagged]
    assert missed == []
