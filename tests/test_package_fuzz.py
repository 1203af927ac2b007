"""Fuzzing the package importer: whatever the bytes, a clean refusal or a clean import."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from requestdesk.store.requests import RequestStore
from tests.package_fuzzing import mutate, outcome_of, valid_package

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def test_random_bytes_and_mutated_packages_never_crash_the_importer(tmp_path, complete_request):
    valid = valid_package(tmp_path, complete_request)
    outcomes: list[str] = []

    @FUZZ
    @given(rnd=st.randoms(use_true_random=False), raw=st.binary(max_size=512), use_raw=st.booleans())
    def check(rnd, raw, use_raw):
        data = raw if use_raw else mutate(valid, rnd)
        with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
            path = Path(folder) / "input.requestpkg"
            path.write_bytes(data)
            store = RequestStore(Path(folder) / "store" / "requests.sqlite3")
            try:
                outcomes.append(outcome_of(store, path))
            finally:
                store.close()
            assert sorted(p.name for p in Path(folder).iterdir()) == ["input.requestpkg", "store"]

    check()
    assert any(o.startswith("refused:") for o in outcomes)
