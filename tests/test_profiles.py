"""Rules per treaty profile: a request naming a profile installed by an administrator is
checked by that profile's rules, names its articles and counts its confirmation period."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from requestdesk.domain.check import check_document
from requestdesk.domain.deadlines import Counting
from requestdesk.domain.profile import DEFAULT_TREATY, ProfileError, load_profile
from requestdesk.domain.timeutil import FixedClock
from tests import made_up_profile as made_up
from tests.cli_helpers import run_cli
from tests.conftest import clone
from tests.test_rules import _urgent, edited

NOW = FixedClock(datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc))
SENT = "2026-11-20T10:00:00+03:00"
LETTERS = "abcdefg"

# A request that fails element X of Art. 6(3), for each X a check can be made to fail.
VIOLATIONS = {
    "a": {"requesting__authority": {"ru": "", "en": ""}},
    "b": {"case_summary": {"ru": "", "en": ""}},
    "c": {"purpose": {"ru": "", "en": ""}},
    "d": {"assistance": []},
    "e": {"desired_execution_by": ""},
    "f": {"attachments": [{"title": {"ru": "", "en": ""}, "copies": 1}]},
}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    path = tmp_path / "profiles"
    made_up.use_folder(monkeypatch, path)
    return path


def under(doc, name=made_up.NAME):
    return edited(doc, treaty=name)


def check(doc, **kw):
    return check_document(doc, clock=NOW, **kw)


@pytest.mark.parametrize("drop", LETTERS)
def test_the_profile_decides_which_element_rules_run(folder, complete_request, drop):
    made_up.install(folder, made_up.made_up(drop=drop))
    agreement = check(complete_request)
    other = check(under(complete_request))
    assert other.treaty == made_up.NAME and agreement.treaty == DEFAULT_TREATY
    assert len(other.rules) == len(agreement.rules) - 1
    assert set(agreement.rules) - set(other.rules) == {f"6.3.{drop}"}
    if drop in VIOLATIONS:
        failing = edited(complete_request, **VIOLATIONS[drop])
        assert f"6.3.{drop}" in {f.code for f in check(failing).findings}
        assert f"6.3.{drop}" not in {f.code for f in check(under(failing)).findings}


@pytest.mark.parametrize("letter", sorted(VIOLATIONS))
def test_findings_name_the_articles_of_the_profile(folder, complete_request, letter):
    made_up.install(folder, made_up.made_up(drop="g"))
    failing = under(edited(complete_request, **VIOLATIONS[letter]))
    found = [f for f in check(failing).findings if f.code == f"6.3.{letter}"]
    assert found
    local = next(e.local_letter for e in load_profile().elements if e.letter == letter)
    for finding in found:
        assert made_up.element_article(letter, local)["en"] in finding.message("en")
        assert made_up.element_article(letter, local)["ru"] in finding.message("ru")
        assert "6(3)" not in finding.message("en") and "п. 3 ст. 6" not in finding.message("ru")


def test_the_confirmation_period_and_its_article_come_from_the_profile(folder, complete_request):
    made_up.install(folder, made_up.made_up())
    doc = _urgent(complete_request, at=SENT)
    sent = datetime.fromisoformat(SENT)
    assert check(doc).confirmation_due == sent + timedelta(hours=72)
    result = check(under(doc))
    assert result.confirmation_due == sent + timedelta(days=made_up.DAYS)
    pending = next(f for f in result.findings if f.code == "6.2.confirmation")
    assert pending.severity == "warning"
    assert "within 5 days" in pending.message("en") and "Art. 9(4)" in pending.message("en")
    assert "в течение 5 суток" in pending.message("ru") and "п. 4 ст. 9" in pending.message("ru")
    assert "3 days" not in pending.message("en") and "6(2)" not in pending.message("en")
    # Four days later the Agreement's confirmation is overdue; this treaty's is not yet.
    later = FixedClock(sent + timedelta(days=4))
    assert not check_document(doc, clock=later).ok
    assert check_document(under(doc), clock=later).ok
    assert not check_document(under(doc), clock=FixedClock(sent + timedelta(days=5, minutes=1))).ok


@pytest.mark.parametrize("days", [1, 2, 5, 11, 21])
def test_whole_days_count_the_profile_s_days(folder, complete_request, days):
    made_up.install(folder, made_up.made_up(days=days))
    result = check(under(_urgent(complete_request, at=SENT)), counting=Counting.WHOLE_DAYS)
    # 20 November in Moscow is not counted; the period ends at 24:00 of its last day.
    assert result.confirmation_due.isoformat() == f"{(datetime(2026, 11, 21) + timedelta(days=days)).date()}T00:00:00+03:00"
    profile = load_profile(made_up.NAME)
    assert profile.confirmation_rules["whole_days"]["en"].startswith(f"{days} whole days")
    assert f"within {days} day" in profile.confirmation_rules["elapsed_72h"]["en"]
    assert f"{days * 24} hours" in profile.confirmation_rules["elapsed_72h"]["en"]


def test_a_period_in_hours(folder, complete_request):
    made_up.install(folder, made_up.made_up(days=48, unit="hours"))
    result = check(under(_urgent(complete_request, at=SENT)))
    assert result.confirmation_due == datetime.fromisoformat(SENT) + timedelta(hours=48)
    pending = next(f for f in result.findings if f.code == "6.2.confirmation")
    assert "within 48 hours" in pending.message("en") and "в течение 48 часов" in pending.message("ru")
    assert load_profile(made_up.NAME).rule("6.2.confirmation").label["ru"] == "Письменное подтверждение в течение 48 часов"


def test_the_agreement_s_own_texts_are_unchanged():
    profile = load_profile()
    assert profile.confirmation_hours == 72
    assert profile.rule("6.2.confirmation").label == {"ru": "Письменное подтверждение в течение 3 суток",
                                                      "en": "Written confirmation within 3 days"}
    assert profile.confirmation_rules["elapsed_72h"] == {
        "ru": "72 часа с момента передачи (п. 2 ст. 6: «в течение 3 суток»)",
        "en": "72 hours from the moment of transmission (Art. 6(2): “within 3 days”)",
    }
    assert profile.rule("6.3.b").article == {"ru": "подп. «б» п. 3 ст. 6", "en": "Art. 6(3)(b)"}


def test_an_unknown_profile_is_a_6_3_g_error_that_says_where_profiles_go(folder, complete_request):
    result = check(under(complete_request, "minsk-2002"))
    found = [f for f in result.findings if f.code == "6.3.g"]
    assert [f.severity for f in found] == ["error"]
    assert "minsk-2002" in found[0].message("ru") and "не установлен" in found[0].message("ru")
    assert str(folder) in found[0].message("en") and "not installed" in found[0].message("en")
    assert result.treaty == DEFAULT_TREATY  # the Agreement's rules ran meanwhile
    assert "6.3.b" in {f.code for f in check(edited(under(complete_request, "minsk-2002"), case_summary={"ru": "", "en": ""})).findings}


@pytest.mark.parametrize("name", ["../cis-2018-it", "a/b", "", "x" * 70, ".hidden", "con sole"])
def test_a_treaty_name_that_is_no_file_name_is_unknown(folder, complete_request, name):
    found = [f for f in check(under(complete_request, name)).findings if f.code == "6.3.g"]
    assert found and all(f.severity == "error" for f in found)


def test_a_damaged_or_inconsistent_profile_is_named_with_its_problem(folder, complete_request):
    path = made_up.install(folder, made_up.made_up())
    path.write_text('{"id": "made-up-2031", ', encoding="utf-8")
    message = next(f for f in check(under(complete_request)).findings if f.code == "6.3.g").message("en")
    assert str(path) in message and "not JSON" in message and "line 1" in message

    raw = made_up.made_up()
    raw["rules"] = [r for r in raw["rules"] if r["code"] != "6.3.b"]  # element b without its rule
    made_up.install(folder, raw)
    with pytest.raises(ProfileError) as error:
        load_profile(made_up.NAME)
    assert "6.3.b" in error.value.message("en") and "6.3.b" in error.value.message("ru")

    raw = made_up.made_up()
    next(r for r in raw["rules"] if r["code"] == "6.3.c")["article"] = {"ru": "ст. 1", "en": "Art. 1"}
    made_up.install(folder, raw)
    with pytest.raises(ProfileError, match="another article"):
        load_profile(made_up.NAME)

    raw = made_up.made_up()
    raw["confirmation"]["period"] = {"value": 0, "unit": "days"}
    made_up.install(folder, raw)
    assert "confirmation period" in next(f for f in check(under(complete_request)).findings if f.code == "6.3.g").message("en")

    raw = made_up.made_up(name="other-name")
    (folder / f"{made_up.NAME}.json").write_text(json.dumps(raw), encoding="utf-8")
    assert "other-name" in next(f for f in check(under(complete_request)).findings if f.code == "6.3.g").message("en")


def test_an_edited_profile_is_read_again(folder, complete_request):
    made_up.install(folder, made_up.made_up(days=5))
    doc = under(_urgent(complete_request, at=SENT))
    assert check(doc).confirmation_due == datetime.fromisoformat(SENT) + timedelta(days=5)
    made_up.install(folder, made_up.made_up(days=7))
    assert check(doc).confirmation_due == datetime.fromisoformat(SENT) + timedelta(days=7)


def test_the_shipped_agreement_is_never_shadowed(folder, complete_request):
    made_up.install(folder, made_up.made_up(name=DEFAULT_TREATY, days=9))
    doc = _urgent(complete_request, at=SENT)
    assert check(doc).confirmation_due == datetime.fromisoformat(SENT) + timedelta(hours=72)
    assert load_profile().rule("6.3.a").article["en"] == "Art. 6(3)(a)"


def test_check_on_the_command_line_follows_the_profile(folder, write_request, complete_request):
    made_up.install(folder, made_up.made_up(drop="f"))
    doc = _urgent(edited(complete_request, **VIOLATIONS["f"], case_summary={"ru": "", "en": ""}), at=SENT)
    env = {made_up.PROFILES_DIR_VARIABLE: str(folder)}
    agreement = run_cli("check", str(write_request(doc, "a.request.json")), "--json", "--now", "2026-11-21T12:00:00+03:00", env=env)
    other = run_cli("check", str(write_request(under(doc), "b.request.json")), "--json", "--now", "2026-11-21T12:00:00+03:00",
                    "--lang", "ru", env=env)
    assert agreement.returncode == other.returncode == 1, other.stderr
    a, b = json.loads(agreement.stdout), json.loads(other.stdout)
    assert "6.3.f" in {f["code"] for f in a["findings"]} and "6.3.f" not in {f["code"] for f in b["findings"]}
    substance = next(f for f in b["findings"] if f["code"] == "6.3.b")
    assert "подп. «б» п. 2 ст. 11" in substance["message"]
    assert a["deadlines"]["confirmation_due"] == "2026-11-23T10:00:00+03:00"
    assert b["deadlines"]["confirmation_due"] == "2026-11-25T10:00:00+03:00"
    text = run_cli("check", str(write_request(under(doc), "c.request.json")), "--now", "2026-11-21T12:00:00+03:00", env=env)
    assert "Art. 11(2)(b)" in text.stdout and "within 5 days" in text.stdout and "6(3)" not in text.stdout


def test_check_on_the_command_line_says_an_unknown_profile(folder, write_request, complete_request):
    result = run_cli("check", str(write_request(under(complete_request, "minsk-2002"))), "--lang", "ru",
                     env={made_up.PROFILES_DIR_VARIABLE: str(folder)})
    assert result.returncode == 1
    assert "6.3.g" in result.stdout and "«minsk-2002» не установлен" in result.stdout and str(folder) in result.stdout


def test_the_example_still_passes(complete_request):
    assert check(clone(complete_request)).ok
