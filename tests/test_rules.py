"""Every rule code of spec §2: a request that triggers it and one that must not."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from requestdesk.domain.check import check_document
from requestdesk.domain.document import set_path
from requestdesk.domain.timeutil import FixedClock
from tests.conftest import clone

NOW = FixedClock(datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc))


def check(doc, clock=NOW):
    return check_document(doc, clock=clock)


def codes(doc, clock=NOW) -> set[str]:
    return {f.code for f in check(doc, clock).findings}


def fields(doc, code: str) -> set[str]:
    return {f.field for f in check(doc).findings if f.code == code}


def edited(doc, **changes):
    out = clone(doc)
    for path, value in changes.items():
        set_path(out, path.replace("__", "."), value)
    return out


def test_the_complete_example_has_no_error_and_no_language_warning(complete_request):
    result = check(complete_request)
    assert result.ok, [f.to_dict() for f in result.errors]
    assert not [f for f in result.findings if f.code.startswith("lang.")]
    # Russia's entry into force is not in the directory: the reviewer is told to verify it.
    assert {(f.code, f.field) for f in result.warnings} == {("4.parties", "requesting.state")}


@pytest.mark.parametrize("side", ["requesting", "requested"])
def test_6_3_a_authority_name_missing(complete_request, side):
    doc = edited(complete_request, **{f"{side}__authority": {"ru": "", "en": " "}})
    assert fields(doc, "6.3.a") == {f"{side}.authority"}
    assert "6.3.a" not in codes(complete_request)


def test_6_3_b_no_case_summary(complete_request):
    doc = clone(complete_request)
    del doc["case_summary"]
    assert fields(doc, "6.3.b") == {"case_summary"}
    assert "6.3.b" not in codes(complete_request)


@pytest.mark.parametrize("name", ["purpose", "justification"])
def test_6_3_c_purpose_and_justification_both_required(complete_request, name):
    doc = edited(complete_request, **{name: {"ru": "", "en": ""}})
    assert fields(doc, "6.3.c") == {name}
    assert "6.3.c" not in codes(complete_request)


def test_6_3_d_no_item_or_item_without_form_or_description(complete_request):
    none = edited(complete_request, assistance=[])
    assert fields(none, "6.3.d") == {"assistance"}
    incomplete = edited(complete_request, assistance__1__form="", assistance__2__description={"ru": "", "en": ""})
    assert fields(incomplete, "6.3.d") == {"assistance.1.form", "assistance.2.description"}
    assert "6.3.d" not in codes(complete_request)


def test_6_3_e_missing_or_before_the_request_date(complete_request):
    # (babel keeps "г." with its year by a narrow no-break space)
    assert fields(edited(complete_request, desired_execution_by=""), "6.3.e") == {"desired_execution_by"}
    before = check(edited(complete_request, desired_execution_by="2026-11-19"))
    finding = next(f for f in before.findings if f.code == "6.3.e")
    assert "19 ноября 2026\u202fг." in finding.message("ru") and "20 November 2026" in finding.message("en")
    assert "6.3.e" not in codes(edited(complete_request, desired_execution_by="2026-11-20"))


def test_6_3_f_enclosure_without_title_or_pages_and_unlisted_enclosures(complete_request):
    doc = edited(complete_request, attachments=[{"title": {"ru": "", "en": ""}, "copies": 1}])
    found = [f for f in check(doc).findings if f.code == "6.3.f"]
    assert {f.field for f in found} == {"attachments.0.title", "attachments.0.pages"}
    assert all(f.severity == "warning" for f in found)
    # the example's other_information says the statement "прилагается" / "is enclosed"
    assert fields(edited(complete_request, attachments=[]), "6.3.f") == {"attachments"}
    assert "6.3.f" not in codes(complete_request)


def test_6_3_g_legal_basis_not_the_agreement(complete_request):
    doc = edited(complete_request, treaty="minsk-2001")
    finding = next(f for f in check(doc).findings if f.code == "6.3.g")
    assert "minsk-2001" in finding.message("en")
    missing = clone(complete_request)
    del missing["treaty"]
    assert "6.3.g" in codes(missing)
    assert "6.3.g" not in codes(complete_request)


def test_6_2_channel_oral_needs_urgency_technical_needs_urgency_or_arrangement(complete_request):
    oral = edited(complete_request, transmission__channel="oral", transmission__at="2026-11-20T10:00:00+03:00")
    assert "6.2.channel" in codes(oral)
    technical = edited(complete_request, transmission__channel="technical", transmission__at="2026-11-20T10:00:00+03:00")
    assert "6.2.channel" in codes(technical)
    arranged = edited(technical, transmission__arrangement="Соглашение между МВД России и МВД Армении о защищенном канале")
    assert "6.2.channel" not in codes(arranged)
    urgent_oral = edited(oral, urgent=True, urgency_reason={"ru": "Данные будут удалены через сутки", "en": "The data will be deleted within a day"})
    assert "6.2.channel" not in codes(urgent_oral)
    assert "6.2.channel" not in codes(complete_request)


def _urgent(doc, channel="oral", at="2026-11-20T10:00:00+03:00", **more):
    return edited(
        doc,
        urgent=True,
        urgency_reason={"ru": "Данные будут удалены", "en": "The data will be deleted"},
        transmission__channel=channel,
        transmission__at=at,
        **more,
    )


def test_6_2_confirmation_pending_is_a_warning_with_the_due_instant(complete_request):
    result = check(_urgent(complete_request), FixedClock(datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)))
    finding = next(f for f in result.findings if f.code == "6.2.confirmation")
    assert finding.severity == "warning"
    assert "23 ноября 2026\u202fг., 10:00 (UTC+03:00, Europe/Moscow)" in finding.message("ru")
    assert result.confirmation_due.isoformat() == "2026-11-23T10:00:00+03:00"


def test_6_2_confirmation_overdue_and_late_are_errors(complete_request):
    after = FixedClock(datetime(2026, 11, 23, 7, 0, 1, tzinfo=timezone.utc))  # 10:00:01 Moscow
    overdue = next(f for f in check(_urgent(complete_request), after).findings if f.code == "6.2.confirmation")
    assert overdue.severity == "error" and overdue.field == "transmission.confirmed_at"
    late = _urgent(complete_request, transmission__confirmed_at="2026-11-23T10:30:00+03:00")
    assert next(f for f in check(late, after).findings if f.code == "6.2.confirmation").severity == "error"
    on_time = _urgent(complete_request, transmission__confirmed_at="2026-11-23T09:59:00+03:00")
    assert "6.2.confirmation" not in codes(on_time, after)


def test_6_2_confirmation_not_needed_for_technical_channel_under_arrangement(complete_request):
    doc = _urgent(complete_request, channel="technical", transmission__arrangement="Двусторонняя договоренность от 1 марта 2024 г.")
    assert "6.2.confirmation" not in codes(doc)
    assert check(doc).confirmation_due is None
    assert "6.2.confirmation" in codes(_urgent(complete_request, channel="technical"))


def test_6_4_signatory_must_fit_the_exchange(complete_request):
    wrong = edited(complete_request, signatory__role="authority_deputy_head")  # exchange is specialised
    finding = next(f for f in check(wrong).findings if f.code == "6.4.signatory")
    assert finding.field == "signatory.role"
    assert "head of the independent central specialised subdivision" in finding.message("en")
    non_specialised = edited(complete_request, exchange="non_specialised", signatory__role="authority_deputy_head", seal="authority")
    assert "6.4.signatory" not in codes(non_specialised)
    nobody = clone(complete_request)
    del nobody["signatory"]
    assert fields(nobody, "6.4.signatory") == {"signatory.name"}
    assert fields(edited(complete_request, exchange=""), "6.4.signatory") == {"exchange"}
    assert "6.4.signatory" not in codes(complete_request)


def test_6_4_seal_must_fit_the_exchange(complete_request):
    assert fields(edited(complete_request, seal="authority"), "6.4.seal") == {"seal"}
    assert fields(edited(complete_request, seal="none"), "6.4.seal") == {"seal"}
    assert fields(edited(complete_request, seal=""), "6.4.seal") == {"seal"}
    assert "6.4.seal" not in codes(complete_request)


def test_6_4_acting_head_without_basis_is_a_warning(complete_request):
    acting = edited(complete_request, signatory__role="acting_subdivision_head")
    finding = next(f for f in check(acting).findings if f.code == "6.4.acting")
    assert finding.severity == "warning"
    assert "6.4.signatory" not in codes(acting)
    with_basis = edited(acting, signatory__acting_basis={"ru": "Приказ № 15 от 1 ноября 2026 г.", "en": "Order No. 15 of 1 November 2026"})
    assert "6.4.acting" not in codes(with_basis)


def test_4_parties_same_state_is_an_error_not_in_force_a_warning(complete_request):
    same = edited(complete_request, requested__state="RU")
    assert next(f for f in check(same).findings if f.code == "4.parties").severity == "error"
    unknown = edited(complete_request, requested__state="XX")
    assert fields(unknown, "4.parties") >= {"requested.state"}
    # Armenia: in force from 22 January 2022 according to the directory
    assert "requested.state" not in fields(complete_request, "4.parties")
    before_armenia = edited(complete_request, date="2021-12-01", desired_execution_by="2021-12-20")
    assert "requested.state" in fields(before_armenia, "4.parties")


def test_5_form_unknown_or_b_without_ground(complete_request):
    assert fields(edited(complete_request, assistance__0__ground=""), "5.form") == {"assistance.0.ground"}
    assert fields(edited(complete_request, assistance__1__form="z"), "5.form") == {"assistance.1.form"}
    assert fields(edited(complete_request, assistance__0__ground="somewhere"), "5.form") == {"assistance.0.ground"}
    assert "5.form" not in codes(complete_request)


def test_lang_missing_when_one_language_is_empty(complete_request):
    doc = edited(complete_request, purpose={"ru": "Установление лица", "en": ""})
    assert fields(doc, "lang.missing") == {"purpose.en"}
    russian_only = edited(doc, languages=["ru"])
    assert "lang.missing" not in codes(russian_only)


def test_lang_script_when_text_is_in_the_wrong_field(complete_request):
    swapped = edited(
        complete_request,
        purpose={"ru": "Identification of the person", "en": "Установление лица, использовавшего адрес"},
    )
    assert fields(swapped, "lang.script") == {"purpose.ru", "purpose.en"}


def test_lang_tokens_normalises_numbers_and_dates_but_finds_real_differences(complete_request):
    equal = edited(
        complete_request,
        case_summary={
            "ru": "Похищено 1 250 000,50 руб. 20 октября 2026 г. (20.10.2026), адрес 192.0.2.15, почта a@example.org",
            "en": "RUB 1,250,000.50 was stolen on 20 October 2026 (2026-10-20), address 192.0.2.15, e-mail A@example.org",
        },
    )
    assert "lang.tokens" not in codes(equal)
    different = edited(
        complete_request,
        case_summary={
            "ru": "Похищено 1 250 000,50 руб. 21 октября 2026 г. с адреса 192.0.2.16",
            "en": "RUB 1,250,000.50 was stolen on 20 October 2026 from 192.0.2.15",
        },
    )
    found = [f for f in check(different).findings if f.code == "lang.tokens"]
    # Each message quotes the value of the Russian text and the one the English has instead.
    messages = sorted(f.message("en") for f in found)
    assert messages == [
        "The texts differ: «192.0.2.16» in the Russian text, «192.0.2.15» in the English.",
        "The texts differ: «21 октября 2026 г.» in the Russian text, «20 October 2026» in the English.",
    ]
    assert {f.field for f in found} == {"case_summary.en"}


def test_data_identifier_malformed_is_an_error_ip_without_window_a_warning(complete_request):
    bad = edited(complete_request, assistance__0__identifiers=[{"type": "ip", "value": "300.1.2.3", "from": "2026-10-20T14:30:00+03:00", "to": "2026-10-20T14:40:00+03:00"}])
    finding = next(f for f in check(bad).findings if f.code == "data.identifier")
    assert finding.severity == "error" and finding.field == "assistance.0.identifiers.0.value"
    for kind, value in [("url", "http//broken"), ("email", "no-at-sign.example.org"), ("domain", "-bad-.example")]:
        doc = edited(complete_request, assistance__2__identifiers=[{"type": kind, "value": value}])
        assert fields(doc, "data.identifier") == {"assistance.2.identifiers.0.value"}, kind
    no_window = edited(complete_request, assistance__0__identifiers=[{"type": "ip", "value": "2001:db8::1"}])
    warning = next(f for f in check(no_window).findings if f.code == "data.identifier")
    assert warning.severity == "warning"
    naive = edited(complete_request, assistance__0__identifiers__0__from="2026-10-20T14:30:00")
    assert {f.severity for f in check(naive).findings if f.code == "data.identifier"} == {"warning"}
    assert "data.identifier" not in codes(complete_request)


def test_messages_name_the_article_in_both_languages(complete_request):
    doc = edited(complete_request, case_summary={"ru": "", "en": ""})
    finding = next(f for f in check(doc).findings if f.code == "6.3.b")
    assert "ст. 6" in finding.message("ru") and "Art. 6(3)(b)" in finding.message("en")


def test_every_finding_has_a_stable_code_listed_in_the_profile(complete_request):
    from requestdesk.domain.profile import load_profile

    listed = {r.code for r in load_profile().rules}
    broken = edited(complete_request, offences="a", date="2026-02-30", requesting__time_zone="Mars/Base", assistance__0__identifiers=[{"type": "ip", "value": "x"}])
    for finding in check(broken).findings:
        assert finding.code in listed
        assert finding.severity in ("error", "warning")
        assert finding.message("ru") and finding.message("en")
