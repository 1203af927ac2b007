"""The Russian and English texts: both present, each in its script, saying the same."""

from __future__ import annotations

import re

from requestdesk.domain.languages import EN, RU, SUPPORTED
from requestdesk.domain.model import Text
from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.tokens import extract_tokens, missing_tokens

@rule("data.format", "document languages")
def document_languages(ctx: CheckContext) -> None:
    for i, lang in enumerate(ctx.request.languages):
        if lang not in SUPPORTED:
            ctx.report.error("data.format", f"languages.{i}", "data.format.language", value=lang[:20])


@rule("lang.missing", "Art. 6(3)")
def every_language_present(ctx: CheckContext) -> None:
    for path, text in ctx.request.texts():
        if text.is_empty():
            continue  # a required element's own article rule reports it
        for lang in ctx.request.languages:
            if not text.filled(lang):
                key = f"lang.missing.{lang}" if lang in SUPPORTED else "lang.missing.other"
                ctx.report.error("lang.missing", f"{path}.{lang}", key, lang=lang[:20])


# Elements a request file may give as one plain string for every language.
_NEUTRAL = ("transmission.arrangement", "signatory.acting_basis")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _letters(value: str) -> tuple[int, int]:
    return len(_LETTER.findall(value)), len(_CYRILLIC.findall(value))


@rule("lang.script", "Art. 6(3)")
def script_matches_language(ctx: CheckContext) -> None:
    langs = ctx.request.languages
    for path, text in ctx.request.texts():
        if path in _NEUTRAL and text.get(RU) == text.get(EN):
            continue  # a name written once for both languages (a plain string in the file)
        # Cheap tests first: this runs on every keystroke over every text.
        if RU in langs and text.filled(RU):
            russian = text.get(RU)
            if _CYRILLIC.search(russian) is None and len(_LETTER.findall(russian)) >= 3:
                ctx.report.warning("lang.script", f"{path}.{RU}", "lang.script.ru")
        if EN in langs and text.filled(EN):
            english = text.get(EN)
            if _CYRILLIC.search(english) is not None:
                letters, cyrillic = _letters(english)
                if letters >= 3 and cyrillic * 2 > letters:
                    ctx.report.warning("lang.script", f"{path}.{EN}", "lang.script.en")


def _compare(ctx: CheckContext, path: str, text: Text) -> None:
    ru_tokens = extract_tokens(text.get(RU), RU)
    en_tokens = extract_tokens(text.get(EN), EN)
    for shown in missing_tokens(ru_tokens, en_tokens):
        ctx.report.warning("lang.tokens", f"{path}.{EN}", "lang.tokens.en", token=shown[:80])
    for shown in missing_tokens(en_tokens, ru_tokens):
        ctx.report.warning("lang.tokens", f"{path}.{RU}", "lang.tokens.ru", token=shown[:80])


@rule("lang.tokens", "Art. 6(3)")
def same_identifiers_numbers_dates(ctx: CheckContext) -> None:
    if RU not in ctx.request.languages or EN not in ctx.request.languages:
        return
    for path, text in ctx.request.texts():
        if text.filled(RU) and text.filled(EN):
            _compare(ctx, path, text)
