"""The rules of spec §2 as revised: what each new or changed rule says, and when it is silent."""

from __future__ import annotations

import shutil
import zoneinfo
from datetime import datetime, timezone
from pathlib import Path

import pytest

from requestdesk.domain import timeutil
from requestdesk.domain.check import check_document
from requestdesk.domain.deadlines import confirmation_due
from requestdesk.domain.directory import bundled_directory
from requestdesk.domain.enclosures import mentions_enclosures
from requestdesk.domain.profile import load_profile
from tests.conftest import clone
from tests.test_rules import NOW, _urgent, check, codes, edited, fields

AGREEMENT_HOURS = load_profile().confirmation_hours  # Art. 6(2): «в течение 3 суток»

PLACEHOLDER = {
    "ru": "Самостоятельное центральное профильное подразделение по борьбе с преступлениями в сфере информационных технологий (наименование подлежит уточнению)",
    "en": "Independent central specialised subdivision for combating crimes in the field of information technologies (name to be confirmed)",
}


def finding(doc, code, clock=NOW):
    return next(f for f in check(doc, clock).findings if f.code == code)


# 6.3.e -----------------------------------------------------------------------------------


def test_6_3_e_of_an_oral_request_is_judged_against_the_day_of_transmission(complete_request):
    # The written confirmation is dated after the call and repeats the call's desired date.
    confirmed = _urgent(complete_request, at="2026-11-18T10:00:00+03:00", date="2026-11-20", desired_execution_by="2026-11-19")
    assert "6.3.e" not in codes(confirmed)
    too_early = edited(confirmed, desired_execution_by="2026-11-17")
    message = finding(too_early, "6.3.e").message("ru")
    assert "устной передачи" in message and "18 ноября 2026" in message
    assert "the oral transmission" in finding(too_early, "6.3.e").message("en")
    technical = _urgent(complete_request, channel="technical", at="2026-11-18T10:00:00+03:00", date="2026-11-20", desired_execution_by="2026-11-19")
    assert "6.3.e" not in codes(technical)
    # A written request still compares with its own date.
    assert "6.3.e" in codes(edited(complete_request, desired_execution_by="2026-11-19"))


# Art. 5 forms and Art. 3(1) acts -------------------------------------------------------------


@pytest.mark.parametrize("form", list("abcdefghij"))
def test_every_form_of_article_5_can_be_asked_for(complete_request, form):
    doc = edited(complete_request, assistance__2__form=form, assistance__2__ground="citizen")
    assert "5.form" not in codes(doc)


def test_a_cyrillic_form_letter_is_told_to_be_written_in_latin(complete_request):
    message = finding(edited(complete_request, assistance__0__form="б"), "5.form").message("ru")
    assert "латинской буквой «b»" in message
    unknown = finding(edited(complete_request, assistance__0__form="z"), "5.form").message("ru")
    # The allowed letters are the Latin ones the file takes, each beside the Agreement's.
    assert "a (а)" in unknown and "b (б)" in unknown and "j (к)" in unknown
    offence = next(f for f in check(edited(complete_request, offences=["г"])).findings if f.field == "offences.0")
    assert "латинской буквой «d»" in offence.message("ru") and "п. 1 ст. 3" in offence.message("ru")


def test_3_offences_when_no_act_is_named(complete_request):
    assert fields(edited(complete_request, offences=[]), "3.offences") == {"offences"}
    assert finding(edited(complete_request, offences=[]), "3.offences").severity == "warning"
    assert "3.offences" not in codes(complete_request)


# 4.parties, 4.authority ------------------------------------------------------------------------


def test_4_parties_is_an_error_before_the_directory_s_date_of_entry_into_force(complete_request):
    # Armenia: in force from 22 January 2022 according to the directory.
    early = edited(complete_request, date="2021-12-01", desired_execution_by="2021-12-20")
    found = [f for f in check(early).findings if f.code == "4.parties" and f.field == "requested.state"]
    assert [f.severity for f in found] == ["error"]
    assert "22 января 2022" in found[0].message("ru") and "22 January 2022" in found[0].message("en")
    # Russia: no date in the directory, so a warning to verify.
    assert {(f.severity, f.field) for f in check(complete_request).findings if f.code == "4.parties"} == {("warning", "requesting.state")}


