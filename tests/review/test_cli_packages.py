"""`requestdesk pack` and `requestdesk unpack` as a user's script runs them."""

import json
import zipfile

from requestdesk.packages import read_package
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import Review
from tests.cli_helpers import run_cli
from tests.review.helpers import listing, members, rewrite
from tests.signers import cli_sender


def _store(folder):
    return RequestStore(folder / "requests.sqlite3")


def test_pack_by_id_and_unpack_into_another_data_folder(tmp_path, complete_request):
    officer_dir, supervisor_dir = tmp_path / "officer", tmp_path / "supervisor"
    store = _store(officer_dir)
    store.save(complete_request)
    Review(store, "officer").submit(complete_request["id"])
    store.close()
    package = tmp_path / "out.requestpkg"
    officer_key = cli_sender(officer_dir, supervisor_dir)
    supervisor_key = cli_sender(supervisor_dir, officer_dir, name="Подполковник П. П. Петров", role="supervisor")

    packed = run_cli("pack", complete_request["id"][:8], "--out", str(package), "--user", "officer", *officer_key,
                     env={"REQUESTDESK_DATA_DIR": str(officer_dir)})
    assert packed.returncode == 0, packed.stderr
    assert str(package) in packed.stdout and read_package(package).status == "in_review"

    unpacked = run_cli("unpack", str(package), "--lang", "ru", env={"REQUESTDESK_DATA_DIR": str(supervisor_dir)})
    assert unpacked.returncode == 0, unpacked.stderr
    assert "импортирован" in unpacked.stdout and "На проверке" in unpacked.stdout
    store = _store(supervisor_dir)
    assert store.get(complete_request["id"]) == complete_request
    Review(store, "supervisor").mark(complete_request["id"], "6.3.b", "needs_change", "Уточнить")
    store.close()
    back = tmp_path / "back.requestpkg"
    assert run_cli("pack", complete_request["id"], "--out", str(back), *supervisor_key,
                   env={"REQUESTDESK_DATA_DIR": str(supervisor_dir)}).returncode == 0

    # Meanwhile the officer changed the request: the returning package conflicts with that.
    store = _store(officer_dir)
    changed = store.get(complete_request["id"])
    changed["number"] = "7/2-1000"
    store.save(changed)
    store.close()
    env = {"REQUESTDESK_DATA_DIR": str(officer_dir)}
    assert "nothing new" in run_cli("unpack", str(package), "--lang", "en", env=env).stdout
    conflict = run_cli("unpack", str(back), "--lang", "en", env=env)
    assert conflict.returncode == 1 and "--keep-both" in conflict.stderr and str(back) in conflict.stderr
    kept = run_cli("unpack", str(back), "--keep-both", "--lang", "en", env=env)
    assert kept.returncode == 0 and "new request" in kept.stdout
    store = _store(officer_dir)
    assert store.count() == 2 and store.get(complete_request["id"]) == changed
    store.close()


def test_pack_a_request_file_and_inspect_it(tmp_path, write_request, complete_request):
    source = write_request(complete_request, "r.request.json")
    package = tmp_path / "r.requestpkg"
    data = tmp_path / "data"
    env = {"REQUESTDESK_DATA_DIR": str(data)}
    assert run_cli("pack", str(source), "--out", str(package), *cli_sender(data), env=env).returncode == 0
    inspected = run_cli("unpack", str(package), "--inspect", "--lang", "en", env=env)
    assert inspected.returncode == 0 and "intact" in inspected.stdout and "Not approved" in inspected.stdout
    assert "Sender verified by signature: Ст. лейтенант И. И. Иванов" in inspected.stdout
    elsewhere = run_cli("unpack", str(package), "--inspect", "--lang", "en", env={"REQUESTDESK_DATA_DIR": str(tmp_path / "other")})
    assert elsewhere.returncode == 0 and "UNVERIFIED sender" in elsewhere.stdout
    assert not (tmp_path / "nowhere").exists()


