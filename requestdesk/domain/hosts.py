"""Host names in their one canonical form: `пример.рф` and `xn--e1afmkfd.xn--p1ai` are one host."""

from __future__ import annotations

import re
from functools import lru_cache

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD = re.compile(r"(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})")


@lru_cache(maxsize=1024)
def canonical_host(name: str) -> str | None:
    """The host's ASCII (punycode) form in lower case, or None when it is not a host name.

    `idna` (IDNA 2008 with the UTS #46 mapping) is imported only for a name that is not
    ASCII: it costs some 15-25 ms to import, which most checks never pay.
    """
    name = name.strip().rstrip(".")
    if not name or len(name) > 253 or "." not in name:
        return None
    if name.isascii():
        ascii_name = name.lower()
    else:
        import idna

        try:
            ascii_name = idna.encode(name, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            return None
    labels = ascii_name.split(".")
    if not all(_LABEL.fullmatch(label) for label in labels) or not _TLD.fullmatch(labels[-1]):
        return None
    return ascii_name
