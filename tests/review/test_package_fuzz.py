"""Fuzzing the package importer: whatever the bytes, a clean refusal or a clean import of
exactly the valid package's content."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from requestdesk.store.requests import RequestStore
from tests.review.fuzzing import clear, content_of, mutate, outcome_of, trust_sender, valid_package

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def test_random_bytes_and_mutated_packages_never_crash_the_importer(tmp_path, complete_request):
    valid = valid_package(tmp_path / "source", complete_request)
    folder = tmp_path / "fuzz"
    store = RequestStore(folder / "store" / "requests.sqlite3")
    insider = trust_sender(tmp_path / "source", store)
    path = folder / "input.requestpkg"
    path.write_bytes(valid)
    outcome_of(store, path)
    expected = content_of(store)  # what the valid package imports as
    clear(store)
    outcomes: list[str] = []

    @FUZZ
    @given(rnd=st.randoms(use_true_random=False), raw=st.binary(max_size=512), use_raw=st.booleans())
    def check(rnd, raw, use_raw):
        path.write_bytes(raw if use_raw else mutate(valid, rnd, insider))
        outcome = outcome_of(store, path, expected)  # raises on anything but a clean outcome
        assert outcome != "ACCEPTED ALTERED CONTENT"
        outcomes.append(outcome)
        assert sorted(p.name for p in folder.iterdir()) == ["input.requestpkg", "store"]
        clear(store)

    try:
        check()
    finally:
        store.close()
    assert any(o.startswith("refused:") for o in outcomes) and "imported" in outcomes
