"""Request files: kept whole (unknown keys too), and a file that is not one is named and refused."""

import json

import pytest

from requestdesk.atomic import WriteError
from requestdesk.domain.requestfile import RequestFileError, load_request_file, save_request_file


def test_unknown_keys_survive_load_and_save(tmp_path, complete_request):
    complete_request["future_field"] = {"nested": [1, 2, 3]}
    complete_request["requesting"]["x_extra"] = "kept"
    path = tmp_path / "a.request.json"
    save_request_file(complete_request, path)
    again = load_request_file(path)
    assert again == complete_request
    assert json.loads(path.read_text(encoding="utf-8"))["future_field"] == {"nested": [1, 2, 3]}


@pytest.mark.parametrize(
    ("content", "problem", "words"),
    [
        (b"", "empty", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "encoding", "not UTF-8"),
        (b"{not json", "json", "not JSON"),
        (b"[1, 2]", "not_object", "list"),
        (b'{"format": "something.else", "version": 1}', "format", "not a RequestDesk request"),
        (b'{"format": "requestdesk.request", "version": 2}', "version", "version 2"),
        (b'{"format": "requestdesk.request"}', "version", "version null"),
        (b"[" * 100000, "json", "not JSON"),
        # Valid JSON, but half a UTF-16 pair cannot be saved or exported: refused on reading.
        (b'{"format": "requestdesk.request", "version": 1, "number": "\\udcff1"}', "surrogate", "\\udcff"),
    ],
)
def test_a_file_that_is_not_a_request_is_refused_with_its_name_and_problem(write_request, content, problem, words):
    path = write_request(content)
    with pytest.raises(RequestFileError) as info:
        load_request_file(path)
    assert info.value.problem == problem
    assert str(path) in info.value.message("en") and words in info.value.message("en")
    assert str(path) in info.value.message("ru")


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(RequestFileError) as missing:
        load_request_file(tmp_path / "nope.request.json")
    assert "nope.request.json" in missing.value.message("ru")
    with pytest.raises(RequestFileError, match="folder"):
        load_request_file(tmp_path)


def test_saving_never_leaves_half_a_file(tmp_path, complete_request, monkeypatch):
    path = tmp_path / "a.request.json"
    save_request_file(complete_request, path)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    complete_request["number"] = "changed"
    with pytest.raises(WriteError) as caught:
        save_request_file(complete_request, path)
    assert caught.value.message("ru") == f"{path}: на диске недостаточно места, файл не записан"
    assert caught.value.message("en") == f"{path}: the disk is full, the file was not written"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.request.json"]


@pytest.mark.parametrize("depth", [65, 500, 990, 50_000])
def test_a_request_nested_deeper_than_any_real_one_is_refused_before_it_can_crash(tmp_path, complete_request, depth):
    """Depth 500 parsed, then crashed the fingerprint and the rules with RecursionError;
    every depth above the limit is now refused with a message (issue 13)."""
    from requestdesk.domain.check import check_document
    from requestdesk.domain.nesting import MAX_DEPTH

    path = tmp_path / "deep.request.json"
    text = json.dumps(complete_request)[:-1] + ', "extra": ' + "[" * depth + "]" * depth + "}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RequestFileError) as info:
        load_request_file(path)
    assert info.value.problem == "nested"
    assert f"{MAX_DEPTH} levels" in info.value.message("en") and f"{MAX_DEPTH} уровней" in info.value.message("ru")
    shallow = dict(complete_request, extra=json.loads("[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2)))
    path.write_text(json.dumps(shallow), encoding="utf-8")
    check_document(load_request_file(path))  # what is allowed is also safe to check
