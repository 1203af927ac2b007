"""How deeply JSON text nests, measured on the text before it is parsed.

Python's JSON parser and every recursive walk after it (hashing, fingerprints, the
rules) fail with RecursionError somewhere between a few hundred and a thousand levels,
depending on how deep the call stack already is; a hostile file need not reach the
parser's own limit to crash what follows. Real request files nest six levels, a
package's log about a dozen: anything deeper than MAX_DEPTH is refused first.
"""

from __future__ import annotations

import re

MAX_DEPTH = 64

_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
_STRING = re.compile(rb'"[^"]*"')  # once escapes are gone: brackets inside strings do not nest
_INNERMOST = re.compile(rb"\[\]|\{\}")


def nests_deeper_than(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether JSON text holds arrays or objects nested more than `limit` levels deep.

    Each pass removes the innermost level (C-speed regular expressions), so a shallow
    document costs a few passes over its brackets alone.
    """
    # Escaped backslashes, then escaped quotes, go first (JSON reads them left to right);
    # then only brackets and the quotes around strings are kept, and strings dropped.
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = data.translate(None, _NOT_STRUCTURE).replace(b'""', b"")  # most strings hold no bracket
    brackets = _STRING.sub(b"", structure)
    for _ in range(limit):
        if not brackets:
            return False
        shorter = _INNERMOST.sub(b"", brackets)
        if shorter == brackets:
            return False  # unbalanced: not JSON, which the parser says better
        brackets = shorter
    return bool(brackets)
