"""The supervisor's checklist: a row per rule, statuses from the findings, the verdict."""

from __future__ import annotations

from requestdesk.domain.fingerprint import fingerprint, short_fingerprint
from tests.conftest import clone
from export_helpers import NOW, export, flat, paragraphs, table_rows
from requestdesk.domain.check import check_document
from requestdesk.domain.profile import load_profile
from requestdesk.domain.timeutil import FixedClock

RU_FORMS = {"ошибка": ("ошибка", "ошибки", "ошибок"), "предупреждение": ("предупреждение", "предупреждения", "предупреждений")}


def ru_count(n: int, word: str) -> str:
    one, few, many = RU_FORMS[word]
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


def rule_rows(document):
    return [r for r in table_rows(document) if len(r) == 5 and r[0] != "Статья\nArticle"]


def test_one_row_per_rule_of_the_profile_with_a_blank_mark_column(complete_request, tmp_path):
    document = export(complete_request, tmp_path / "c.docx", document="checklist")
    rows = rule_rows(document)
    profile = load_profile()
    assert len(rows) == len(profile.rules)
    for row, rule in zip(rows, profile.rules):
        assert row[0] == f"{rule.article['ru']}\n{rule.article['en']}"
        assert row[1] == f"{rule.label['ru']}\n{rule.label['en']}"
        assert row[4] == ""
    elements = [r for r in rows if r[0].startswith("подп. «")]
    assert len(elements) >= 7  # a–g of Article 6(3)


def test_a_request_with_errors_gets_error_rows_messages_and_the_count(complete_request, tmp_path):
    doc = clone(complete_request)
    doc["case_summary"] = {"ru": "", "en": ""}
    doc["seal"] = "authority"
    doc["requested"]["state"] = "RU"
    result = check_document(doc, clock=FixedClock(NOW))
    document = export(doc, tmp_path / "c.docx", document="checklist")
    rows = {r[0].split("\n")[1] + " " + r[1].split("\n")[1]: r for r in rule_rows(document)}
    substance = rows["Art. 6(3)(b) Substance of the case"]
    assert substance[2] == "ошибка\nerror"
    case_message = next(f for f in result.findings if f.code == "6.3.b")
    assert case_message.message("ru") in substance[3] and case_message.message("en") in substance[3]
    assert rows["Art. 6(4) Official seal"][2] == "ошибка\nerror"
    assert rows["Art. 6(3)(c) Purpose and justification"][2] == "соответствует\npass"
    parties = rows["Arts. 4, 17 Parties to the Agreement"]
    assert parties[2] == "ошибка\nerror"
    assert parties[3].count("\n") >= 1  # every finding of the code is listed

    errors, warnings = len(result.errors), len(result.warnings)
    assert errors >= 3
    verdict = [r for r in table_rows(document) if r[0] == "Итог проверки\nVerdict"][0][1]
    assert verdict.startswith(f"{ru_count(errors, 'ошибка')}, {ru_count(warnings, 'предупреждение')}: не готов к подписи")
    assert f"{errors} errors" in verdict


def test_a_request_ready_for_signature_says_so(complete_request, tmp_path):
    doc = clone(complete_request)
    doc["requesting"]["state"] = "AM"
    doc["requested"]["state"] = "BY"
    result = check_document(doc, clock=FixedClock(NOW))
    document = export(doc, tmp_path / "c.docx", document="checklist")
    verdict = [r for r in table_rows(document) if r[0] == "Итог проверки\nVerdict"][0][1]
    if result.warnings:
        assert verdict.startswith("Готов к подписи; " + ru_count(len(result.warnings), "предупреждение"))
    else:
        assert verdict == "Готов к подписи\nReady for signature"


def test_identity_generation_time_and_the_confirmation_rule(complete_request, tmp_path):
    doc = clone(complete_request)
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Журналы хранятся 30 суток.", "en": "Logs are kept for 30 days."}
    doc["transmission"] = {"channel": "oral", "at": "2026-11-19T10:00:00+03:00", "arrangement": "", "confirmed_at": ""}
    document = export(doc, tmp_path / "c.docx", document="checklist")
    identity = {r[0].split("\n")[1]: r[1] for r in table_rows(document) if len(r) == 2}
    assert identity["Outgoing number"] == "1/ПРИМЕР-2026"
    assert identity["Date of the request"] == "20 ноября 2026 г.\n20 November 2026"
    assert "Министерство внутренних дел Российской Федерации (Российская Федерация)" in identity["Requesting authority"]
    assert "Ministry of Internal Affairs of the Republic of Armenia (Republic of Armenia)" in identity["Requested authority"]
    assert identity["Transmission"] == (
        "устно, 19 ноября 2026 г., 10:00 (UTC+03:00)\norally, 19 November 2026, 10:00 (UTC+03:00)"
    )
    assert identity["Written confirmation due"] == (
        "22 ноября 2026 г., 10:00 (UTC+03:00)\n22 November 2026, 10:00 (UTC+03:00)"
    )
    assert identity["How the period is counted"].startswith("72 часа с момента передачи")
    # Who signs, with which seal, and the approval visa with the text's fingerprint.
    assert identity["Signed by"] == "Начальник Управления, И. И. Иванов\nHead of Department, I. I. Ivanov"
    assert identity["Seal"].startswith("гербовая печать самостоятельного центрального профильного подразделения\n")
    assert identity["Approval"] == "в реестре не зарегистрировано\nnone recorded in the register"
    assert identity["Text fingerprint"] == short_fingerprint(fingerprint(doc))
    assert not any("Europe/Moscow" in value for value in identity.values())
    assert identity["Generated"] == "20 ноября 2026 г., 15:00 (UTC+03:00)\n20 November 2026, 15:00 (UTC+03:00)"


def test_rules_that_do_not_concern_the_request_are_not_shown_as_passed(complete_request, tmp_path):
    # A request sent in writing: the Art. 6(2) rules on oral and technical transmission do not apply.
    rows = [r for r in table_rows(export(complete_request, tmp_path / "c.docx", document="checklist")) if len(r) == 5]
    urgent_rows = [r for r in rows if r[0].endswith("Art. 6(2)")]
    assert len(urgent_rows) >= 2
    assert all(r[2] == "не применяется\nnot applicable" for r in urgent_rows)
    oral = clone(complete_request)
    oral.update(urgent=True, transmission={"channel": "oral", "at": "2026-11-19T10:00:00+03:00"})
    rows = [r for r in table_rows(export(oral, tmp_path / "o.docx", document="checklist")) if len(r) == 5]
    assert not any(r[2] == "не применяется\nnot applicable" for r in rows if r[0].endswith("Art. 6(2)"))


def test_whole_days_counting_is_named_when_applied(complete_request, tmp_path):
    from requestdesk.documents.export import export_document
    from requestdesk.domain.deadlines import Counting
    from docx import Document

    doc = clone(complete_request)
    doc.update(urgent=True, transmission={"channel": "technical", "at": "2026-11-19T10:00:00+03:00"})
    result = check_document(doc, clock=FixedClock(NOW), counting=Counting.WHOLE_DAYS)
    out = tmp_path / "c.docx"
    export_document(doc, result, out, document="checklist", now=NOW)
    text = flat("\n".join(paragraphs(Document(str(out)))))
    assert "3 полных суток: день передачи не считается" in text
    # The last of the whole days ends at its 24:00 (not "00:00" of the day after).
    assert ("Written confirmation due 22 ноября 2026 г., 24:00 (UTC+03:00) 22 November 2026, 24:00 (UTC+03:00)"
            in text)
