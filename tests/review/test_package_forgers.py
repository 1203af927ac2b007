"""Forging a package as an attacker would, from the command line (issue 13, part 5): each
try is refused (exit 1, nothing written) or, with --untrusted, imported marked unverified
with its approval not recognised and its status no more than its verified history."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

import pytest

from requestdesk.domain.fingerprint import document_digest, fingerprint
from requestdesk.domain.timeutil import iso_instant
from requestdesk.identity import TrustStore
from requestdesk.store.events import event_hash
from requestdesk.store.requests import RequestStore
from tests.cli_helpers import run_cli
from tests.review.helpers import listing, members, resign, write_zip
from tests.signers import administrator, make_key


@pytest.fixture
def approved_package(officer, supervisor, sent_for_review, tmp_path):
    """The supervisor approves the officer's request and packs it back, signed with the
    supervisor's key, which the officer's workstation trusts."""
    from requestdesk.packages import import_package, pack

    rid = json.loads(members(sent_for_review)["manifest.json"])["request"]["id"]
    import_package(supervisor.store, sent_for_review, supervisor.user)
    supervisor.review.approve(rid, "Согласовано", signer=supervisor.signer)
    back = tmp_path / "approved.requestpkg"
    pack(supervisor.store, rid, back, supervisor.user, signer=supervisor.sender)
    return rid, back


def _rechain(events: list[dict]) -> str:
    prev = ""
    for seq, event in enumerate(events, start=1):
        event["seq"], event["prev_hash"] = seq, prev
        at = iso_instant(datetime.fromisoformat(event["at"]))
        event["hash"] = prev = event_hash(prev, event["request_id"], seq, at, event["user"], event["kind"], event["data"])
    return prev


def _rehashed(source, target, *, doc=None, events=None, status=None):
    """A copy whose request, log and status are changed and every hash recomputed: the
    fingerprint in the manifest and in the closing "packed" event, the chain, the members'
    hashes. The signature is left as it was."""
    contents = members(source)
    manifest = json.loads(contents["manifest.json"])
    doc = doc if doc is not None else json.loads(contents["request.json"])
    events = events if events is not None else json.loads(contents["events.json"])
    if events:
        events[-1]["data"].update(fingerprint=fingerprint(doc), document=document_digest(doc))
        if status:
            events[-1]["data"]["status"] = status
    head = _rechain(events)
    contents["request.json"] = json.dumps(doc, ensure_ascii=False).encode()
    contents["events.json"] = json.dumps(events, ensure_ascii=False).encode()
    manifest["request"]["fingerprint"] = fingerprint(doc)
    manifest["events"] = {"count": len(events), "head": head}
    if status:
        manifest["request"]["status"] = status
    for name in ("request.json", "events.json"):
        manifest["members"][name] = {"sha256": hashlib.sha256(contents[name]).hexdigest(), "size": len(contents[name])}
    contents["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return write_zip(target, contents)


def _unpack(folder, package, *extra, lang="en"):
    return run_cli("unpack", str(package), "--lang", lang, *extra, env={"REQUESTDESK_DATA_DIR": str(folder)})


def _refused(folder, package, said_en, said_ru):
    before = listing(folder)
    for lang, said in (("en", said_en), ("ru", said_ru)):
        result = _unpack(folder, package, lang=lang)
        assert result.returncode == 1, result.stdout + result.stderr
        assert said in result.stderr and "--untrusted" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert listing(folder) == before  # nothing written


def _status_and_approval(folder, rid):
    from requestdesk.store.review import approval_of

    store = RequestStore(folder / "requests.sqlite3")
    try:
        return store.status(rid), store.read(approval_of, rid, store.get(rid))
    finally:
        store.close()


def test_a_text_changed_with_every_hash_recomputed_is_refused(officer, approved_package, tmp_path):
    rid, package = approved_package
    doc = json.loads(members(package)["request.json"])
    doc["case_summary"]["ru"] += " Сумма ущерба 9 000 000 рублей."
    forged = _rehashed(package, tmp_path / "forged.requestpkg", doc=doc)
    _refused(officer.folder, forged, "signature does not verify", "подпись пакета не сходится")


def test_a_package_signed_again_by_a_forgers_key_is_refused_or_comes_in_unverified(officer, approved_package, tmp_path):
    rid, package = approved_package
    doc = json.loads(members(package)["request.json"])
    doc["number"] = "999/ПОДДЕЛКА"
    forged = _rehashed(package, tmp_path / "forged.requestpkg", doc=doc)
    # The forger's own key, in the supervisor's very name: not the key this workstation trusts.
    resign(forged, make_key(tmp_path / "forger", "Подполковник П. П. Петров", "supervisor"))
    _refused(officer.folder, forged, "not on this workstation's list of trusted keys", "нет в списке доверенных")

    inspected = _unpack(officer.folder, forged, "--inspect")
    assert inspected.returncode == 0 and "UNVERIFIED sender" in inspected.stdout and "Approval not recognised" in inspected.stdout
    imported = _unpack(officer.folder, forged, "--untrusted")
    assert imported.returncode == 0, imported.stderr
    assert "UNVERIFIED sender" in imported.stdout and "Approval not recognised" in imported.stdout
    assert "Approval valid" not in imported.stdout
    status, approval = _status_and_approval(officer.folder, rid)
    assert approval.status.value == "not_recognised"
    # Only the events this workstation signed itself count: the officer's, up to the submission.
    assert status == "in_review"
    log = run_cli("log", rid, "--lang", "en", env={"REQUESTDESK_DATA_DIR": str(officer.folder)})
    assert "UNVERIFIED sender" in log.stdout and "Подполковник П. П. Петров" in log.stdout, log.stdout


def test_an_unsigned_package_is_refused(officer, approved_package, tmp_path):
    rid, package = approved_package
    unsigned = write_zip(tmp_path / "unsigned.requestpkg", members(package))
    resign(unsigned, None, unsigned=True)
    _refused(officer.folder, unsigned, "the package is not signed", "пакет не подписан")


def test_a_key_revoked_before_the_package_was_signed_is_refused(officer, supervisor, approved_package):
    rid, package = approved_package
    TrustStore(officer.folder).revoke(supervisor.sender.fingerprint, date(2026, 11, 1), "Ключ утерян", administrator(officer.folder))
    _refused(officer.folder, package, "revoked before the package was signed", "отозванным до подписания")
    imported = _unpack(officer.folder, package, "--untrusted")
    assert imported.returncode == 0, imported.stderr
    status, approval = _status_and_approval(officer.folder, rid)
    assert approval.status.value == "not_recognised" and status != "approved"


def test_a_package_claiming_sent_with_unsigned_events_counts_only_its_signed_history(officer, supervisor, approved_package,
                                                                                       tmp_path):
    """An insider with a trusted key signs a package whose log claims the request was
    signed and sent, by events nobody signed: the status stays what the signed events say."""
    rid, package = approved_package
    events = json.loads(members(package)["events.json"])
    packed = events.pop()
    claims = [{**events[-1], "kind": "signed", "data": {"from": "approved", "to": "signed"}, "signer_key": "", "signature": ""},
              {**events[-1], "kind": "transmitted", "data": {"from": "signed", "to": "sent", "channel": "courier"},
               "signer_key": "", "signature": ""}]
    events += claims + [{**packed, "signer_key": "", "signature": ""}]
    forged = _rehashed(package, tmp_path / "sent.requestpkg", events=events, status="sent")
    resign(forged, supervisor.sender)  # a key the officer's workstation trusts
    result = _unpack(officer.folder, forged)
    assert result.returncode == 0, result.stderr
    status, approval = _status_and_approval(officer.folder, rid)
    # The signed part of its history, up to the supervisor's approval, is what counts.
    assert status == "approved" and approval.valid
    assert "Sender verified by signature: Подполковник П. П. Петров" in result.stdout


def test_the_author_an_import_records_comes_from_verified_events_only(officer, supervisor, sent_for_review, tmp_path):
    """A log claiming, by an event nobody signed, that someone else last wrote the text:
    that name is never recorded as the author (the four-eyes rule asks the author)."""
    from requestdesk.packages import import_package
    from requestdesk.store.events import read_events

    events = json.loads(members(sent_for_review)["events.json"])
    packed = events.pop()
    doc = json.loads(members(sent_for_review)["request.json"])
    doc["number"] = "5/ДРУГОЙ"
    events.append({**events[-1], "kind": "edited", "user": "Капитан К. К. Другой", "signer_key": "", "signature": "",
                   "data": {"fingerprint": fingerprint(doc)}})
    events.append({**packed, "signer_key": "", "signature": ""})
    forged = _rehashed(sent_for_review, tmp_path / "edited.requestpkg", doc=doc, events=events)
    resign(forged, officer.sender)  # the officer's own trusted key vouches for the package
    result = import_package(supervisor.store, forged, supervisor.user)
    assert result.sender.verified and result.verified_events < len(events)
    imported = read_events(supervisor.store._db, result.request_id)[-1]
    assert imported.kind == "imported"
    assert imported.data["author"]["user"] == "Ст. лейтенант И. И. Иванов"  # the sender who vouched, not the claim
    assert all("Другой" not in json.dumps(e.data.get("author", {}), ensure_ascii=False)
               for e in read_events(supervisor.store._db, result.request_id))


# -- an insider with a trusted key, and events signed by a key of their own ------------------
def _signed_by(events: list[dict], key, start: int) -> str:
    """The log rechained, and every event from `start` on signed by `key` (a key pair of
    the forger's own: each signature holds, over the event's right hash)."""
    from requestdesk.identity.signing import b64
    from requestdesk.store.events import EVENT_PURPOSE

    head = _rechain(events)
    for event in events[start:]:
        event["signer_key"] = b64(key.public_key)
        event["signature"] = b64(key.sign_payload(EVENT_PURPOSE, {"request_id": event["request_id"], "seq": event["seq"],
                                                                   "hash": event["hash"]}))
    return head


def _claiming(source, target, key, claims, *, sender, status):
    """`source`'s log with `claims` inserted before its closing "packed" event, each signed
    by `key`, the manifest's status set to `status`, every hash right, and the package
    signed by `sender` (a key the receiver trusts)."""
    events = json.loads(members(source)["events.json"])
    packed = events.pop()
    start = len(events)
    events += [{**packed, "kind": kind, "data": data} for kind, data in claims] + [packed]
    _signed_by(events, key, start)
    forged = _rehashed(source, target, events=events, status=status)
    # _rehashed rechained the last event: sign it again over its new hash.
    contents = members(forged)
    events = json.loads(contents["events.json"])
    _signed_by(events, key, start)
    contents["events.json"] = json.dumps(events, ensure_ascii=False).encode()
    manifest = json.loads(contents["manifest.json"])
    manifest["members"]["events.json"] = {"sha256": hashlib.sha256(contents["events.json"]).hexdigest(),
                                          "size": len(contents["events.json"])}
    contents["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    forged.unlink()
    write_zip(forged, contents)
    return resign(forged, sender)


_CLAIMS = {
    # A status move no approval was decided for, by events of the kinds the log knows.
    "restored approval": ("approved", [("approval_restored", {"from": "in_review", "to": "approved"})]),
    "signed from review": ("signed", [("signed", {"from": "in_review", "to": "signed", "note": ""})]),
    "signed after a restored approval": ("signed", [("approval_restored", {"from": "in_review", "to": "approved"}),
                                                     ("signed", {"from": "approved", "to": "signed", "note": ""})]),
    "sent": ("sent", [("transmitted", {"from": "in_review", "to": "sent", "channel": "courier"})]),
    "an import claiming sent": ("sent", [("imported", {"status": "sent", "review": {"marks": [], "decisions": []}})]),
}


@pytest.mark.parametrize("case", sorted(_CLAIMS))
def test_a_trusted_officer_cannot_bring_a_status_only_an_approval_gives(officer, supervisor, sent_for_review, tmp_path,
                                                                         case):
    """The officer's own trusted key signs a package whose log says it was approved (or
    signed, or sent) by events signed with a key the officer made: no approval a
    supervisor signed is in it, so it comes in as it was sent, in review."""
    from requestdesk.app import Desk
    from requestdesk.packages import import_package

    claimed, claims = _CLAIMS[case]
    forger = make_key(tmp_path / "forger", "Подполковник П. П. Петров", "supervisor")
    forged = _claiming(sent_for_review, tmp_path / "claims.requestpkg", forger, claims, sender=officer.sender,
                       status=claimed)
    result = import_package(supervisor.store, forged, supervisor.user)
    assert result.sender.verified
    assert result.status == "in_review" and supervisor.store.status(result.request_id) == "in_review"
    assert supervisor.review.approval_state(result.request_id).status.value == "none"
    desk = Desk(supervisor.store, supervisor.user)
    assert [p.what for p in desk.verify() if p.failure] == []  # what came in is what the workstation vouches for
