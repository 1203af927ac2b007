"""Who may sign a package (issue 13, part 5): the desk packs only with an unlocked personal
key, and refuses one this workstation has revoked (nothing written, no "packed" event)."""

from __future__ import annotations

from datetime import date

import pytest

from requestdesk.app import OperationRefused
from requestdesk.identity import TrustStore
from requestdesk.packages import read_package
from tests.signers import administrator, key_for_store


def test_a_package_is_signed_by_the_desks_signer_and_carries_its_key(officer, complete_request, store, tmp_path):
    officer.create(complete_request)
    key = key_for_store(store, "Ст. лейтенант И. И. Иванов", "officer")
    out = tmp_path / "p.requestpkg"
    officer.pack(complete_request["id"], out, signer=key)
    seal = read_package(out).seal
    assert seal.holds and seal.public.key == key.public_key and seal.public.holder.name == "Ст. лейтенант И. И. Иванов"


@pytest.mark.parametrize("how", ["none", "locked", "revoked"])
def test_no_key_a_locked_key_or_a_revoked_key_packs_nothing(officer, complete_request, store, tmp_path, how):
    officer.create(complete_request)
    rid = complete_request["id"]
    key = key_for_store(store, "Ст. лейтенант И. И. Иванов", "officer")
    if how == "locked":
        key.forget()
    elif how == "revoked":
        folder = store.path.parent
        TrustStore(folder).revoke(key.fingerprint, date(2026, 1, 1), "Ключ утерян", administrator(folder))
    events = len(officer.history(rid))
    out = tmp_path / "p.requestpkg"
    with pytest.raises(OperationRefused) as refused:
        officer.pack(rid, out, signer=None if how == "none" else key)
    assert refused.value.problem == ("sender_revoked" if how == "revoked" else "no_sender")
    assert refused.value.message("ru") and refused.value.message("en")
    assert not out.exists() and len(officer.history(rid)) == events
