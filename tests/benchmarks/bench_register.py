"""Benchmark: the register of 10,000 requests (issue 4: opening it at most 300 ms, a
search at most 100 ms). Run on demand:

    QT_QPA_PLATFORM=offscreen python -m pytest tests/benchmarks/bench_register.py --benchmark-only -p no:cacheprovider

"Opening" is the main window built over the register, shown, and its events processed
(the table reads only the rows it shows). "Search" is a word typed in the search box
applied: the full-text query, the model reset and the repaint; one search matches a
single request, the other every request. The baselines in the same run (printed in the
same pytest-benchmark group): the same window over an empty register, and the same
search in that empty window.
"""

from __future__ import annotations

import copy
import json
import uuid

import pytest

from requestdesk.resources import resource_path

COUNT = 10_000
DOC = json.loads(resource_path("examples", "example.request.json").read_bytes())


@pytest.fixture(scope="module")
def register_folder(tmp_path_factory):
    from requestdesk.ui.services import Services

    folder = tmp_path_factory.mktemp("register")
    services = Services.open(folder)
    with services.store.transaction() as db:  # one transaction: one fsync, not ten thousand
        for i in range(COUNT):
            doc = copy.deepcopy(DOC)
            doc["id"] = str(uuid.uuid4())
            doc["number"] = f"{i}/2026"
            doc["case_summary"]["en"] += f" Marker{i}."
            services.store.write(db, doc)
    services.close()
    return folder


def open_window(qapp, folder):
    from requestdesk.ui.i18n import Languages
    from requestdesk.ui.main_window import MainWindow
    from requestdesk.ui.services import Services

    services = Services.open(folder)
    languages = Languages(services.settings, qapp)
    languages.apply("en")
    window = MainWindow(services, languages)
    window.show()
    qapp.processEvents()
    return window, services


def close_window(window, services) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone before its store closes
    services.close()


def test_baseline_open_an_empty_register(benchmark, qapp, tmp_path):
    benchmark.group = "register-open"
    benchmark.pedantic(lambda: close_window(*open_window(qapp, tmp_path / "empty")), rounds=10, iterations=1)


def test_open_a_register_of_10000(benchmark, qapp, register_folder):
    benchmark.group = "register-open"
    counts = []

    def run():
        window, services = open_window(qapp, register_folder)
        counts.append(window.model.rowCount())
        close_window(window, services)

    benchmark.pedantic(run, rounds=10, iterations=1)
    assert counts[-1] == COUNT


def test_baseline_search_an_empty_register(benchmark, qapp, tmp_path):
    benchmark.group = "register-search"
    window, services = open_window(qapp, tmp_path / "empty")

    def clear():
        window.register.reload(search="")
        qapp.processEvents()

    def search():
        window.register.reload(search="192.0.2.15")
        qapp.processEvents()

    try:
        benchmark.pedantic(search, setup=clear, rounds=20, iterations=1)
    finally:
        close_window(window, services)


@pytest.mark.parametrize("words", ["Marker5000", "гражданину", "192.0.2.15"],
                         ids=["one-match", "every-request-word-form", "every-request"])
def test_search_a_register_of_10000(benchmark, qapp, register_folder, words):
    benchmark.group = "register-search"
    window, services = open_window(qapp, register_folder)

    def clear():  # not timed: each round starts from the whole register
        window.register.reload(search="")
        qapp.processEvents()

    def search():
        window.register.reload(search=words)
        qapp.processEvents()
        return window.model.rowCount()

    try:
        found = benchmark.pedantic(search, setup=clear, rounds=20, iterations=1)
        assert found == (1 if words == "Marker5000" else COUNT)  # the example's "гражданина" is in every request
    finally:
        close_window(window, services)
