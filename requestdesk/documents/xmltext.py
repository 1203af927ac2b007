"""Text that an XML document can hold."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline and carriage return among the C0 controls and excludes
# surrogates and U+FFFE/U+FFFF. Anything else would make Word refuse the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML cannot carry; line ends become "\\n"."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
