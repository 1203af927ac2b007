"""Words outside the Qt interface: English in the source, one gettext catalog per language.

`_("the file is empty")` marks a message for extraction (`python -m
requestdesk.translations_build --extract`, babel's extractor) and returns a `Message`,
which is said in a language only when asked: `message.render("ru")`. A request is
bilingual (a finding is shown in the officer's language, a document prints both), so
the language is chosen per call, never set for the process.

Placeholders `{name}` are filled after translation, in one pass, by plain substitution:
a value, which may be user text, is inserted as it is and never read as a template (a
`{x}` inside it stays `{x}`). A value may itself be a `Message` (said in the same
language), a mapping language -> value (a date written each language's way) or a list
(its items said one by one, joined by commas).

The Russian catalog (`translations/messages_ru.mo`, compiled from `messages_ru.po` when
the application is built, like the Qt `.qm` files) is read with the standard library's
`gettext` the first time a Russian message is rendered, once per process: a command that
prints nothing in Russian never opens it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING

from requestdesk.domain.languages import EN

if TYPE_CHECKING:
    from gettext import GNUTranslations

# The language the source strings are written in: it needs no catalog.
SOURCE_LANGUAGE = EN
DOMAIN = "messages"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Message:
    """A text of the program, translated and filled when it is rendered."""

    __slots__ = ("context", "count", "msgid", "params", "plural")

    def __init__(self, msgid: str, *, plural: str | None = None, count: str = "n", context: str | None = None,
                 params: Mapping[str, object] | None = None):
        self.msgid, self.plural, self.count, self.context = msgid, plural, count, context
        self.params: Mapping[str, object] = params or {}

    def __call__(self, **params: object) -> Message:
        """The same message with (more) values for its placeholders."""
        return Message(self.msgid, plural=self.plural, count=self.count, context=self.context,
                       params={**self.params, **params})

    def render(self, lang: str, **params: object) -> str:
        values = {**self.params, **params} if params else self.params
        return fill(self.template(lang, values), values, lang)

    def template(self, lang: str, values: Mapping[str, object]) -> str:
        """The translated text, placeholders still in it."""
        catalog = catalog_for(lang)
        if self.plural is not None:
            n = _count(values.get(self.count, 0))
            if catalog is None:
                return self.msgid if n == 1 else self.plural
            if self.context is not None:
                return catalog.npgettext(self.context, self.msgid, self.plural, n)
            return catalog.ngettext(self.msgid, self.plural, n)
        if catalog is None:
            return self.msgid
        if self.context is not None:
            return catalog.pgettext(self.context, self.msgid)
        return catalog.gettext(self.msgid)

    def __str__(self) -> str:
        return self.render(SOURCE_LANGUAGE)

    def __repr__(self) -> str:
        return f"Message({self.msgid!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.msgid, self.plural, self.context, dict(self.params)) == (
            other.msgid, other.plural, other.context, dict(other.params))

    def __hash__(self) -> int:
        return hash((self.msgid, self.plural, self.context))


class _EnglishOr(Message):
    """Words another program gives in English only (json's, the operating system's):
    English as they are, other languages in our translation."""

    __slots__ = ("english", "other")

    def __init__(self, english: str, other: Message):
        super().__init__(other.msgid, context=other.context, params=other.params)
        self.english, self.other = english, other

    def __call__(self, **params: object) -> Message:
        return _EnglishOr(self.english, self.other(**params))

    def render(self, lang: str, **params: object) -> str:
        if catalog_for(lang) is None:
            return self.english
        return self.other.render(lang, **params)


def _(msgid: str) -> Message:
    """A message to translate (the marker the extractor looks for)."""
    return Message(msgid)


def _n(singular: str, plural: str, count: str = "n") -> Message:
    """A message counting the placeholder `count` ("{n} file(s)" the way each language counts)."""
    return Message(singular, plural=plural, count=count)


def _c(context: str, msgid: str) -> Message:
    """A message whose English alone is ambiguous ("Approved" as a status and as a decision)."""
    return Message(msgid, context=context)


def _nc(context: str, singular: str, plural: str, count: str = "n") -> Message:
    """A counting message whose English alone is ambiguous ("{n} hour(s)" after "within", and
    as a count, differ in Russian)."""
    return Message(singular, plural=plural, count=count, context=context)


def english_or(english: str, other: Message) -> Message:
    """`english` in English, `other` translated in every other language."""
    return _EnglishOr(english, other)


def say(value: object, lang: str) -> str:
    """A placeholder's value as written in `lang`."""
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, Mapping):
        # Asked in the language only: a date is written in no language it is not read in.
        return say(value[lang] if lang in value else value.get(SOURCE_LANGUAGE, ""), lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(say(item, lang) for item in value)
    return str(value)


def fill(template: str, values: Mapping[str, object], lang: str) -> str:
    """`template` with each `{name}` given in `values` replaced by its value, once."""
    if "{" not in template:
        return template

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return say(values[name], lang) if name in values else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def _count(value: object) -> int:
    if isinstance(value, (int, str)):
        try:
            return abs(int(value))
        except ValueError:
            return 0
    return 0


_catalogs: dict[str, GNUTranslations | None] = {}
_loading = threading.Lock()


def catalog_for(lang: str) -> GNUTranslations | None:
    """The compiled catalog of `lang` (None for English, the source, or a language without one)."""
    if lang == SOURCE_LANGUAGE:
        return None
    try:
        return _catalogs[lang]
    except KeyError:
        pass
    with _loading:
        if lang not in _catalogs:
            _catalogs[lang] = _load(lang)
    return _catalogs[lang]


def _load(lang: str) -> GNUTranslations | None:
    import gettext
    import warnings

    from requestdesk.resources import translations_dir

    path = translations_dir() / f"{DOMAIN}_{lang}.mo"
    if not path.is_file():
        if path.with_suffix(".po").is_file():
            # A source checkout whose catalogs were not compiled: say how, once.
            warnings.warn(f"{path.name} is not compiled: run `python -m requestdesk.translations_build`; "
                          "messages stay in English until then", RuntimeWarning, stacklevel=4)
        return None
    with path.open("rb") as fh:
        return gettext.GNUTranslations(fh)


def forget_catalogs() -> None:
    """Reads the catalogs again on the next rendering (after they were rebuilt)."""
    with _loading:
        _catalogs.clear()
