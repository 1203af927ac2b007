"""The written confirmation of an urgent oral or technical request (Art. 6(2))."""

from __future__ import annotations

import pytest

from conftest import clone
from export_helpers import body_text, export, flat, table_rows


@pytest.fixture
def oral(complete_request):
    doc = clone(complete_request)
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Журналы хранятся 30 суток.", "en": "Logs are kept for 30 days."}
    doc["transmission"] = {
        "channel": "oral",
        "at": "2026-11-19T07:00:00+00:00",
        "arrangement": "",
        "confirmed_at": "",
        "received_by": {"ru": "дежурный майор А. Б. Саргсян", "en": "duty officer Major A. B. Sargsyan"},
    }
    return doc


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_confirmation_says_when_how_and_to_whom_then_gives_the_request(oral, tmp_path, layout):
    text = flat(body_text(export(oral, tmp_path / "c.docx", document="confirmation", layout=layout)))
    assert "ПОДТВЕРЖДЕНИЕ запроса об оказании содействия" in text
    assert "CONFIRMATION of the request for assistance" in text
    assert "ЗАПРОС об оказании" not in text
    # The instant is shown in the requesting authority's zone, with its offset.
    assert "подтверждается запрос, переданный устно 19 ноября 2026 г., 10:00 (UTC+03:00, Europe/Moscow)" in text
    assert "the request transmitted orally on 19 November 2026, 10:00 (UTC+03:00, Europe/Moscow)" in text
    assert "Адресат: Министерство внутренних дел Республики Армения (Республика Армения); запрос принял: дежурный майор А. Б. Саргсян." in text
    assert "received by: duty officer Major A. B. Sargsyan" in text
    assert "БЕЗОТЛАГАТЕЛЬНО" in text and "Безотлагательность: Журналы хранятся 30 суток." in text
    # ...and the whole request follows.
    assert "В соответствии со статьей 6 Соглашения" in text
    assert "1. Изложение существа дела" in text and "192.0.2.15" in text
    assert "М.П. (гербовая печать самостоятельного центрального профильного подразделения)" in text


def test_technical_transmission_without_a_receiver(oral, tmp_path):
    oral["transmission"] = {"channel": "technical", "at": "2026-11-19T10:00:00+03:00", "arrangement": ""}
    document = export(oral, tmp_path / "c.docx", document="confirmation")
    text = flat(body_text(document))
    assert "переданный с использованием технических средств связи 19 ноября 2026 г., 10:00" in text
    assert "transmitted by technical means of communication on 19 November 2026, 10:00" in text
    assert "запрос принял" not in text
    assert [r for r in table_rows(document) if r[1:2] == ["192.0.2.15"]]
