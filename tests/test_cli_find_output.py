"""`requestdesk find --json` prints what json.dumps(indent=2) prints, written quicker; and
searching loads the Russian and English stemmers only, not the 36 languages of the package."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from requestdesk.cli.find import json_list
from tests.cli_helpers import ROOT

ROWS = [
    {"id": "4f1c", "number": "12/2026", "date": "2026-11-20", "status": "draft"},
    {"id": "a\"b\\c", "number": "№ 7/2-1000 «срочно»\n\t", "date": None, "status": "sent"},
    {"id": "\u2028\x00\ud7ff😀", "number": "", "date": "", "status": "in_review"},
]


@pytest.mark.parametrize("rows", [[], ROWS[:1], ROWS, ROWS * 500, [{}], [{"id": "x"}, {}]])
def test_the_json_list_is_json_dumps_with_indent_2_byte_for_byte(rows):
    assert json_list(rows) == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def test_stemming_loads_two_languages_and_leaves_the_package_whole_for_others():
    script = (
        "import sys\n"
        "from requestdesk.store.search import stem\n"
        "assert (stem('банка'), stem('forgeries')) == ('банк', 'forgeri')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('snowballstemmer'))\n"
        "import snowballstemmer\n"
        "print(loaded, snowballstemmer.stemmer('french').stemWord('banques'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["['snowballstemmer.among',", "'snowballstemmer.basestemmer',",
                                     "'snowballstemmer.english_stemmer',", "'snowballstemmer.russian_stemmer']", "banqu"]
