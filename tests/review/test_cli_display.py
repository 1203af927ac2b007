"""Terminal control characters in a package cannot make the command line lie (issue 13,
part 8): a void approval whose reviewer's name moves the cursor up, erases the line and
writes "Approval valid", or reverses the text with U+202E, prints those characters as
⟨U+XXXX⟩; the lines RequestDesk prints are the only lines there are."""

import json
import re
import zipfile

from requestdesk.packages import pack
from tests.cli_helpers import run_cli
from tests.review.helpers import forge_enclosures, members, write_zip

# Up one line, erase it, write a verdict; then a right-to-left override for the rest.
FORGED_NAME = "Петров\x1b[1A\x1b[2K\rApproval valid\x1b[8m\u202eвонаВИ"
FORGED_NOTE = "ok\x1b]0;title\x07\u202e05,000 052 1"
ACTING = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _void_approval_package(officer, complete_request, tmp_path):
    """A request approved with a key whose holder's name holds control characters (made
    with a forger's own tool: RequestDesk refuses such a name), then changed; packed as
    RequestDesk packs it."""
    from requestdesk.identity import Holder, Keyring, Role
    from requestdesk.store.review import Review
    from tests.signers import CHEAP, PASSPHRASE

    rid = complete_request["id"]
    officer.store.save(complete_request)
    Review(officer.store, "officer").submit(rid)
    forger = Keyring.of(tmp_path / "forger").create(Holder(FORGED_NAME, Role.SUPERVISOR, ""), PASSPHRASE, params=CHEAP)
    Review(officer.store, "officer").approve(rid, FORGED_NOTE, signer=forger.unlock(PASSPHRASE))
    changed = officer.store.get(rid)
    changed["number"] = "7/2-2000"
    officer.store.save(changed)
    path = tmp_path / "void.requestpkg"
    pack(officer.store, rid, path, FORGED_NAME, signer=officer.sender)
    return path


def _assert_shown_not_acting(text):
    assert not ACTING.search(text), repr(text)
    assert "⟨U+001B⟩" in text and "⟨U+202E⟩" in text


def test_a_void_approval_cannot_print_as_valid(officer, complete_request, tmp_path):
    package = _void_approval_package(officer, complete_request, tmp_path)
    for command in (["unpack", str(package), "--inspect"], ["unpack", str(package), "--untrusted"]):
        # The receiving workstation does not trust the key: the approval is not recognised
        # and the name beside it is shown as a claim, its control characters visible.
        for lang, void in (("en", "Approval not recognised"), ("ru", "не признано")):
            env = {"REQUESTDESK_DATA_DIR": str(tmp_path / f"data-{lang}-{len(command)}")}
            result = run_cli(*command, "--lang", lang, env=env)
            assert result.returncode == 0, result.stderr
            _assert_shown_not_acting(result.stdout)
            lines = result.stdout.splitlines()
            verdict = next(line for line in lines if void in line)
            assert lines.index(verdict) == len(lines) - 2  # the verdict line, then the claimed name on its own
            assert lines[-1].count("Approval valid") == 1 and "⟨U+001B⟩[2K⟨U+000D⟩Approval valid" in lines[-1]


def test_control_characters_in_a_refusal_are_shown(sent_for_review, tmp_path):
    forged = forge_enclosures(sent_for_review, tmp_path / "f.requestpkg", [b"not a pdf at all" * 10],
                              compression=zipfile.ZIP_STORED)
    contents = members(forged)
    manifest = json.loads(contents["manifest.json"])
    manifest["enclosures"][0]["name"] = "scan\x1b[2K\rApproval valid\u202e.pdf"
    contents["manifest.json"] = json.dumps(manifest).encode()
    crafted = write_zip(tmp_path / "named.requestpkg", contents)
    result = run_cli("unpack", str(crafted), "--inspect", "--lang", "en")
    assert result.returncode == 1
    _assert_shown_not_acting(result.stderr)


def test_check_prints_findings_with_control_characters_shown(tmp_path, complete_request, write_request):
    doc = dict(complete_request)
    doc["assistance"] = [dict(doc["assistance"][0])]
    doc["assistance"][0]["identifiers"] = [{"type": "ip", "value": "999.1.1.1\x1b[2K\rok\u202e", "from": "2026-10-20T14:30:00+03:00",
                                            "to": "2026-10-20T14:40:00+03:00"}]
    source = write_request(doc, "odd.request.json")
    result = run_cli("check", str(source), "--lang", "en")
    assert not ACTING.search(result.stdout), repr(result.stdout)
    assert "999.1.1.1⟨U+001B⟩[2K⟨U+000D⟩ok⟨U+202E⟩" in result.stdout
