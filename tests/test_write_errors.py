"""Why a file was not written, told in the user's language, with the old file kept."""

from __future__ import annotations

import errno
import os

import pytest

from requestdesk.atomic import WriteError
from requestdesk.domain.requestfile import save_request_file


def test_a_file_held_by_another_program_is_told_apart_from_a_read_only_folder(tmp_path, complete_request, monkeypatch):
    # Windows refuses to replace a document open in Word with "access denied", in a
    # folder that takes files: the file, not the folder, is what the officer must close.
    target = tmp_path / "r.request.json"
    save_request_file(complete_request, target)
    before = target.read_bytes()

    def held(src, dst):
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(WriteError) as refused:
        save_request_file(dict(complete_request, number="changed"), target)
    assert refused.value.problem == "in_use"
    assert refused.value.message("ru") == f"{target}: файл открыт в другой программе или защищен от записи; закройте его и повторите"
    assert refused.value.message("en") == f"{target}: the file is open in another program or read-only; close it and try again"
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.request.json"]


def test_a_name_too_long_for_the_file_system_is_said_so(tmp_path, complete_request):
    target = tmp_path / ("д" * 120 + ".request.json")  # 240 bytes: the temporary name beside it is longer than 255
    with pytest.raises(WriteError) as refused:
        save_request_file(complete_request, target)
    assert refused.value.problem == "name_too_long"
    assert refused.value.message("ru").endswith("слишком длинное имя файла или путь")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_takes_no_new_file_is_the_folders_fault_even_when_the_file_exists(tmp_path, complete_request, monkeypatch):
    # The new content cannot even be put beside the old file: the folder is protected,
    # whatever the file itself (Windows grants every folder "write" to os.access).
    target = tmp_path / "r.request.json"
    save_request_file(complete_request, target)
    before = target.read_bytes()

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr("tempfile.mkstemp", refused)
    with pytest.raises(WriteError) as caught:
        save_request_file(dict(complete_request, number="changed"), target)
    assert caught.value.problem == "not_writable"
    assert caught.value.message("ru") == f"{target}: нет права записи в папку «{tmp_path}»"
    assert target.read_bytes() == before
