"""Text shown to a person exactly as it is: characters that would change how the text
around them looks (terminal control sequences, right-to-left overrides and isolates,
invisible marks) are written out visibly instead of acting, so a name from a package
cannot make a void approval print as valid or reverse an amount."""

from __future__ import annotations

import unicodedata

# Bidirectional controls: embeddings, overrides, isolates and the invisible marks.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _acting(char: str, keep: str) -> bool:
    if char in keep:
        return False
    return char in _BIDI or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def visible(text: str, *, multiline: bool = False) -> str:
    """The text with every acting character shown as ⟨U+XXXX⟩. Line breaks and tabs
    are kept only in `multiline` text: in a one-line field a line break could forge the
    next line of the output."""
    if text.isprintable():  # the common case, decided in C
        return text
    keep = "\n\t" if multiline else ""
    return "".join(f"⟨U+{ord(c):04X}⟩" if _acting(c, keep) else c for c in text)
