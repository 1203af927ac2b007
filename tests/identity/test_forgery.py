"""The forger's tries: each is refused or not trusted, and said so, and nothing is lost."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from requestdesk.domain.canonical import canonical
from requestdesk.identity import (
    Holder,
    IdentityError,
    KeyFileError,
    Keyring,
    TrustStore,
    read_public_key,
    write_public_key,
)
from requestdesk.identity.keys import read_personal_key
from tests.identity.conftest import ADMIN_PASS, SUPERVISOR_PASS, T0

MSK = timezone(timedelta(hours=3))


def _rewrite(path, change, *, checksum: bool):
    fields = json.loads(path.read_text(encoding="utf-8"))
    change(fields)
    if checksum:
        fields["checksum"] = hashlib.sha256(canonical({k: v for k, v in fields.items() if k != "checksum"})).hexdigest()
    path.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")


def _flip(text: str, at: int = 5) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[at] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


# -- the personal key file ------------------------------------------------------------------
def test_an_altered_encrypted_blob_is_damage_not_a_wrong_passphrase(supervisor):
    _rewrite(supervisor.path, lambda f: f.update(ciphertext=_flip(f["ciphertext"])), checksum=False)
    with pytest.raises(KeyFileError) as caught:
        read_personal_key(supervisor.path)
    assert caught.value.problem == "damaged"
    assert "поврежден" in caught.value.message("ru") and "damaged" in caught.value.message("en")


def test_an_altered_blob_with_its_checksum_recomputed_still_does_not_open(supervisor):
    _rewrite(supervisor.path, lambda f: f.update(ciphertext=_flip(f["ciphertext"], 20)), checksum=True)
    key = read_personal_key(supervisor.path)
    with pytest.raises(KeyFileError) as caught:
        key.unlock(SUPERVISOR_PASS)
    assert caught.value.problem == "ciphertext_altered"
    assert "пароль верен" in caught.value.message("ru")


def test_a_key_file_whose_holder_was_renamed_does_not_open(supervisor):
    def rename(fields):
        fields["public"]["holder"] = "С. С. Сидоров"
    _rewrite(supervisor.path, rename, checksum=True)
    key = read_personal_key(supervisor.path)
    with pytest.raises(KeyFileError) as caught:
        key.unlock(SUPERVISOR_PASS)
    # The clear part is bound to the ciphertext: renaming it breaks the decryption.
    assert caught.value.problem == "ciphertext_altered"


def test_a_key_file_whose_scrypt_cost_was_lowered_does_not_open(supervisor):
    _rewrite(supervisor.path, lambda f: f["kdf"].update(n=2**15), checksum=True)
    with pytest.raises(IdentityError):
        read_personal_key(supervisor.path).unlock(SUPERVISOR_PASS)


@pytest.mark.parametrize("n", [2**10, 2**24, 3 * 2**15, True])
def test_a_key_file_asking_for_an_absurd_cost_is_refused_before_any_work(supervisor, n):
    _rewrite(supervisor.path, lambda f: f["kdf"].update(n=n), checksum=True)
    with pytest.raises(KeyFileError) as caught:
        read_personal_key(supervisor.path)
    assert caught.value.problem == "damaged_field"


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[]", b'{"format": "requestdesk-personal-key", "version": 1}',
                                     b'{"format": "requestdesk-personal-key", "version": 99}', b"[" * 100000])
def test_a_damaged_key_file_is_listed_as_such_and_the_others_still_work(keyring, supervisor, officer, content):
    broken = keyring.folder / "0000.key"
    broken.write_bytes(content)
    keys, problems = keyring.scan()
    assert [k.fingerprint for k in keys] == sorted([supervisor.fingerprint, officer.fingerprint],
                                                   key=lambda f: f != officer.fingerprint)
    assert len(problems) == 1 and problems[0].path == broken
    assert str(broken) in problems[0].message("ru")
    assert broken.read_bytes() == content


def test_a_key_file_that_is_a_fifo_is_not_read(keyring, supervisor):
    import os

    os.mkfifo(keyring.folder / "fifo.key")
    keys, problems = keyring.scan()
    assert [k.fingerprint for k in keys] == [supervisor.fingerprint]
    assert problems[0].problem == "unreadable"


# -- the exported public key ----------------------------------------------------------------
def test_a_public_key_file_whose_holder_was_edited_is_refused(tmp_path, supervisor):
    out = tmp_path / "petrov.pubkey.json"
    write_public_key(out, supervisor.public)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["holder"] = "Подполковник П. П. Петров"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KeyFileError) as caught:
        read_public_key(out)
    assert caught.value.problem == "holder_altered"
    assert "Подполковник П. П. Петров" in caught.value.message("ru")


@pytest.mark.parametrize("field, value", [("role", "administrator"), ("authority", "ФСБ России"), ("created", "2020-01-01T00:00:00+00:00")])
def test_a_public_key_file_whose_details_were_edited_is_refused(tmp_path, supervisor, field, value):
    out = tmp_path / "petrov.pubkey.json"
    write_public_key(out, supervisor.public)
    data = json.loads(out.read_text(encoding="utf-8"))
    data[field] = value
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KeyFileError) as caught:
        read_public_key(out)
    assert caught.value.problem == "holder_altered"


def test_a_forger_who_makes_his_own_key_in_the_supervisors_name_has_another_fingerprint(tmp_path, supervisor):
    forger = Keyring(tmp_path / "forger").create(Holder.checked("П. П. Петров", "supervisor", "МВД России"),
                                                 "the forger's passphrase")
    out = tmp_path / "petrov.pubkey.json"
    write_public_key(out, forger.public)
    read = read_public_key(out)  # a well-made file: only the fingerprint read aloud tells it
    assert read.holder == supervisor.holder
    assert read.fingerprint != supervisor.fingerprint


def test_a_public_key_file_with_the_victims_fingerprint_written_in_is_refused(tmp_path, supervisor):
    forger = Keyring(tmp_path / "forger").create(Holder.checked("П. П. Петров", "supervisor"), "the forger's passphrase")
    out = tmp_path / "petrov.pubkey.json"
    write_public_key(out, forger.public)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["fingerprint"] = supervisor.fingerprint
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KeyFileError) as caught:
        read_public_key(out)
    assert caught.value.problem == "fingerprint_altered"
    assert forger.fingerprint in caught.value.message("en")


def test_a_public_key_file_whose_key_was_swapped_is_refused(tmp_path, supervisor, officer):
    out = tmp_path / "petrov.pubkey.json"
    write_public_key(out, supervisor.public)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["public_key"] = base64.b64encode(officer.public.key).decode()
    data["fingerprint"] = officer.fingerprint
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KeyFileError):
        read_public_key(out)


# -- revocation -----------------------------------------------------------------------------
def test_a_revoked_supervisors_key_is_not_trusted_after_its_revocation(tmp_path, data, trust, admin, supervisor):
    unlocked = admin.unlock(ADMIN_PASS)
    trust.add(supervisor.public, "supervisor", unlocked, at=T0)
    trust.revoke(supervisor.fingerprint, date(2026, 11, 20), "переведен на другую должность", unlocked,
                 at=datetime(2026, 11, 25, tzinfo=UTC), zone=MSK)
    listed = TrustStore(data).load()
    fp = supervisor.fingerprint
    # The revocation was recorded on the 25th, back to the 20th (Moscow time).
    assert listed.is_trusted(fp, "supervisor", datetime(2026, 11, 19, 23, 59, tzinfo=MSK))
    assert not listed.is_trusted(fp, "supervisor", datetime(2026, 11, 20, 0, 0, tzinfo=MSK))
    assert not listed.is_trusted(fp, "supervisor", datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
    assert not listed.is_trusted(fp, "supervisor", datetime(2027, 1, 1, tzinfo=UTC))
    assert listed.holder_of(fp).holder == "П. П. Петров"  # still named: who signed what before
    assert listed.holder_of(fp).revoked.reason == "переведен на другую должность"
    assert listed.trusted_key(supervisor.public.key, "supervisor", datetime(2026, 11, 21, tzinfo=UTC)) is None


def test_a_revoked_supervisor_cannot_undo_the_revocation_by_editing_the_list(data, trust, admin, supervisor):
    unlocked = admin.unlock(ADMIN_PASS)
    trust.add(supervisor.public, "supervisor", unlocked, at=T0)
    trust.revoke(supervisor.fingerprint, date(2026, 11, 20), "утрата доверия", unlocked, zone=MSK)
    path = data / "trust.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["changes"][-1]["date"] = "2099-01-01"
    doc["changes"][-1]["effective"] = "2099-01-01T00:00:00+03:00"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KeyFileError) as caught:
        TrustStore(data).load()
    assert caught.value.problem == "trust_tampered"
    assert "3" in caught.value.message("ru") and "подпись не сходится" in caught.value.message("ru")


def test_removing_the_revocation_shows_against_the_head_kept_elsewhere(data, trust, admin, supervisor):
    unlocked = admin.unlock(ADMIN_PASS)
    trust.add(supervisor.public, "supervisor", unlocked, at=T0)
    head = trust.revoke(supervisor.fingerprint, date(2026, 11, 20), "утрата доверия", unlocked, zone=MSK).head
    path = data / "trust.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["changes"].pop()
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert TrustStore(data).load().holder_of(supervisor.fingerprint).revoked is None  # the chain alone cannot tell
    with pytest.raises(KeyFileError) as caught:
        TrustStore(data).load(expected_head=head)
    assert caught.value.problem == "trust_rolled_back"
