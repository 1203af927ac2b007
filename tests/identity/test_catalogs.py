"""The identity dialogs' catalogs: every message translated into Russian, and each
source string of the dialogs in the catalog (lupdate was run after the last change)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from requestdesk.resources import translations_dir
from tests.cli_helpers import ROOT


def _messages(lang: str):
    root = ET.parse(translations_dir() / f"identity_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_russian_message_is_translated_and_keeps_its_placeholders():
    seen = 0
    for context, message in _messages("ru"):
        seen += 1
        translation = message.find("translation")
        where = f"{context}: {message.findtext('source')!r}"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        assert translation.text and translation.text.strip(), where
        source = message.findtext("source")
        for marker in ("%1", "%2", "%3", "%4"):
            assert translation.text.count(marker) == source.count(marker), where
        assert not re.search(r"[A-Za-z]{3,}", translation.text.replace("RequestDesk", "")), where
    assert seen > 60


def test_the_english_catalog_exists_beside_it():
    assert (translations_dir() / "identity_en.ts").exists()
    assert ET.parse(translations_dir() / "identity_en.ts").getroot().get("language").startswith("en")


def test_every_translated_string_of_the_dialogs_is_in_the_catalog():
    sources = {message.findtext("source") for _, message in _messages("ru")}
    pattern = re.compile(r'(?:self\.tr|translate\("IdentityMenu",)\s*\(?\s*"((?:[^"\\]|\\.)*)"')
    for path in sorted((ROOT / "requestdesk" / "ui" / "identity").glob("*.py")):
        for found in pattern.findall(path.read_text(encoding="utf-8")):
            text = found.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if text.endswith(" ") or not text:
                continue  # the first half of a string literal continued on the next line
            assert any(s.startswith(text) for s in sources), f"{path.name}: {text!r}"
