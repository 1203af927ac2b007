"""The small identifier rules agree with the well-kept libraries they stand in for.

The check runs on every keystroke and `requestdesk check` must start fast: e-mail
addresses are validated by a small RFC 6531 rule (email-validator costs ~40 ms to import
and ~0.25 ms a call) and phone numbers written with a trunk prefix are read by a small
rule (phonenumbers costs ~30-70 ms to import). These tests hold the small rules to the
libraries' answers.
"""

from __future__ import annotations

import email_validator
import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from requestdesk.domain.hosts import canonical_host
from requestdesk.domain.identifiers import is_email
from requestdesk.domain.tokens import read_values

ADDRESSES = [
    "админ@пример.рф", "a@example.org", "ivan.petrov@mail.ru", "почта@сайт.рус", "user+tag@example.com", "a..b@example.com",
    ".a@example.com", "a.@example.com", "a@b", "a@-bad-.example", "x@xn--e1afmkfd.xn--p1ai", "müller@example.de",
    "a b@example.com", "a@example..com", "a@exa_mple.com", "юзер@gmail.com", "a@example.com.", "\"q\"@example.com",
    "a@1.2.3.4", "a@[1.2.3.4]", "o'brien@example.ie", "тест@почта.бел", "user@пример.рф", "user@localhost",
    "first_last@example.co.uk", "a-b@example.kz", "@example.com", "a@", "a@@example.com",
    "a" * 64 + "@example.com", "ж" * 32 + "@example.com",
    "дежурный.часть@мвд.рф", "info@банк-онлайн.рф", "x@пример.рф.", "a@xn--p1ai",
]
# Where the rule is deliberately stricter than the library's syntax check: a local part
# over 64 octets (RFC 5321, 4.5.3.1.1) and a top-level domain that is not letters (at
# least two) or xn-- (no such domain exists, so the address is a typing error).
STRICTER = ["a" * 65 + "@example.com", "ж" * 33 + "@example.com", "a@b.c", "a@example.c0m"]


def _library_says(address: str) -> bool:
    try:
        email_validator.validate_email(address, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return False
    return True


@pytest.mark.parametrize("address", ADDRESSES)
def test_e_mail_rule_agrees_with_email_validator(address):
    assert is_email(address) == _library_says(address)


@pytest.mark.parametrize("address", STRICTER)
def test_e_mail_rule_is_stricter_only_where_it_says(address):
    assert _library_says(address) and not is_email(address)


NATIONAL = st.builds(
    lambda area, rest: (area, rest),
    st.sampled_from(["495", "499", "812", "343", "383", "423", "800", "727", "717"]),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
)


@settings(max_examples=200, deadline=None)
@given(NATIONAL, st.sampled_from(["8 ({a}) {r1}-{r2}-{r3}", "8-{a}-{r1}-{r2}-{r3}", "8 {a} {r1} {r2} {r3}"]))
def test_trunk_prefix_8_agrees_with_phonenumbers(number, template):
    area, rest = number
    text = template.format(a=area, r1=rest[:3], r2=rest[3:5], r3=rest[5:])
    expected = phonenumbers.format_number(phonenumbers.parse(text, "RU" if area != "727" and area != "717" else "KZ"),
                                          phonenumbers.PhoneNumberFormat.E164)
    phones = [v for v in read_values(f"Номер {text}.", "ru") if v.kind == "phone"]
    assert [v.keys[0] for v in phones] == [("phone", expected)]


@pytest.mark.parametrize("national", ["8 (017) 123-45-67", "8 (029) 765-43-21", "8 (0152) 12-34-56"])
def test_belarusian_trunk_prefix_agrees_with_phonenumbers(national):
    expected = phonenumbers.format_number(phonenumbers.parse(national, "BY"), phonenumbers.PhoneNumberFormat.E164)
    phones = [v for v in read_values(f"Номер {national}.", "ru") if v.kind == "phone"]
    assert [v.keys[0] for v in phones] == [("phone", expected)]


@pytest.mark.parametrize("host", ["пример.рф", "банк-онлайн.рф", "сайт.рус", "почта.бел", "мысал.қаз", "ПРИМЕР.РФ", "www.пример.рф"])
def test_idn_hosts_have_one_canonical_form(host):
    assert canonical_host(host) == host.lower().encode("idna").decode("ascii")
    assert canonical_host(canonical_host(host)) == canonical_host(host)