def test_exit_codes_for_refused_and_unreadable_packages(tmp_path, write_request, complete_request):
    source = write_request(complete_request, "r.request.json")
    package = tmp_path / "r.requestpkg"
    keys = tmp_path / "keys"
    signing = cli_sender(keys)
    keys_env = {"REQUESTDESK_DATA_DIR": str(keys)}
    run_cli("pack", str(source), "--out", str(package), *signing, env=keys_env)
    data_dir = tmp_path / "data"
    env = {"REQUESTDESK_DATA_DIR": str(data_dir)}
    before = listing(tmp_path, skip=data_dir)

    request = members(package)["request.json"].replace(b'"number": "', b'"number": "X', 1)
    tampered = rewrite(package, tmp_path / "tampered.requestpkg", {"request.json": request})
    refused = run_cli("unpack", str(tampered), "--lang", "ru", env=env)
    assert refused.returncode == 1 and str(tampered) in refused.stderr and "текст запроса изменен" in refused.stderr

    junk = tmp_path / "junk.requestpkg"
    junk.write_bytes(b"\x00garbage" * 10)
    unreadable = run_cli("unpack", str(junk), "--lang", "en", env=env)
    assert unreadable.returncode == 2 and "not a zip" in unreadable.stderr
    assert not data_dir.exists()  # refused packages leave no trace, not even an empty register

    missing = run_cli("pack", "no-such-request-id", "--out", str(tmp_path / "x.requestpkg"), env=env)
    assert (missing.returncode == 2 and "no register" in missing.stderr) or "no request" in missing.stderr
    wrong_suffix = run_cli("pack", str(source), "--out", str(tmp_path / "x.zip"), *signing, env=keys_env)
    assert wrong_suffix.returncode == 2 and ".requestpkg" in wrong_suffix.stderr
    # A place that cannot hold the package is named in the user's language, not the system's.
    blocked = tmp_path / "r.requestpkg" / "inside" / "x.requestpkg"
    under_a_file = run_cli("pack", str(source), "--out", str(blocked), "--lang", "ru", *signing, env=keys_env)
    assert under_a_file.returncode == 2
    assert under_a_file.stderr.strip() == f"{blocked}: «{package}» — это файл, а не папка"
    nowhere = tmp_path / "no-such-folder" / "x.requestpkg"
    missing_folder = run_cli("pack", str(source), "--out", str(nowhere), "--lang", "ru", *signing, env=keys_env)
    assert missing_folder.returncode == 2
    assert missing_folder.stderr.strip() == f"{nowhere}: папка «{nowhere.parent}» не существует"

    after = listing(tmp_path, skip=data_dir)
    unsigned = run_cli("pack", str(source), "--out", str(tmp_path / "u.requestpkg"), "--lang", "en", env=env)
    assert unsigned.returncode == 1 and "no personal keys" in unsigned.stderr  # nothing to sign with: nothing written
    assert not (tmp_path / "u.requestpkg").exists()
    assert set(after) - set(before) == {"tampered.requestpkg", "junk.requestpkg"}
    with zipfile.ZipFile(package) as archive:
        assert json.loads(archive.read("manifest.json"))["format"] == "requestdesk.package"


def test_pack_and_unpack_never_import_qt(tmp_path, write_request, complete_request):
    import subprocess
    import sys

    from tests.cli_helpers import ROOT

    source = write_request(complete_request)
    package = tmp_path / "q.requestpkg"
    signing = cli_sender(tmp_path / "data")
    code = (
        "import sys; from requestdesk.__main__ import main;"
        f"main(['pack', {str(source)!r}, '--out', {str(package)!r}, *{signing!r}]);"
        f"main(['unpack', {str(package)!r}]);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'docx', 'docxtpl', 'jinja2')];"
        "print('IMPORTED', bad)"
    )
    env = {"REQUESTDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert "IMPORTED []" in result.stdout, result.stdout + result.stderr
    assert (tmp_path / "data" / "requests.sqlite3").exists()
