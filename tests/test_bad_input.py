"""Hostile and broken requests: findings or a clear exit 2, never a traceback."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from requestdesk.domain.check import check_document
from requestdesk.domain.reader import MAX_TEXT_CHARS
from tests.cli_helpers import run_cli
from tests.conftest import clone

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=30,
)
spec_keys = st.sampled_from(
    ["format", "version", "id", "treaty", "number", "date", "requesting", "requested", "exchange", "offences",
     "case_summary", "purpose", "justification", "assistance", "desired_execution_by", "other_information",
     "attachments", "confidential", "presence_requested", "urgent", "urgency_reason", "transmission",
     "signatory", "seal", "executor", "languages"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(spec_keys | st.text(max_size=8), json_values, max_size=12))
def test_check_never_raises_on_any_json_object(doc):
    result = check_document(doc)
    json.dumps(result.to_json("ru"), ensure_ascii=False)


@settings(max_examples=60, deadline=None)
@given(json_values)
def test_check_never_raises_inside_a_valid_request(complete_request_value):
    # every field of a complete request replaced, one at a time, by an arbitrary value
    from requestdesk.resources import resource_path

    base = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
    for key in list(base):
        doc = clone(base)
        doc[key] = complete_request_value
        check_document(doc)


def test_ten_megabytes_in_a_field_is_a_finding(complete_request):
    doc = clone(complete_request)
    doc["case_summary"]["en"] = "x" * (10 * 1024 * 1024)
    result = check_document(doc)
    assert any(f.code == "data.size" and f.field == "case_summary.en" for f in result.findings)
    assert MAX_TEXT_CHARS < 10 * 1024 * 1024


def test_control_characters_and_template_syntax_are_just_text(complete_request):
    doc = clone(complete_request)
    doc["purpose"] = {"ru": "Установить {{ 7*7 }} {% if %} \x00\x07\x1b", "en": "Establish {{ 7*7 }} {% if %} \x00\x07\x1b"}
    result = check_document(doc)
    assert result.ok
    assert result.request.purpose.get("en").startswith("Establish {{ 7*7 }}")


def test_dates_that_do_not_exist_and_times_without_offset(complete_request):
    doc = clone(complete_request)
    doc["date"] = "2026-02-30"
    doc["urgent"] = True
    doc["transmission"] = {"channel": "oral", "at": "2026-11-20T10:00"}
    found = {(f.code, f.field) for f in check_document(doc).findings}
    assert ("data.format", "date") in found
    assert ("data.format", "transmission.at") in found


def test_unknown_state_code_is_a_finding(complete_request):
    doc = clone(complete_request)
    doc["requested"]["state"] = "ZZ"
    assert ("4.parties", "requested.state") in {(f.code, f.field) for f in check_document(doc).findings}


def test_wrong_types_become_findings_via_the_command_line(write_request, complete_request):
    doc = clone(complete_request)
    doc["assistance"] = "everything"
    doc["attachments"] = [{"title": "plain", "pages": "three"}]
    result = run_cli("check", str(write_request(doc)), "--json", "--lang", "en")
    assert result.returncode == 1
    fields = {(f["code"], f["field"]) for f in json.loads(result.stdout)["findings"]}
    assert {("data.type", "assistance"), ("data.type", "attachments.0.title"), ("data.type", "attachments.0.pages")} <= fields


# Any code point, halves of UTF-16 pairs included: json.dumps writes those as "\udcff".
any_text = st.text(st.characters(categories=["Cs", "L", "N", "P", "Zs", "Cc"]), max_size=40)
escaped_requests = st.fixed_dictionaries(
    {"format": st.just("requestdesk.request"), "version": st.just(1)},
    optional={"number": any_text, "case_summary": st.dictionaries(st.sampled_from(["ru", "en"]), any_text)},
).map(lambda d: json.dumps(d).encode())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: t.encode("utf-8")) | escaped_requests)
def test_the_request_file_loader_refuses_any_bytes_cleanly(data):
    from requestdesk.domain.requestfile import RequestFileError, dump_request, parse_request_bytes

    try:
        doc = parse_request_bytes(data, "fuzz.request.json")
    except RequestFileError as exc:
        assert "fuzz.request.json" in exc.message("ru") and "fuzz.request.json" in exc.message("en")
    else:
        check_document(doc)
        dump_request(doc)  # what the register and every export write: a loaded request can be written


def test_instants_at_the_end_of_the_calendar_are_findings_not_crashes(complete_request, write_request):
    doc = clone(complete_request)
    doc["urgent"] = True
    doc["transmission"] = {"channel": "oral", "at": "9999-12-30T00:00:00+00:00"}
    result = check_document(doc)
    assert ("data.format", "transmission.at") in {(f.code, f.field) for f in result.findings}
    cli = run_cli("check", str(write_request(doc)), "--json")
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    late_now = run_cli("check", str(write_request(complete_request)), "--now", "9999-12-31T23:59:59-14:00")
    assert late_now.returncode == 2 and "--now" in late_now.stderr


def test_a_confirmation_recorded_before_the_transmission_is_an_error(complete_request):
    doc = clone(complete_request)
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Срочно", "en": "Urgent"}
    doc["transmission"] = {"channel": "oral", "at": "2026-11-20T10:00:00+03:00", "confirmed_at": "2026-11-19T10:00:00+03:00"}
    found = [f for f in check_document(doc).findings if f.code == "6.2.confirmation"]
    assert [(f.severity, f.field) for f in found] == [("error", "transmission.confirmed_at")]
    assert "before the request itself was transmitted" in found[0].message("en")


def test_an_arrangement_given_as_one_plain_string_raises_no_script_warning(complete_request):
    doc = clone(complete_request)
    doc["transmission"] = {"channel": "technical", "at": "2026-11-20T10:00:00+03:00", "arrangement": "Соглашение 2020 года"}
    assert not [f for f in check_document(doc).findings if f.code == "lang.script"]
