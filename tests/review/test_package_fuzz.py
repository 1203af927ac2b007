"""Fuzzing the package importer: whatever the bytes, a clean refusal or a clean import."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from requestdesk.store.requests import RequestStore
from tests.review.fuzzing import TABLES, mutate, outcome_of, valid_package

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def test_random_bytes_and_mutated_packages_never_crash_the_importer(tmp_path, complete_request):
    valid = valid_package(tmp_path / "source", complete_request)
    folder = tmp_path / "fuzz"
    store = RequestStore(folder / "store" / "requests.sqlite3")
    path = folder / "input.requestpkg"
    outcomes: list[str] = []

    @FUZZ
    @given(rnd=st.randoms(use_true_random=False), raw=st.binary(max_size=512), use_raw=st.booleans())
    def check(rnd, raw, use_raw):
        path.write_bytes(raw if use_raw else mutate(valid, rnd))
        outcomes.append(outcome_of(store, path))  # raises on anything but a clean outcome
        assert sorted(p.name for p in folder.iterdir()) == ["input.requestpkg", "store"]
        with store.transaction() as db:  # each input meets an empty store
            for table in TABLES:
                db.execute(f"DELETE FROM {table}")

    try:
        check()
    finally:
        store.close()
    assert any(o.startswith("refused:") for o in outcomes) and "imported" in outcomes
