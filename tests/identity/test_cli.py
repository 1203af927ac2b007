"""`requestdesk key …` and `requestdesk trust …` as an administrator and officers use them."""

from __future__ import annotations

import json
import stat

import pytest

from requestdesk.cli.main import main
from requestdesk.identity import Keyring, TrustStore
from tests.cli_helpers import run_cli


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A workstation's data folder, and passphrase files for scripts."""
    folder = tmp_path / "data"
    monkeypatch.setenv("REQUESTDESK_DATA_DIR", str(folder))
    files = {}
    for who, text in (("admin", "correct horse battery"), ("boss", "пароль руководителя"), ("wrong", "not the passphrase"),
                      ("short", "short")):
        files[who] = tmp_path / f"{who}.pass"
        files[who].write_text(text + "\n", encoding="utf-8")
    return folder, files


def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _make(capsys, files, name, role, passfile, *extra):
    return cli(capsys, "key", "create", "--name", name, "--role", role, "--authority", "МВД России",
               "--passphrase-file", str(files[passfile]), *extra)


def test_the_first_administrator_key_starts_the_list(capsys, desk):
    folder, files = desk
    code, out, err = _make(capsys, files, "А. А. Админов", "administrator", "admin", "--lang", "ru")
    assert code == 0, err
    key = Keyring.of(folder).only()
    assert key.fingerprint in out and "первый администратор" in out
    assert stat.S_IMODE(key.path.stat().st_mode) == 0o600
    assert TrustStore(folder).load().first_administrator.fingerprint == key.fingerprint


def test_a_supervisor_key_is_not_trusted_until_the_administrator_adds_it(capsys, desk, tmp_path):
    folder, files = desk
    _make(capsys, files, "А. А. Админов", "administrator", "admin")
    code, out, _ = _make(capsys, files, "П. П. Петров", "supervisor", "boss", "--lang", "en")
    assert code == 0 and "not trusted yet" in out
    boss = next(k for k in Keyring.of(folder).keys() if k.holder.name == "П. П. Петров")
    exported = tmp_path / "petrov.pubkey.json"
    code, out, _ = cli(capsys, "key", "export", "--out", str(exported), "--key", boss.fingerprint, "--lang", "ru")
    assert code == 0 and boss.fingerprint in out and exported.exists()
    code, out, _ = cli(capsys, "key", "fingerprint", str(exported), "--lang", "ru")
    assert code == 0 and out.startswith(boss.fingerprint) and "П. П. Петров" in out and "руководитель" in out

    code, out, err = cli(capsys, "trust", "add", str(exported), "--role", "supervisor", "--as-admin",
                         "--passphrase-file", str(files["admin"]), "--lang", "en")
    assert code == 0, err
    assert "П. П. Петров" in out and boss.fingerprint in out
    code, out, _ = cli(capsys, "trust", "list", "--json")
    listed = json.loads(out)
    assert [k["holder"] for k in listed["keys"]] == ["А. А. Админов", "П. П. Петров"]
    assert listed["keys"][1]["role"] == "supervisor" and listed["keys"][1]["revoked"] is None

    code, out, err = cli(capsys, "trust", "revoke", boss.fingerprint.replace(" ", "-").lower(), "--date", "2026-11-20",
                         "--reason", "переведен", "--passphrase-file", str(files["admin"]), "--lang", "ru")
    assert code == 0, err
    assert "отозван с 20 ноября 2026" in out
    code, out, _ = cli(capsys, "trust", "list", "--lang", "en")
    assert "REVOKED from 20 November 2026: переведен" in out
    code, out, _ = cli(capsys, "trust", "list", "--json")
    assert json.loads(out)["keys"][1]["revoked"]["date"] == "2026-11-20"


def test_a_wrong_passphrase_is_refused_and_the_list_is_unchanged(capsys, desk, tmp_path):
    folder, files = desk
    _make(capsys, files, "А. А. Админов", "administrator", "admin")
    _make(capsys, files, "П. П. Петров", "supervisor", "boss")
    boss = next(k for k in Keyring.of(folder).keys() if k.holder.name == "П. П. Петров")
    exported = tmp_path / "petrov.pubkey.json"
    cli(capsys, "key", "export", "--out", str(exported), "--key", boss.fingerprint)
    before = (folder / "trust.json").read_bytes()
    for lang, words in (("ru", "неверный пароль"), ("en", "wrong passphrase")):
        code, out, err = cli(capsys, "trust", "add", str(exported), "--role", "supervisor",
                             "--passphrase-file", str(files["wrong"]), "--lang", lang)
        assert code == 1 and words in err and "А. А. Админов" in err
    assert (folder / "trust.json").read_bytes() == before


def test_a_supervisor_cannot_add_keys(capsys, desk, tmp_path):
    folder, files = desk
    _make(capsys, files, "П. П. Петров", "supervisor", "boss")
    exported = tmp_path / "petrov.pubkey.json"
    cli(capsys, "key", "export", "--out", str(exported))
    code, _, err = cli(capsys, "trust", "add", str(exported), "--role", "supervisor", "--passphrase-file",
                       str(files["boss"]), "--lang", "en")
    assert code == 1 and "no list of trusted keys yet" in err


