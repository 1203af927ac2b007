"""The texts in the request's languages: each present, in its script, stating the same values.

The Agreement has no language clause (its only authentic text is Russian): these
findings name the request's languages, not an article (spec §2).
"""

from __future__ import annotations

import re

from requestdesk.domain.languages import EN, RU, SUPPORTED
from requestdesk.domain.model import Text
from requestdesk.domain.names import missing_names
from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.text import Message, _, _c, _n
from requestdesk.domain.tokens import compare_texts


@rule("data.format")
def document_languages(ctx: CheckContext) -> None:
    for i, lang in enumerate(ctx.request.languages):
        if lang not in SUPPORTED:
            ctx.report.error("data.format", f"languages.{i}", "data.format.language", value=lang[:20])


# "на русском и английском языках" / "in Russian and English": the names as they follow
# "in" (in Russian the prepositional case), and the noun counted by the languages named.
_LANGUAGE_NAMES = {RU: _c("in the language", "Russian"), EN: _c("in the language", "English")}
_AND = _("{items} and {last}")
_IN = _n("in {languages}", "in {languages}", count="count")


def languages_named(languages: tuple[str, ...]) -> Message:
    """The request's languages as a finding names them, said when the finding is shown."""
    names: list[object] = [_LANGUAGE_NAMES.get(code, code) for code in languages]
    listed = names[0] if len(names) == 1 else _AND(items=names[:-1], last=names[-1])
    return _IN(languages=listed, count=len(names))


@rule("lang.missing")
def every_language_present(ctx: CheckContext) -> None:
    named = languages_named(ctx.request.languages)
    for path, text in ctx.request.texts():
        if text.is_empty():
            continue  # a required element's own article rule reports it
        for lang in ctx.request.languages:
            if not text.filled(lang):
                key = f"lang.missing.{lang}" if lang in SUPPORTED else "lang.missing.other"
                ctx.report.error("lang.missing", f"{path}.{lang}", key, lang=lang[:20], languages=named)


# Elements a request file may give as one plain string for every language.
_NEUTRAL = ("transmission.arrangement", "signatory.acting_basis")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _letters(value: str) -> tuple[int, int]:
    return len(_LETTER.findall(value)), len(_CYRILLIC.findall(value))


def _written_once(path: str, text: Text) -> bool:
    """A name or reference written once for both languages (a plain string in the file)."""
    return path in _NEUTRAL and text.get(RU) == text.get(EN)


@rule("lang.script")
def script_matches_language(ctx: CheckContext) -> None:
    langs = ctx.request.languages
    for path, text in ctx.request.texts():
        if _written_once(path, text):
            continue
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


_SHOWN = 80


def _compare(ctx: CheckContext, path: str, text: Text) -> None:
    russian, english = text.get(RU), text.get(EN)
    if russian == english:
        return  # the same characters state the same values
    for difference in compare_texts(russian, english):
        ru, en = difference.ru, difference.en
        if ru is not None and en is not None:
            field = f"{path}.{EN}" if ru.demands else f"{path}.{RU}"
            ctx.report.warning("lang.tokens", field, "lang.tokens.differs", ru=ru.shown[:_SHOWN], en=en.shown[:_SHOWN])
        elif ru is not None:
            ctx.report.warning("lang.tokens", f"{path}.{EN}", "lang.tokens.en", token=ru.shown[:_SHOWN])
        elif en is not None:
            ctx.report.warning("lang.tokens", f"{path}.{RU}", "lang.tokens.ru", token=en.shown[:_SHOWN])
    for name in missing_names(russian, english):
        if name.lang == RU:
            ctx.report.warning("lang.tokens", f"{path}.{EN}", "lang.tokens.en", token=name.shown[:_SHOWN])
        else:
            ctx.report.warning("lang.tokens", f"{path}.{RU}", "lang.tokens.ru", token=name.shown[:_SHOWN])


@rule("lang.tokens")
def same_values_in_both_texts(ctx: CheckContext) -> None:
    if RU not in ctx.request.languages or EN not in ctx.request.languages:
        return
    for path, text in ctx.request.texts():
        if text.filled(RU) and text.filled(EN):
            _compare(ctx, path, text)
