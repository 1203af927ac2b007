"""Personal keys: made, kept encrypted, opened only with the passphrase, exported."""

from __future__ import annotations

import json
import os
import stat

import pytest

from requestdesk.identity import (
    Holder,
    IdentityError,
    Keyring,
    fingerprint,
    parse_fingerprint,
    read_public_key,
    signing_bytes,
    verify,
    write_public_key,
)
from requestdesk.identity.keys import read_personal_key
from tests.identity.conftest import SUPERVISOR_PASS, T0


def test_a_new_key_is_kept_readable_by_its_owner_only(keyring, supervisor):
    assert stat.S_IMODE(supervisor.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keyring.folder.stat().st_mode) == 0o700
    assert supervisor.path.parent == keyring.folder
    assert not list(keyring.folder.glob(".*.part"))


def test_the_private_key_is_not_in_the_file_in_the_clear(supervisor):
    unlocked = supervisor.unlock(SUPERVISOR_PASS)
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    raw = unlocked._private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    content = supervisor.path.read_bytes()
    import base64

    assert raw not in content and base64.b64encode(raw) not in content


def test_a_signature_verifies_with_the_public_key_and_only_over_the_same_bytes(supervisor, officer):
    unlocked = supervisor.unlock(SUPERVISOR_PASS)
    payload = b"x" * 1024
    signature = unlocked.sign(payload)
    assert verify(supervisor.public.key, signature, payload)
    assert not verify(supervisor.public.key, signature, payload + b"!")
    assert not verify(officer.public.key, signature, payload)
    assert not verify(supervisor.public.key, signature[:-1] + bytes([signature[-1] ^ 1]), payload)
    assert not verify(b"short", signature, payload) and not verify(supervisor.public.key, b"", payload)


def test_signing_bytes_separate_purposes_and_ignore_key_order():
    assert signing_bytes("approval", {"a": 1, "b": "б"}) == signing_bytes("approval", {"b": "б", "a": 1})
    assert signing_bytes("approval", {"a": 1}) != signing_bytes("trust-change", {"a": 1})
    with pytest.raises(ValueError):
        signing_bytes("Approval\n", {})


@pytest.mark.parametrize("lang, words", [("ru", "неверный пароль"), ("en", "wrong passphrase")])
def test_a_wrong_passphrase_is_said_and_the_key_stays_as_it_was(supervisor, lang, words):
    before = supervisor.path.read_bytes()
    with pytest.raises(IdentityError) as caught:
        supervisor.unlock("not the passphrase")
    assert caught.value.problem == "wrong_passphrase"
    assert words in caught.value.message(lang) and supervisor.fingerprint in caught.value.message(lang)
    assert supervisor.path.read_bytes() == before
    assert supervisor.unlock(SUPERVISOR_PASS).sign(b"still works")


def test_the_passphrase_is_the_same_in_either_unicode_form(keyring):
    composed = "ёлка и йод 2026"  # ё and й typed as one character each
    key = keyring.create(Holder.checked("Ё. Й. Ёлкин", "officer"), composed)
    import unicodedata

    assert key.unlock(unicodedata.normalize("NFD", composed)).unlocked


@pytest.mark.parametrize("passphrase", ["", "short", "123456789"])
def test_a_short_passphrase_is_refused_and_no_file_is_made(keyring, passphrase):
    with pytest.raises(IdentityError) as caught:
        keyring.create(Holder.checked("И. И. Иванов", "officer"), passphrase)
    assert caught.value.problem == "passphrase_short"
    assert "10" in caught.value.message("ru")
    assert not keyring.folder.exists() or not list(keyring.folder.iterdir())


@pytest.mark.parametrize("name", ["П. П. Петров\u202e", "П.\u200bП. Петров", "П. П. Петров\nОдобрено", "\x1b[32mOK", "П. П.\tПетров"])
def test_a_name_with_hidden_or_control_characters_is_refused_and_shown(name):
    with pytest.raises(IdentityError) as caught:
        Holder.checked(name, "supervisor")
    assert caught.value.problem == "name_hidden_characters"
    assert "U+" in caught.value.message("en")


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_missing_or_overlong_name_is_refused(name):
    with pytest.raises(IdentityError):
        Holder.checked(name, "officer")


def test_a_name_keeps_its_letters_and_loses_only_extra_spaces():
    assert Holder.checked("  П.  П.\u00a0Петров ", "supervisor").name == "П. П. Петров"
    with pytest.raises(IdentityError) as caught:
        Holder.checked("П. П. Петров", "chief")
    assert caught.value.problem == "bad_role"


