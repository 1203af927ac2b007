"""Benchmark (issue 5): with 10,000 requests of which 500 await written confirmation,
refreshing the "Awaiting written confirmation" panel takes at most 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_watch_panel.py --benchmark-only -p no:cacheprovider

Baseline in the same run: the bare SQL query for the same 500 rows.
"""

from __future__ import annotations

import copy
import json
import os
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from requestdesk.domain.timeutil import FixedClock, iso_instant  # noqa: E402
from requestdesk.resources import resource_path  # noqa: E402
from requestdesk.ui.services import Services  # noqa: E402
from requestdesk.ui.tracking.watch_panel import ConfirmationPanel  # noqa: E402

TOTAL, AWAITING = 10_000, 500
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def services(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("data")
    services = Services.open(folder, clock=FixedClock(NOW))
    base = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
    with services.store.transaction() as db:
        for i in range(TOTAL):
            doc = copy.deepcopy(base)
            doc["id"] = str(uuid.UUID(int=i))
            doc["number"] = f"{i}/ИТ-2026"
            if i < AWAITING:
                doc["urgent"] = True
                doc["urgency_reason"] = {"ru": "Срочно", "en": "Urgent"}
                sent = NOW - timedelta(hours=i % 90)
                doc["transmission"] = {"channel": "oral", "at": iso_instant(sent.astimezone(ZoneInfo("Europe/Moscow")))}
            services.store.write(db, doc)
    yield services
    services.close()


def test_baseline_sql_query_of_the_awaiting_rows(benchmark, services):
    db = services.store._db
    query = "SELECT * FROM requests WHERE confirmation_due IS NOT NULL AND confirmed_at IS NULL ORDER BY confirmation_due"
    rows = benchmark(lambda: db.execute(query).fetchall())
    assert len(rows) == AWAITING


def test_refresh_the_confirmation_panel(benchmark, services, qapp):
    panel = ConfirmationPanel(services, ZoneInfo("Europe/Moscow"))
    panel.resize(1100, 600)
    panel.show()

    def refresh():
        panel.refresh()
        qapp.processEvents()  # the repaint is part of what the officer waits for

    benchmark(refresh)
    assert panel.model.rowCount() == AWAITING
    panel.close()
