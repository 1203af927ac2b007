"""Opening a register made before word forms were indexed: its re-indexing shows its progress."""

from __future__ import annotations

import time

from requestdesk.ui.reindex_progress import ReindexProgress
from requestdesk.ui.services import Services
from tests.test_search import version6_register, with_text


class SlowProgress(ReindexProgress):
    """The dialog as on a slow workstation: each report comes a little later."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[tuple[int, int, str]] = []

    def __call__(self, done: int, total: int) -> None:
        time.sleep(0.1)
        super().__call__(done, total)
        self.values.append((done, self.dialog.maximum(), self.dialog.labelText()))


def test_reindexing_an_older_register_shows_a_progress_bar_then_the_register(qapp, tmp_path, complete_request):
    docs = [with_text(complete_request, f"Мошенничестве номер {i}.", "") for i in range(2500)]
    version6_register(tmp_path / "requests.sqlite3", docs)
    progress = SlowProgress()
    services = Services.open(tmp_path, progress=progress)
    try:
        assert progress.shown  # the officer saw it: it took longer than a moment
        values = [value for value, _, _ in progress.values]
        assert values == sorted(values) and values[-1] == progress.values[-1][1] == 2500
        assert "every form of its words" in progress.values[0][2]
        assert not progress.dialog.isVisible()  # closed once done
        assert len(services.store.keys("мошенничество")) == 2500
    finally:
        services.close()


def test_the_progress_is_said_in_the_interface_language(qapp, languages):
    languages.apply("ru")
    progress = ReindexProgress()
    progress(0, 10)
    assert progress.dialog.labelText() == "Обновление реестра: поиск будет находить слова в любой форме…"
    progress(10, 10)
    assert not progress.dialog.isVisible()