def test_4_authority_not_in_the_directory_is_a_warning(complete_request):
    doc = edited(complete_request, requested__authority={"ru": "Бюро частных расследований", "en": "Private Investigations Bureau"})
    found = finding(doc, "4.authority")
    assert found.severity == "warning" and found.field == "requested.authority"
    assert "п. 2 ст. 4" in found.message("ru")
    # The directory's short name is a name of the authority too.
    short = [a.short for a in bundled_directory().authorities_of("AM") if a.id == "am-mia"][0]
    assert "4.authority" not in codes(edited(complete_request, requested__authority=dict(short)))
    assert "4.authority" not in codes(complete_request)


# 6.3.a placeholders (issue 16, point 7) -----------------------------------------------------------


@pytest.mark.parametrize("side", ["requesting", "requested"])
def test_a_placeholder_chosen_from_the_directory_is_an_error(complete_request, side):
    doc = edited(complete_request, **{f"{side}__subdivision": PLACEHOLDER})
    found = finding(doc, "6.3.a")
    assert found.severity == "error" and found.field == f"{side}.subdivision"
    # Said without quoting the placeholder: the checklist prints the message, and a
    # placeholder never reaches a printed document.
    assert "заготовка справочника" in found.message("ru") and "placeholder" in found.message("en")
    assert "подлежит уточнению" not in found.message("ru")
    authority = edited(complete_request, **{f"{side}__authority": {"ru": "МВД (наименование подлежит уточнению)", "en": "MIA (name to be confirmed)"}})
    assert fields(authority, "6.3.a") == {f"{side}.authority"}


# 5.preservation, data.consistency ------------------------------------------------------------------


def test_5_preservation_names_data_and_its_period(complete_request):
    vague = edited(complete_request, assistance__1__identifiers=[], assistance__1__description={
        "ru": "Обеспечить сохранность данных до получения официального запроса.",
        "en": "Preserve the data pending a formal request."})
    assert fields(vague, "5.preservation") == {"assistance.1.identifiers", "assistance.1.description"}
    in_words = edited(vague, assistance__1__description={
        "ru": "Обеспечить сохранность журналов сервера example.am за период с 19 по 21 октября 2026 г.",
        "en": "Preserve the logs of the server example.am for the period from 19 to 21 October 2026."})
    assert "5.preservation" not in codes(in_words)
    assert "5.preservation" not in codes(complete_request)


def test_data_consistency_between_description_and_list(complete_request):
    unlisted = edited(complete_request, assistance__0__description={
        "ru": "Сведения об абонентах IP-адресов 192.0.2.15 и 192.0.2.99.",
        "en": "Subscriber details for IP addresses 192.0.2.15 and 192.0.2.99."})
    found = finding(unlisted, "data.consistency")
    assert found.severity == "warning" and "192.0.2.99" in found.message("en")
    undescribed = edited(complete_request, assistance__2__identifiers=[
        {"type": "email", "value": "fraud@example.am"}, {"type": "email", "value": "other@example.am"}])
    assert "other@example.am" in finding(undescribed, "data.consistency").message("ru")
    # Notation does not matter: an IDN host in Unicode in the text, in punycode in the list.
    idn = edited(complete_request, assistance__2__description={"ru": "Адрес админ@пример.рф.", "en": "The address админ@пример.рф."},
                 assistance__2__identifiers=[{"type": "email", "value": "админ@xn--e1afmkfd.xn--p1ai"}])
    assert "data.consistency" not in codes(idn)
    assert "data.consistency" not in codes(complete_request)


