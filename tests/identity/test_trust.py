"""The list of trusted keys: managed by an administrator, every change signed, a list
edited by hand refused."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta

import pytest

from requestdesk.identity import (
    Holder,
    IdentityError,
    KeyFileError,
    Role,
    TrustStore,
)
from requestdesk.identity.signing import b64, signing_bytes
from tests.identity.conftest import ADMIN_PASS, OFFICER_PASS, SUPERVISOR_PASS, T0

LATER = T0 + timedelta(days=3)


def _doc(data):
    return json.loads((data / "trust.json").read_text(encoding="utf-8"))


def _save(data, doc):
    (data / "trust.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_a_fresh_workstation_trusts_nobody(data, supervisor):
    listed = TrustStore(data).load()
    assert not listed.established and listed.entries == []
    assert not listed.is_trusted(supervisor.fingerprint, "supervisor", LATER)


def test_the_first_administrator_is_established_under_its_own_signature(data, trust, admin):
    listed = TrustStore(data).load()
    assert listed.first_administrator.fingerprint == admin.fingerprint
    assert listed.is_trusted(admin.fingerprint, Role.ADMINISTRATOR, LATER)
    assert stat.S_IMODE((data / "trust.json").stat().st_mode) == 0o600


def test_a_list_is_established_once(data, trust, keyring):
    other = keyring.create(Holder.checked("Б. Б. Борисов", "administrator"), "another admin pass")
    with pytest.raises(IdentityError) as caught:
        TrustStore(data).establish(other.unlock("another admin pass"))
    assert caught.value.problem == "trust_list_exists" and "А. А. Админов" in caught.value.message("ru")


def test_only_an_administrator_key_can_start_a_list(data, supervisor):
    with pytest.raises(IdentityError) as caught:
        TrustStore(data).establish(supervisor.unlock(SUPERVISOR_PASS))
    assert caught.value.problem == "role_differs"
    assert not (data / "trust.json").exists()


def test_an_administrator_adds_keys_that_are_then_trusted_for_their_role_only(data, trust, admin, supervisor, officer):
    unlocked = admin.unlock(ADMIN_PASS)
    trust.add(supervisor.public, "supervisor", unlocked, at=T0)
    trust.add(officer.public, "officer", unlocked, at=T0)
    listed = TrustStore(data).load()
    assert listed.is_trusted(supervisor.fingerprint, "supervisor", LATER)
    assert not listed.is_trusted(supervisor.fingerprint, "administrator", LATER)
    assert not listed.is_trusted(officer.fingerprint, "supervisor", LATER)
    entry = listed.holder_of(officer.fingerprint)
    assert (entry.holder, entry.role, entry.authority, entry.added_by, entry.added_at) == (
        "И. И. Иванов", Role.OFFICER, "МВД России", admin.fingerprint, T0)
    assert [e.holder for e in listed.entries] == ["А. А. Админов", "П. П. Петров", "И. И. Иванов"]


def test_a_key_made_for_one_role_is_not_trusted_for_another(trust, admin, officer):
    with pytest.raises(IdentityError) as caught:
        trust.add(officer.public, "supervisor", admin.unlock(ADMIN_PASS))
    assert caught.value.problem == "role_differs"
    assert "officer" in caught.value.message("en")


def test_a_key_is_added_once(trust, admin, supervisor):
    unlocked = admin.unlock(ADMIN_PASS)
    trust.add(supervisor.public, "supervisor", unlocked)
    with pytest.raises(IdentityError) as caught:
        trust.add(supervisor.public, "supervisor", unlocked)
    assert caught.value.problem == "already_trusted"


def test_a_supervisor_cannot_change_the_list(data, trust, admin, supervisor, officer):
    trust.add(supervisor.public, "supervisor", admin.unlock(ADMIN_PASS))
    before = (data / "trust.json").read_bytes()
    with pytest.raises(IdentityError) as caught:
        trust.add(officer.public, "officer", supervisor.unlock(SUPERVISOR_PASS))
    assert caught.value.problem == "not_administrator"
    assert "П. П. Петров" in caught.value.message("ru")
    assert (data / "trust.json").read_bytes() == before


def test_an_administrator_key_not_in_the_list_cannot_change_it(data, trust, keyring, officer):
    stranger = keyring.create(Holder.checked("Н. Н. Неизвестный", "administrator"), "stranger's pass")
    with pytest.raises(IdentityError) as caught:
        trust.add(officer.public, "officer", stranger.unlock("stranger's pass"))
    assert caught.value.problem == "not_administrator"


def test_the_last_administrator_in_force_cannot_be_revoked(trust, admin):
    with pytest.raises(IdentityError) as caught:
        trust.revoke(admin.fingerprint, date(2026, 11, 5), "уход", admin.unlock(ADMIN_PASS))
    assert caught.value.problem == "last_administrator"


def test_a_revoked_administrator_can_no_longer_change_the_list(data, trust, admin, keyring, officer):
    second = keyring.create(Holder.checked("Б. Б. Борисов", "administrator"), "second admin pass")
    first_key, second_key = admin.unlock(ADMIN_PASS), second.unlock("second admin pass")
    trust.add(second.public, "administrator", first_key)
    trust.revoke(admin.fingerprint, date(2026, 11, 5), "уволен", second_key)
    with pytest.raises(IdentityError) as caught:
        trust.add(officer.public, "officer", first_key)
    assert caught.value.problem == "not_administrator"
    trust.add(officer.public, "officer", second_key)
    assert TrustStore(data).load().is_trusted(officer.fingerprint, "officer", LATER)


@pytest.mark.parametrize("reason, fp, problem", [("  ", None, "reason_empty"), ("x", "0000 0000 0000 0000 0000", "not_in_list"),
                                                 ("x", "not a fingerprint", "bad_fingerprint")])
def test_a_revocation_needs_a_reason_and_a_key_of_the_list(trust, admin, supervisor, reason, fp, problem):
    with pytest.raises(IdentityError) as caught:
        trust.revoke(fp or supervisor.fingerprint, date(2026, 11, 5), reason, admin.unlock(ADMIN_PASS))
    assert caught.value.problem == problem


def test_a_key_is_revoked_once(trust, admin, supervisor):
    unlocked = admin.unlock(ADMIN_PASS)
    trust.add(supervisor.public, "supervisor", unlocked)
    trust.revoke(supervisor.fingerprint, date(2026, 11, 5), "a", unlocked)
    with pytest.raises(IdentityError) as caught:
        trust.revoke(supervisor.fingerprint, date(2026, 11, 6), "b", unlocked)
    assert caught.value.problem == "already_revoked" and "2026-11-05" in caught.value.message("en")


def test_is_trusted_wants_an_instant_with_an_offset(data, trust, admin):
    with pytest.raises(ValueError):
        TrustStore(data).load().is_trusted(admin.fingerprint, "administrator", datetime(2026, 11, 2))


# -- the list edited by hand ------------------------------------------------------------------
def _hand_edits(admin, supervisor, officer):
    """Ways a person without an administrator's key might edit the file."""
    def promote(doc):
        doc["changes"][1]["role"] = "administrator"

    def rename(doc):
        doc["changes"][1]["key"]["holder"] = "С. С. Сидоров"

    def swap_key(doc):
        doc["changes"][1]["key"]["public_key"] = b64(officer.public.key)

    def unsigned_entry(doc):
        change = dict(doc["changes"][1], seq=3, prev="", key=officer.public.to_json(), role="officer")
        doc["changes"].append(change)

    def drop_middle(doc):
        del doc["changes"][1]

    def reorder(doc):
        doc["changes"].reverse()

    def self_signed_admin(doc):
        # The officer adds himself as administrator, signing with his own key.
        from requestdesk.identity.trust import change_hash

        officer_key = officer.unlock(OFFICER_PASS)
        body = {"seq": len(doc["changes"]) + 1, "prev": change_hash(doc["changes"][-1]), "at": "2026-11-03T00:00:00+00:00",
                "by": b64(officer.public.key), "action": "add", "key": officer.public.to_json(), "role": "officer"}
        doc["changes"].append({**body, "signature": b64(officer_key.sign(signing_bytes("trust-change", body)))})

    def not_a_list(doc):
        doc["changes"] = {"1": doc["changes"][0]}

    return [promote, rename, swap_key, unsigned_entry, drop_middle, reorder, self_signed_admin, not_a_list]


