"""The editor's Qt Linguist catalogs: every message translated, Russian plurals in three forms."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from requestdesk.resources import translations_dir


def messages(lang: str):
    root = ET.parse(translations_dir() / f"editor_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("lang, plural_forms", [("ru", 3), ("en", 2)])
def test_every_message_is_translated(lang, plural_forms):
    seen = 0
    for context, message in messages(lang):
        seen += 1
        translation = message.find("translation")
        where = f"{context}: {message.findtext('source')!r}"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            assert len(forms) == plural_forms and all(f and "%n" in f for f in forms), where
        else:
            assert translation.text and translation.text.strip(), where
            assert translation.text.count("%1") == message.findtext("source").count("%1"), where
    assert seen > (100 if lang == "ru" else 2)