def test_a_cyrillic_e_mail_address_is_valid(complete_request):
    doc = edited(complete_request, assistance__2__identifiers=[{"type": "email", "value": "админ@пример.рф"}],
                 assistance__2__description={"ru": "Адрес админ@пример.рф.", "en": "The address админ@пример.рф."})
    assert "data.identifier" not in codes(doc)
    assert check(doc).ok


# 6.2.confirmation, 6.4.signatory -----------------------------------------------------------------


def test_6_2_confirmation_recorded_in_the_future_is_an_error(complete_request):
    future = _urgent(complete_request, transmission__confirmed_at="2026-11-22T10:00:00+03:00")
    found = finding(future, "6.2.confirmation")  # NOW is 21 November 2026, 12:00 UTC
    assert found.severity == "error" and "не наступил" in found.message("ru")
    before = _urgent(complete_request, transmission__confirmed_at="2026-11-19T10:00:00+03:00")
    assert finding(before, "6.2.confirmation").severity == "error"


def test_6_2_confirmation_without_a_time_names_the_transmission_grammatically(complete_request):
    doc = _urgent(complete_request, at="")
    found = finding(doc, "6.2.confirmation")
    assert "дата и время устной передачи" in found.message("ru") and "of the oral transmission" in found.message("en")


def test_6_4_signatory_needs_a_position_and_a_named_specialised_subdivision(complete_request):
    assert fields(edited(complete_request, signatory__position={"ru": "", "en": ""}), "6.4.signatory") == {"signatory.position"}
    no_subdivision = edited(complete_request, requesting__subdivision={"ru": "", "en": ""})
    assert fields(no_subdivision, "6.4.signatory") == {"requesting.subdivision"}
    non_specialised = edited(no_subdivision, exchange="non_specialised", signatory__role="authority_head", seal="authority")
    assert "6.4.signatory" not in codes(non_specialised)


def test_messages_are_grammatical_and_lists_are_joined_with_or(complete_request):
    seal = finding(edited(complete_request, seal="authority"), "6.4.seal").message("ru")
    assert "скрепляется гербовой печатью самостоятельного центрального профильного подразделения" in seal
    role = finding(edited(complete_request, exchange="non_specialised", seal="authority"), "6.4.signatory").message("ru")
    assert ("руководитель компетентного органа, заместитель руководителя компетентного органа или "
            "исполняющий обязанности руководителя компетентного органа") in role
    role_en = finding(edited(complete_request, exchange="non_specialised", seal="authority"), "6.4.signatory").message("en")
    assert "head of the competent authority, deputy head of the competent authority or acting head" in role_en


def test_language_findings_cite_no_article(complete_request):
    doc = edited(complete_request, purpose={"ru": "Identification of the person", "en": ""},
                 case_summary={"ru": "Вход в 14:05:17", "en": "Login at 15:05:17"})
    found = [f for f in check(doc).findings if f.code.startswith("lang.")]
    assert {f.code for f in found} >= {"lang.missing", "lang.script", "lang.tokens"}
    for f in found:
        assert "ст." not in f.message("ru") and "Art" not in f.message("en"), f.message("en")
    tokens = next(f for f in found if f.code == "lang.tokens")
    assert tokens.message("en") == "The texts differ: «14:05:17» in the Russian text, «15:05:17» in the English."
    missing = next(f for f in found if f.code == "lang.missing")
    assert "на русском и английском языках" in missing.message("ru") and "in Russian and English" in missing.message("en")


def test_an_acting_basis_written_once_is_not_compared_with_itself(complete_request):
    doc = edited(complete_request, signatory__role="acting_subdivision_head",
                 signatory__acting_basis="Приказ МВД России № 123-лс от 20.10.2026, п. 1,5")
    assert not [f for f in check(doc).findings if f.code.startswith("lang.")]
    arrangement = _urgent(complete_request, channel="technical", transmission__arrangement="Соглашение от 01.03.2024 № 15/2024")
    assert not [f for f in check(arrangement).findings if f.code.startswith("lang.")]


