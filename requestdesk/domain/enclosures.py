"""Whether a text refers to enclosures of the letter (Art. 6(3)(f): "including documents").

"Приложение" is also a mobile app and an "attachment" may be the e-mail attachment that
spread the malware: only the phrases a letter uses for its own enclosures count, and a
sentence that says there are none does not.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE | re.MULTILINE
_REFERS = re.compile(
    r"\bприлага(?:ю|ем|ется|ются|емы\w{0,3}|я)\b"
    r"|\bприложени\w{0,3}\s{0,3}(?:№|N\b|No\b|\d)"
    r"|\b(?:см\.?|согласно|в\s+соответствии\s+с)\s{0,3}приложени\w{0,3}"
    r"|\bприложени\w{0,3}\s{1,3}к\s{1,3}(?:настоящему\s{1,3})?(?:запросу|письму)"
    r"|^\s{0,8}приложени[ея]\s{0,3}:"
    r"|\benclos(?:ed|ure|ures|ing)\b"
    r"|\b(?:annex|annexes|annexed|appendix|appendices)\b"
    r"|\battached\s{1,3}(?:hereto|herewith|to\s{1,3}(?:this|the\s{1,3}present)\s{1,3}(?:request|letter))"
    r"|\b(?:please\s{1,3}find|see\s{1,3}the)\s{1,3}attached\b"
    r"|\battached\s{1,3}(?:please\s{1,3}find|are|is)\b",
    _I,
)
_NONE = re.compile(
    r"\bбез\s{1,3}приложени"
    r"|\bприложени\w{0,3}\s{0,3}(?::\s{0,3})?(?:нет|отсутству)"
    r"|\bno\s{1,3}(?:enclosures?|annex(?:es)?|attachments?)\b"
    r"|\bwithout\s{1,3}(?:enclosures?|annex(?:es)?)\b"
    r"|\benclosures?\s{0,3}:\s{0,3}none\b",
    _I,
)
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]?")


def mentions_enclosures(text: str) -> bool:
    """True when a sentence of the text refers to enclosures and none says there are none."""
    if not _REFERS.search(text):
        return False
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group(0)
        if _REFERS.search(part) and not _NONE.search(part):
            return True
    return False