def test_a_hand_edited_trust_list_is_refused_by_every_trust_command(capsys, desk, tmp_path):
    folder, files = desk
    _make(capsys, files, "А. А. Админов", "administrator", "admin")
    doc = json.loads((folder / "trust.json").read_text(encoding="utf-8"))
    doc["changes"][0]["key"]["holder"] = "С. С. Сидоров"
    (folder / "trust.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _, err = cli(capsys, "trust", "list", "--lang", "ru")
    assert code == 1 and "изменен не через RequestDesk" in err and "изменение 1" in err
    exported = tmp_path / "a.pubkey.json"
    cli(capsys, "key", "export", "--out", str(exported))
    code, _, err = cli(capsys, "trust", "add", str(exported), "--role", "administrator", "--passphrase-file",
                       str(files["admin"]), "--lang", "en")
    assert code == 1 and "outside RequestDesk" in err
    code, _, err = cli(capsys, "trust", "revoke", "0000 0000 0000 0000 0000", "--date", "2026-11-20", "--reason", "x",
                       "--passphrase-file", str(files["admin"]))
    assert code == 1


def test_an_edited_public_key_file_is_refused_with_exit_1(capsys, desk, tmp_path):
    folder, files = desk
    _make(capsys, files, "А. А. Админов", "administrator", "admin")
    _make(capsys, files, "П. П. Петров", "supervisor", "boss")
    boss = next(k for k in Keyring.of(folder).keys() if k.holder.name == "П. П. Петров")
    exported = tmp_path / "petrov.pubkey.json"
    cli(capsys, "key", "export", "--out", str(exported), "--key", boss.fingerprint)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["holder"] = "Подполковник П. П. Петров"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = cli(capsys, "key", "fingerprint", str(exported), "--lang", "en")
    assert code == 1 and "were changed after the key was made" in err
    code, _, err = cli(capsys, "trust", "add", str(exported), "--role", "supervisor", "--passphrase-file", str(files["admin"]))
    assert code == 1
    assert len(TrustStore(folder).load().entries) == 1


@pytest.mark.parametrize("content", [b"", b"garbage", b"\x00" * 10, b'{"format": "x"}'])
def test_a_file_that_is_not_a_key_is_unreadable_exit_2(capsys, desk, tmp_path, content):
    bad = tmp_path / "x.pubkey.json"
    bad.write_bytes(content)
    code, _, err = cli(capsys, "key", "fingerprint", str(bad), "--lang", "ru")
    assert code == 2 and str(bad) in err
    code, _, err = cli(capsys, "trust", "add", str(bad), "--role", "officer", "--lang", "en")
    assert code == 2


def test_missing_files_and_bad_arguments_are_said(capsys, desk, tmp_path):
    folder, files = desk
    code, _, err = cli(capsys, "key", "fingerprint", str(tmp_path / "none.pubkey.json"), "--lang", "en")
    assert code == 2 and "does not exist" in err
    code, _, err = cli(capsys, "key", "export", "--out", str(tmp_path / "k.pubkey.json"), "--lang", "ru")
    assert code == 1 and "нет личных ключей" in err
    code, _, err = cli(capsys, "key", "create", "--name", "И. И. Иванов", "--role", "officer", "--passphrase-file",
                       str(files["short"]), "--lang", "ru")
    assert code == 1 and "не менее 10" in err and not (folder / "keys").exists()
    code, _, err = cli(capsys, "key", "create", "--name", "И. И.\u202eвонави", "--role", "officer", "--passphrase-file",
                       str(files["admin"]), "--lang", "en")
    assert code == 1 and "U+202E" in err and "\u202e" not in err
    code, _, err = cli(capsys, "key", "create", "--name", "И. И. Иванов", "--role", "officer", "--passphrase-file",
                       str(tmp_path / "none.pass"), "--lang", "en")
    assert code == 2 and "passphrase file" in err
    _make(capsys, files, "А. А. Админов", "administrator", "admin")
    code, _, err = cli(capsys, "trust", "revoke", "0000 0000 0000 0000 0000", "--date", "20.11.2026", "--reason", "x",
                       "--passphrase-file", str(files["admin"]), "--lang", "ru")
    assert code == 1 and "ГГГГ-ММ-ДД" in err
    code, _, err = cli(capsys, "key", "export", "--out", str(tmp_path / "k.json"), "--lang", "en")
    assert code == 2 and ".pubkey.json" in err


def test_keys_listed_with_their_fingerprints_and_a_damaged_one_said(capsys, desk):
    folder, files = desk
    _make(capsys, files, "А. А. Админов", "administrator", "admin")
    (folder / "keys" / "broken.key").write_text("{", encoding="utf-8")
    code, out, err = cli(capsys, "key", "fingerprint", "--lang", "ru")
    assert code == 0 and "А. А. Админов" in out and "администратор" in out
    assert "broken.key" in err and "Не используется" in err


def test_the_installed_command_makes_a_key_at_the_shipped_cost(tmp_path):
    folder = tmp_path / "data"
    passfile = tmp_path / "p.pass"
    passfile.write_text("correct horse battery\n", encoding="utf-8")
    done = run_cli("key", "create", "--name", "А. А. Админов", "--role", "administrator", "--passphrase-file", str(passfile),
                   "--lang", "en", env={"REQUESTDESK_DATA_DIR": str(folder)})
    assert done.returncode == 0, done.stderr
    key = json.loads(next((folder / "keys").glob("*.key")).read_text(encoding="utf-8"))
    assert (key["kdf"]["name"], key["kdf"]["n"], key["kdf"]["r"]) == ("scrypt", 2**17, 8)
    listed = run_cli("trust", "list", "--lang", "en", env={"REQUESTDESK_DATA_DIR": str(folder)})
    assert listed.returncode == 0 and "first administrator: А. А. Админов" in listed.stdout