# 6.3.f enclosures --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Злоумышленник использовал мобильное приложение банка.",
    "Вредоносная программа распространялась во вложении к электронному письму.",
    "The malware spread as an attachment to an e-mail.",
    "The victim installed a mobile app.",
    "Приложений нет.", "Без приложений.", "No enclosures.", "The request is sent without enclosures.",
    "Приложение «Сбербанк Онлайн» было скомпрометировано.",
])
def test_texts_that_do_not_refer_to_enclosures(text):
    assert not mentions_enclosures(text)


@pytest.mark.parametrize("text", [
    "Прилагаю копию заявления потерпевшего.", "Копия выписки прилагается.", "См. приложение № 1.",
    "Сведения приведены в приложении 2.", "Приложение: на 3 л. в 1 экз.", "согласно приложению к настоящему запросу",
    "A copy of the statement is enclosed.", "See Annex 1.", "Please find attached the bank statement.",
    "The documents attached to this request.", "Enclosure: 3 pages.",
])
def test_texts_that_refer_to_enclosures(text):
    assert mentions_enclosures(text)


def test_6_3_f_unlisted_enclosures(complete_request):
    app = edited(complete_request, attachments=[], other_information={"ru": "Использовалось мобильное приложение банка.", "en": "The bank's mobile app was used."})
    assert "6.3.f" not in codes(app)
    enclosed = edited(app, other_information={"ru": "Прилагаю копию выписки.", "en": "A copy of the statement is enclosed."})
    assert fields(enclosed, "6.3.f") == {"attachments"}


# data.size --------------------------------------------------------------------------------------


def test_a_long_text_is_a_warning_and_only_a_hostile_size_an_error(complete_request):
    long = edited(complete_request, other_information={"ru": "Журнал: " + "запись " * 4000, "en": "Log: " + "entry " * 4000})
    found = [f for f in check(long).findings if f.code == "data.size"]
    assert {(f.severity, f.field) for f in found} == {("warning", "other_information.ru"), ("warning", "other_information.en")}
    assert "приложением" in found[0].message("ru")
    hostile = edited(complete_request, other_information={"ru": "ж" * 600_000, "en": "x"})
    assert {(f.severity, f.field) for f in check(hostile).findings if f.code == "data.size"} == {("error", "other_information.ru")}


# Time zones --------------------------------------------------------------------------------------


def test_an_authority_s_own_zone_in_the_directory_is_used_when_the_request_gives_none(complete_request):
    primorsky = [a for a in bundled_directory().authorities_of("RU") if a.time_zone == "Asia/Vladivostok"][0]
    doc = _urgent(complete_request, requesting__authority=dict(primorsky.name), requesting__time_zone="")
    assert check(doc).requesting_zone == "Asia/Vladivostok"
    assert check(doc).confirmation_due.isoformat() == "2026-11-23T17:00:00+10:00"
    state_default = _urgent(complete_request, requesting__time_zone="")
    assert check(state_default).requesting_zone == "Europe/Moscow"


@pytest.fixture
def outdated_system_zones(tmp_path):
    """A system database from 2020, when Kazakhstan was still at UTC+6."""
    import tzdata

    root = Path(tzdata.__file__).parent / "zoneinfo"
    (tmp_path / "Asia").mkdir()
    shutil.copy(root / "Asia" / "Dhaka", tmp_path / "Asia" / "Almaty")  # +06:00 all year, as Almaty was
    (tmp_path / "tzdata.zi").write_text("# version 2020a\n", encoding="ascii")
    saved = zoneinfo.TZPATH
    zoneinfo.reset_tzpath(to=[str(tmp_path)])
    zoneinfo.ZoneInfo.clear_cache()
    yield tmp_path
    zoneinfo.reset_tzpath(to=list(saved))
    zoneinfo.ZoneInfo.clear_cache()