def test_the_fingerprint_is_80_bits_of_sha256_in_five_groups(supervisor):
    import hashlib

    text = supervisor.fingerprint
    assert text == fingerprint(supervisor.public.key)
    assert len(text.split()) == 5 and all(len(g) == 4 for g in text.split())
    assert text.replace(" ", "") == hashlib.sha256(supervisor.public.key).hexdigest()[:20].upper()


@pytest.mark.parametrize("typed", ["3f2a91bc0d4e7788a1b2", "3F2A-91BC-0D4E-7788-A1B2", " 3F2A 91BC 0D4E 7788 A1B2 ", "3F2A:91BC:0D4E:7788:A1B2"])
def test_a_fingerprint_may_be_typed_as_people_write_it(typed):
    assert parse_fingerprint(typed) == "3F2A 91BC 0D4E 7788 A1B2"


@pytest.mark.parametrize("typed", ["3F2A 91BC", "3F2A 91BC 0D4E 7788 A1B2 0000", "ЗF2A 91BC 0D4E 7788 A1B2", ""])
def test_what_is_not_a_fingerprint_is_said(typed):
    with pytest.raises(IdentityError) as caught:
        parse_fingerprint(typed)
    assert caught.value.problem == "bad_fingerprint"


def test_an_exported_public_key_reads_back_with_its_holder(tmp_path, supervisor):
    out = tmp_path / "petrov.pubkey.json"
    write_public_key(out, supervisor.public)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"format", "version", "holder", "role", "authority", "public_key", "created", "fingerprint", "signature"}
    assert data["holder"] == "П. П. Петров" and data["fingerprint"] == supervisor.fingerprint
    assert out.stat().st_size < 1024
    public = read_public_key(out)
    assert public == supervisor.public and public.created == T0


def test_several_keys_of_one_workstation_are_listed_by_holder(keyring, supervisor, officer, admin):
    assert [k.holder.name for k in keyring.keys()] == ["А. А. Админов", "И. И. Иванов", "П. П. Петров"]
    assert keyring.find(supervisor.fingerprint.lower().replace(" ", "")) == read_personal_key(supervisor.path)
    with pytest.raises(IdentityError) as caught:
        keyring.only()
    assert caught.value.problem == "several_keys"
    assert keyring.only(role=officer.holder.role).fingerprint == officer.fingerprint


def test_a_missing_keys_folder_means_no_keys_and_says_where(tmp_path):
    keyring = Keyring(tmp_path / "nowhere" / "keys")
    assert keyring.scan() == ([], [])
    with pytest.raises(IdentityError) as caught:
        keyring.only()
    assert caught.value.problem == "no_keys" and "nowhere" in caught.value.message("ru")


def test_a_keys_folder_that_cannot_be_made_is_a_clear_error(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(Exception) as caught:
        Keyring.of(blocker).create(Holder.checked("И. И. Иванов", "officer"), "a long passphrase")
    assert "не папка" in caught.value.message("ru") and "not a folder" in caught.value.message("en")
    assert blocker.read_text() == "a file where the data folder should be"


def test_a_folder_opened_to_others_is_closed_again_when_a_key_is_made(keyring):
    keyring.folder.mkdir(parents=True)
    os.chmod(keyring.folder, 0o755)
    keyring.create(Holder.checked("И. И. Иванов", "officer"), "a long passphrase")
    assert stat.S_IMODE(keyring.folder.stat().st_mode) == 0o700


def test_an_unlocked_key_signs_for_its_minutes_then_forgets(supervisor):
    now = [1000.0]
    unlocked = supervisor.unlock(SUPERVISOR_PASS, minutes=5, clock=lambda: now[0])
    assert unlocked.sign(b"a") and unlocked.remaining() == 300
    now[0] += 299
    assert unlocked.sign(b"b")
    now[0] += 1
    with pytest.raises(IdentityError) as caught:
        unlocked.sign(b"c")
    assert caught.value.problem == "locked" and "5" in caught.value.message("ru")
    assert unlocked._private is None and not unlocked.unlocked


def test_forget_locks_at_once(supervisor):
    unlocked = supervisor.unlock(SUPERVISOR_PASS)
    unlocked.forget()
    with pytest.raises(IdentityError):
        unlocked.sign(b"a")


def test_a_signed_payload_verifies_over_its_canonical_bytes(supervisor):
    unlocked = supervisor.unlock(SUPERVISOR_PASS)
    payload = {"request": "f" * 64, "decision": "approved", "enclosures": ["a" * 64]}
    signature = unlocked.sign_payload("approval", payload)
    assert verify(supervisor.public.key, signature, signing_bytes("approval", dict(reversed(payload.items()))))
    assert not verify(supervisor.public.key, signature, signing_bytes("approval", {**payload, "decision": "returned"}))
