"""Requests of many shapes for the page tests and the benchmark: long case summaries of
typed paragraphs, many items, enclosures, texts that end a page anywhere."""

from __future__ import annotations

import copy
from typing import Any

# Russian runs longer than English, as translations do: the columns drift apart unless
# each pair of paragraphs shares a row.
_RU_WORDS = ("неустановленное лицо осуществило несанкционированный доступ к системе дистанционного банковского "
             "обслуживания и перевело денежные средства потерпевшего на счета подконтрольных ему лиц").split()
_EN_WORDS = "an unidentified person accessed the online banking system and moved the victim's money to accounts".split()


def _words(words: list[str], count: int) -> str:
    return " ".join(words[i % len(words)] for i in range(count))


def summary_paragraphs(count: int) -> dict[str, str]:
    """`count` typed paragraphs, "Абзац 7." beside "Paragraph 7.", of varied lengths."""
    ru, en = [], []
    for n in range(1, count + 1):
        size = 20 + (n * 37) % 70
        ru.append(f"Абзац {n}. " + _words(_RU_WORDS, size) + ".")
        en.append(f"Paragraph {n}. " + _words(_EN_WORDS, max(8, size * 2 // 3)) + ".")
    return {"ru": "\n".join(ru), "en": "\n\n".join(en)}  # a blank line between paragraphs is no paragraph


def items(count: int) -> list[dict[str, Any]]:
    out = []
    for n in range(1, count + 1):
        address = f"192.0.2.{n}"
        out.append({
            "form": "b" if n % 2 else "a",
            "ground": "citizen" if n % 2 else "",
            "description": {
                "ru": f"Сообщить сведения об абоненте, которому был выделен IP-адрес {address}.\n"
                      f"Указать адрес установки оборудования и способ оплаты услуг связи по IP-адресу {address}.",
                "en": f"Report the details of the subscriber to whom IP address {address} was assigned.\n"
                      f"State where the equipment was installed and how the services for IP address {address} were paid.",
            },
            "identifiers": [{"type": "ip", "value": address, "from": "2026-10-20T14:30:00+03:00", "to": "2026-10-20T14:40:00+03:00"}],
        })
    return out


def other_lines(count: int) -> dict[str, str]:
    """`count` one-line paragraphs of other information: moves what follows down line by line."""
    return {
        "ru": "\n".join(f"Сведение {n}: прилагается копия." for n in range(1, count + 1)),
        "en": "\n".join(f"Fact {n}: a copy is enclosed." for n in range(1, count + 1)),
    }


def long_request(base: dict[str, Any], summary: int = 6, item_count: int = 8) -> dict[str, Any]:
    """The example grown to about five pages side by side: a long summary and eight items."""
    doc = copy.deepcopy(base)
    doc["case_summary"] = summary_paragraphs(summary)
    doc["assistance"] = items(item_count)
    doc["attachments"] = [
        {"title": {"ru": "Выписка по счету потерпевшего", "en": "Statement of the victim's account"}, "pages": 3, "copies": 1,
         "certified_copy": True},
        {"title": {"ru": "Протокол допроса потерпевшего", "en": "Record of the victim's interview"}, "pages": 5, "copies": 1,
         "certified_copy": True},
    ]
    return doc


def with_languages(doc: dict[str, Any], languages: tuple[str, ...]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["languages"] = list(languages)
    return doc
