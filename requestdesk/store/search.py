"""What the register's full-text search indexes and how a search box's words are asked.

A request is indexed twice over in its row of `requests_text`: `content`, the words of its
texts and identifiers as written, and `stems`, the Snowball stem of each distinct word
(Russian for Cyrillic words, English for Latin ones) and each identifier whole. A word
typed in the search box is looked up as a prefix of the written words (`шифров` finds
`шифровальщика`) or by its stem among the stems (`мошенничество` finds `мошенничестве`,
`accounts` finds `account`).

A typed word holding a digit or an `@` is an identifier (an IP address, an e-mail, a
number): never stemmed, never a prefix of a longer number (`192.0.2.1` does not find
`192.0.2.15`). One of several parts (`192.0.2.15`, `abuse@example.org`, `12/2026`) is
found whole, or as the first parts of a longer one (`192.0.2` finds `192.0.2.15`):
it is indexed as one token, its parts joined by a private-use character that FTS5
keeps inside a token. A phrase query over the parts found the same and read the
position lists of "0" and "2" in every request (60 ms at 100,000 requests, 5 ms so).
An identifier is indexed whole where it stands apart from the words around it (spaces,
or brackets and punctuation at its ends): glued to a word (`IP:192.0.2.15`) it is not.

Plain Python; the stemmers are imported on the first stem asked for, so opening the
register costs nothing of them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache

MAX_SEARCH_WORDS = 32  # a pasted page is searched by its first words, not held up by thousands

# The tokens FTS5's unicode61 tokenizer makes: runs of letters and digits (an underscore
# and every punctuation mark separate them).
_TOKEN = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")


def search_words(text: str) -> list[str]:
    """The words of a search text, each once, in their order, at most MAX_SEARCH_WORDS
    (control characters and quotes, which FTS5 cannot take inside a string, are spaces)."""
    cleaned = "".join(" " if c == '"' or not c.isprintable() else c for c in text)
    words = [w for w in dict.fromkeys(cleaned.split()) if _TOKEN.search(w)]
    return words[:MAX_SEARCH_WORDS]


_IDENTIFIER_MARK = re.compile(r"[\d@]")


def _is_identifier(word: str) -> bool:
    return _IDENTIFIER_MARK.search(word) is not None


@contextlib.contextmanager
def _package_not_executed(name: str) -> Iterator[None]:
    """Within the block, modules of the package `name` import without its __init__ running."""
    spec = None if name in sys.modules else importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        yield
        return
    sys.modules[name] = importlib.util.module_from_spec(spec)
    try:
        yield
    finally:
        # Dropped: a later `import snowballstemmer` runs the package as usual (and finds
        # the stemmers imported here already).
        del sys.modules[name]


@lru_cache(maxsize=2)
def _stemmer(language: str) -> Callable[[str], str]:
    # The two stemmers only. The package's __init__ imports all 36 languages, even for
    # `from snowballstemmer.russian_stemmer import …` (a third of `requestdesk find`'s
    # imports). The imports stay written out, for PyInstaller to see.
    with _package_not_executed("snowballstemmer"):
        if language == "russian":
            from snowballstemmer.russian_stemmer import RussianStemmer as Stemmer
        else:
            from snowballstemmer.english_stemmer import EnglishStemmer as Stemmer
    return Stemmer().stemWord


@lru_cache(maxsize=100_000)  # a register repeats its vocabulary: each word is stemmed once
def stem(token: str) -> str:
    """The stem of one lower-case token ('' when it is neither Russian nor English)."""
    if _CYRILLIC.search(token):
        return _stemmer("russian")(token.replace("ё", "е"))
    if _LATIN.search(token):
        return _stemmer("english")(token)
    return ""


_JOIN = "\ue000"  # private use: a token character for unicode61, never typed


def _joined(tokens: list[str]) -> str:
    return _JOIN.join(tokens)


def stems_of(content: str) -> str:
    """The `stems` column for a request's indexed `content`: each distinct stem once, and
    each identifier of several parts as one token."""
    # Each distinct token stemmed once: re-indexing a register of 100,000 requests goes
    # through some 20 million words.
    lowered = content.lower()
    stems = dict.fromkeys(stem(t) for t in dict.fromkeys(_TOKEN.findall(lowered)) if not t.isdigit())
    for chunk in filter(_IDENTIFIER_MARK.search, lowered.split()):  # runs between spaces with a digit or an @
        tokens = _TOKEN.findall(chunk)
        if len(tokens) > 1:
            stems[_joined(tokens)] = None
    stems.pop("", None)
    return " ".join(stems)


def _quoted(text: str) -> str:
    return '"' + text + '"'


def fts_query(text: str) -> str:
    """A search text as an FTS5 query: every word must be found (see the module's doc)."""
    terms = []
    for word in search_words(text):
        tokens = _TOKEN.findall(word.lower())
        if _is_identifier(word):
            if len(tokens) > 1:
                whole = _joined(tokens)
                terms.append(f"(stems : {_quoted(whole)} OR stems : {_quoted(whole + _JOIN)}*)")
            else:
                terms.append(f"content : {_quoted(word)}")
            continue
        written = f"content : {_quoted(word)}*"
        stemmed = stem(tokens[0]) if len(tokens) == 1 else ""
        terms.append(f"({written} OR stems : {_quoted(stemmed)})" if stemmed else written)
    return " AND ".join(terms)