@pytest.mark.parametrize("which", range(8))
def test_a_list_edited_by_hand_is_refused_and_said(data, trust, admin, supervisor, officer, keyring, which):
    unlocked = admin.unlock(ADMIN_PASS)
    trust.add(supervisor.public, "supervisor", unlocked, at=T0)
    colleague = keyring.create(Holder.checked("В. В. Васильев", "officer"), "colleague's pass")
    trust.add(colleague.public, "officer", unlocked, at=T0)
    doc = _doc(data)
    _hand_edits(admin, supervisor, officer)[which](doc)
    _save(data, doc)
    edited = (data / "trust.json").read_bytes()
    with pytest.raises(KeyFileError) as caught:
        TrustStore(data).load()
    message_ru, message_en = caught.value.message("ru"), caught.value.message("en")
    if caught.value.problem == "trust_tampered":
        assert "не через RequestDesk" in message_ru and "outside RequestDesk" in message_en
    else:
        assert caught.value.problem == "damaged_field"
    assert str(data / "trust.json") in message_en
    # Refused, and refused to be built on: no change can be added over it.
    with pytest.raises(KeyFileError):
        trust.add(officer.public, "officer", admin.unlock(ADMIN_PASS))
    assert (data / "trust.json").read_bytes() == edited


def test_a_list_started_again_by_someone_else_shows_another_first_administrator(data, trust, admin, keyring):
    (data / "trust.json").unlink()
    usurper = keyring.create(Holder.checked("А. А. Админов", "administrator", "МВД России"), "usurper's pass")
    TrustStore(data).establish(usurper.unlock("usurper's pass"))
    first = TrustStore(data).load().first_administrator
    assert first.holder == "А. А. Админов" and first.fingerprint != admin.fingerprint