def test_the_bundled_tzdata_is_preferred_over_an_older_system_database(outdated_system_zones):
    sent = datetime(2026, 11, 20, 5, 0, tzinfo=timezone.utc)  # 10:00 in Almaty
    stale = confirmation_due(sent, zoneinfo.ZoneInfo("Asia/Almaty"), AGREEMENT_HOURS)
    assert stale.strftime("%H:%M %z") == "11:00 +0600"  # what an outdated database shows
    assert timeutil.prefer_newest_tzdata()
    due = confirmation_due(sent, zoneinfo.ZoneInfo("Asia/Almaty"), AGREEMENT_HOURS)
    assert due.strftime("%d.%m %H:%M %z") == "23.11 10:00 +0500"


def test_a_newer_system_database_is_kept(tmp_path):
    (tmp_path / "tzdata.zi").write_text("# version 2999a\n", encoding="ascii")
    assert timeutil.system_tzdata_version([str(tmp_path)]) == "2999a"
    assert timeutil.system_tzdata_version([str(tmp_path / "missing")]) is None


def test_check_never_raises_and_keeps_article_6_findings(complete_request):
    doc = clone(complete_request)
    assert check_document(doc).ok


# File-reading errors ----------------------------------------------------------------------------

import re as _re  # noqa: E402

from requestdesk.domain.requestfile import RequestFileError, load_request_file, parse_request_bytes  # noqa: E402

_LATIN_WORD = _re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize("data", [b'{"format": ', b'{"a" 1}', b'{"a": 1,}', b'[1, 2]', b'"text"', b'{"a": "\\x"}', b'{} {}', b"{'a': 1}"])
def test_file_reading_errors_in_russian_are_wholly_russian(tmp_path, data):
    path = tmp_path / "r.request.json"
    path.write_bytes(data)
    with pytest.raises(RequestFileError) as caught:
        load_request_file(path)
    russian = caught.value.message("ru").removeprefix(f"{path}: ")
    assert not [w for w in _LATIN_WORD.findall(russian) if w not in ("JSON", "null", "RequestDesk", "format", "requestdesk", "request")], russian
    assert caught.value.message("en").startswith(str(path))


def test_a_missing_file_and_a_folder_are_said_in_russian(tmp_path):
    for target, words in ((tmp_path / "missing.request.json", "нет такого файла"), (tmp_path, "это папка")):
        with pytest.raises(RequestFileError) as caught:
            load_request_file(target)
        assert words in caught.value.message("ru")
    with pytest.raises(RequestFileError) as caught:
        parse_request_bytes(b"[]")
    assert "массив" in caught.value.message("ru") and "list" in caught.value.message("en")


def test_the_agreement_s_articles_and_the_profile_s_own_texts_state_the_same_in_both_languages():
    # Careful translations written by others: the Articles' working English translation
    # and every bilingual text of the profile and the directory.
    import json

    from requestdesk.domain.tokens import compare_texts
    from requestdesk.resources import resource_path

    def pairs(node):
        if isinstance(node, dict):
            if isinstance(node.get("ru"), str) and isinstance(node.get("en"), str):
                yield node["ru"], node["en"]
            for value in node.values():
                yield from pairs(value)
        elif isinstance(node, list):
            for value in node:
                yield from pairs(value)

    texts = []
    for name in (("profiles", "cis-2018-it.json"), ("profiles", "cis-2018-it.articles.json"), ("directory.json",)):
        texts.extend(pairs(json.loads(resource_path(*name).read_text(encoding="utf-8"))))
    assert len(texts) > 300
    assert [(ru[:60], en[:60]) for ru, en in texts if compare_texts(ru, en)] == []


def test_an_ip_row_not_yet_filled_is_one_error_not_a_sentence_with_a_hole(complete_request):
    doc = edited(complete_request, assistance__0__identifiers=[{"type": "ip", "value": ""}])
    from requestdesk.domain.check import check_document

    messages = [f.message("ru") for f in check_document(doc).findings if f.field.startswith("assistance.0.identifiers")]
    assert messages and all("  " not in m for m in messages)
    assert any(f.code == "data.identifier" and f.severity == "error" for f in check_document(doc).findings)
