"""The written confirmation of an urgent oral or technical request (Art. 6(2))."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.conftest import clone
from export_helpers import body_text, export, flat, paragraphs, table_rows


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
    # It names the original's number and date, and the instant in the requesting authority's
    # zone, by its offset (a letter says "UTC+03:00", not a computer's "Europe/Moscow").
    assert "подтверждается запрос № 1/ПРИМЕР-2026 от 20 ноября 2026 г., переданный устно 19 ноября 2026 г., 10:00 (UTC+03:00)" in text
    assert "the request No. 1/ПРИМЕР-2026 of 20 November 2026 transmitted orally on 19 November 2026, 10:00 (UTC+03:00)" in text
    assert "Europe/Moscow" not in text
    assert "Адресат: Министерство внутренних дел Республики Армения (Республика Армения); запрос принял: дежурный майор А. Б. Саргсян." in text
    assert "Addressee: the Ministry of Internal Affairs of the Republic of Armenia (Republic of Armenia)" in text
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


def _requisites(document) -> list[str]:
    return [p for p in paragraphs(document) if p.startswith(("№ ", "No. "))]


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_a_confirmation_is_a_letter_of_its_own_number_and_date(oral, tmp_path, layout):
    # Made on 1 December for a request of 20 November: its own requisites, never the original's.
    oral["transmission"].update(confirmation_number="1/ПОДТВ-2026", confirmation_date="2026-12-01")
    document = export(oral, tmp_path / "c.docx", document="confirmation", layout=layout)
    assert _requisites(document) == ["№ 1/ПОДТВ-2026 от 1 декабря 2026 г.", "No. 1/ПОДТВ-2026 of 1 December 2026"]
    assert "запрос № 1/ПРИМЕР-2026 от 20 ноября 2026 г." in flat(body_text(document))
    # The request itself keeps its own.
    request = export(oral, tmp_path / "r.docx", layout=layout)
    assert _requisites(request) == ["№ 1/ПРИМЕР-2026 от 20 ноября 2026 г.", "No. 1/ПРИМЕР-2026 of 20 November 2026"]


def test_without_its_own_number_and_date_they_are_left_blank(oral, tmp_path):
    ru, en = _requisites(export(oral, tmp_path / "c.docx", document="confirmation"))
    assert ru == "№ ____________ от «___» __________ 20__ г."
    assert en == "No. ____________ of __ __________ 20__"
    oral["transmission"]["confirmation_number"] = "77/2026"
    ru, en = _requisites(export(oral, tmp_path / "d.docx", document="confirmation"))
    assert ru == "№ 77/2026 от «___» __________ 20__ г." and "20 ноября" not in ru


def test_the_confirmation_says_when_it_was_due_and_by_which_rule(oral, tmp_path):
    from requestdesk.documents.export import export_document
    from requestdesk.domain.check import check_document
    from requestdesk.domain.deadlines import Counting
    from requestdesk.domain.timeutil import FixedClock
    from docx import Document

    # Transmitted 19 November 10:00 Moscow time; made on 20 November: in time.
    text = flat(body_text(export(oral, tmp_path / "c.docx", document="confirmation")))
    assert "Срок письменного подтверждения истекает 22 ноября 2026 г., 10:00 (UTC+03:00)" in text
    assert "72 часа с момента передачи" in text and "72 hours from the moment of transmission" in text
    assert "по истечении этого срока" not in text and "after that time" not in text

    late = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    texts = {}
    for counting in Counting:
        result = check_document(oral, clock=FixedClock(late), counting=counting)
        out = tmp_path / f"{counting.value}.docx"
        export_document(oral, result, out, document="confirmation", now=late, draft=True)
        texts[counting] = flat(body_text(Document(str(out))))
        assert "Подтверждение направляется по истечении этого срока." in texts[counting]
        assert "This confirmation is sent after that time." in texts[counting]
    assert texts[Counting.ELAPSED_72H] != texts[Counting.WHOLE_DAYS]
    # The whole days end at 24:00 of the last day, as the rule says: not "00:00" of the day after.
    assert "3 полных суток" in texts[Counting.WHOLE_DAYS] and "22 ноября 2026 г., 24:00 (UTC+03:00)" in texts[Counting.WHOLE_DAYS]
    assert "22 November 2026, 24:00 (UTC+03:00)" in texts[Counting.WHOLE_DAYS]
    assert "23 ноября 2026 г., 00:00" not in texts[Counting.WHOLE_DAYS]


def test_an_overdue_confirmation_says_its_period_ended_in_the_past_tense(oral, tmp_path):
    """Made on 1 December for a 19 November transmission, the letter cannot say the period
    «истекает» / "is due by" a day that is behind it; one in time still does."""
    from requestdesk.documents.export import export_document
    from requestdesk.domain.check import check_document
    from requestdesk.domain.deadlines import Counting
    from requestdesk.domain.timeutil import FixedClock
    from docx import Document

    late = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    for counting, due_ru, due_en in ((Counting.ELAPSED_72H, "22 ноября 2026 г., 10:00", "22 November 2026, 10:00"),
                                     (Counting.WHOLE_DAYS, "22 ноября 2026 г., 24:00", "22 November 2026, 24:00")):
        result = check_document(oral, clock=FixedClock(late), counting=counting)
        out = tmp_path / f"{counting.value}.docx"
        export_document(oral, result, out, document="confirmation", now=late, draft=True)
        text = flat(body_text(Document(str(out))))
        assert f"Срок письменного подтверждения истек {due_ru} (UTC+03:00). Правило исчисления срока — " in text
        assert f"The written confirmation was due by {due_en} (UTC+03:00). The period is counted as " in text
        assert "подтверждения истекает" not in text and "is due by" not in text and "))" not in text
    text = flat(body_text(export(oral, tmp_path / "in-time.docx", document="confirmation")))
    assert "Срок письменного подтверждения истекает 22 ноября 2026 г., 10:00 (UTC+03:00). Правило исчисления срока — 72 часа" in text
    assert "The written confirmation is due by 22 November 2026, 10:00 (UTC+03:00). The period is counted as 72 hours" in text