@pytest.mark.parametrize("content", [b"", b"not json", b"[]", b'{"format": "something else"}',
                                     b'{"format": "requestdesk-trust-list", "version": 7, "changes": []}',
                                     b'{"format": "requestdesk-trust-list", "version": 1}', b"{" * 50000])
def test_an_unreadable_list_is_said_and_left_as_it_is(data, content):
    data.mkdir(parents=True)
    (data / "trust.json").write_bytes(content)
    with pytest.raises(KeyFileError) as caught:
        TrustStore(data).load()
    assert caught.value.unreadable
    assert caught.value.message("ru") != caught.value.message("en")
    assert (data / "trust.json").read_bytes() == content


def test_a_change_over_a_list_changed_meanwhile_is_refused(data, trust, admin, supervisor, officer, monkeypatch):
    unlocked = admin.unlock(ADMIN_PASS)
    other_window = TrustStore(data)
    real_load = TrustStore.load
    calls = []

    def load_then_another_process_adds(self, expected_head=None):
        listed = real_load(self, expected_head)
        if self is trust and not calls:
            calls.append(1)
            other_window.add(officer.public, "officer", unlocked)  # lands between read and write
        return listed

    monkeypatch.setattr(TrustStore, "load", load_then_another_process_adds)
    with pytest.raises(IdentityError) as caught:
        trust.add(supervisor.public, "supervisor", unlocked)
    assert caught.value.problem == "trust_changed_meanwhile" and "повторите" in caught.value.message("ru")
    monkeypatch.undo()
    listed = TrustStore(data).load()
    assert [e.holder for e in listed.entries] == ["А. А. Админов", "И. И. Иванов"]
    trust.add(supervisor.public, "supervisor", unlocked)  # tried again, it is made
    assert len(TrustStore(data).load().entries) == 3
