"""Benchmark: a full check of a request, and the comparison of its texts as they grow.

Goals (issue 14): the three-item example checked in at most 1 ms (median, in-process),
no worse a ratio to `json.loads` of the same file than before the comparison by meaning;
a request of 8 items, 30 identifiers and 20 KB of text per language; and the comparison
linear in the length of the texts from 1 KB to 1 MB. Run on demand:

    .venv/bin/python -m pytest tests/benchmarks/bench_check.py --benchmark-only -p no:cacheprovider -s

Every figure is measured beside its baseline in the same run (parsing the same request
file with json.loads): the ratios, not the milliseconds, are what carry across machines.
The check caches the values it read from a text (a keystroke changes one text), so the
timed runs of the full check measure the check as the editor runs it; the growth of the
comparison is measured on fresh texts, without the cache.
"""

from __future__ import annotations

import json
import statistics
import time

from requestdesk.domain.check import check_document
from requestdesk.domain.directory import bundled_directory
from requestdesk.domain.profile import load_profile
from requestdesk.domain.tokens import _cached_values, _Reader, compare
from requestdesk.resources import resource_path

RAW = resource_path("examples", "example.request.json").read_bytes()
DOC = json.loads(RAW)

_RU = ("Вход в учетную запись выполнен 20 октября 2026 г. в 14:05:17 (UTC+3) с IP-адреса 192.0.2.{n}; "
       "ущерб составил 1 250 000,50 руб., средства переведены на карту 4276 3800 1234 56{n:02d} "
       "и кошелек 0x52908400098527886E0F7030069857D2E4169E{n:02d}. Преступление предусмотрено ч. 2 ст. 272 УК РФ. ")
_EN = ("The account was logged into on 20 October 2026 at 14:05:17 (UTC+03:00) from IP address 192.0.2.{n}; "
       "the damage was RUB 1,250,000.50, the funds were transferred to card 4276 3800 1234 56{n:02d} "
       "and wallet 0x52908400098527886e0f7030069857d2e4169e{n:02d}. The offence falls under Article 272(2) of the Criminal Code. ")


_RU_PROSE = ("Потерпевший сообщил, что получил сообщение от неизвестного лица, представившегося сотрудником "
             "службы безопасности банка, и по его указанию сообщил код подтверждения из сообщения. ")
_EN_PROSE = ("The victim reported receiving a message from an unknown person who introduced himself as an officer "
             "of the bank's security service and, as instructed, gave away the confirmation code from the message. ")


def _texts(size: int) -> tuple[str, str]:
    """Request prose in both languages, some ten values every 500 characters."""
    ru, en, n, length = [], [], 0, 0
    while length < size:
        ru.append(_RU.format(n=n % 100) + _RU_PROSE)
        en.append(_EN.format(n=n % 100) + _EN_PROSE)
        length += len(ru[-1])
        n += 1
    # Whole sentences in both languages: a text cut at a length would end on different values in each.
    return "".join(ru), "".join(en)


def _large_request() -> dict:
    """8 items, 30 identifiers, some 20 KB of text in each language."""
    doc = json.loads(RAW)
    ru, en = _texts(12_000)
    doc["case_summary"] = {"ru": ru, "en": en}
    items = []
    for i in range(8):
        ru_item, en_item = _texts(1_000)
        identifiers = [
            {"type": "ip", "value": f"192.0.2.{i * 4 + k}", "from": "2026-10-20T14:30:00+03:00", "to": "2026-10-20T14:40:00+03:00"}
            for k in range(4 if i < 6 else 3)
        ]
        items.append({"form": "b" if i % 2 else "a", "ground": "citizen", "description": {"ru": ru_item, "en": en_item},
                      "identifiers": identifiers})
    doc["assistance"] = items
    assert sum(len(item["identifiers"]) for item in items) == 30
    return doc


LARGE = _large_request()


def _median(fn, *args, rounds: int = 25) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_baseline_parse_request_json(benchmark):
    benchmark.group = "check"
    benchmark(json.loads, RAW)


def test_full_check_of_a_complete_request(benchmark):
    benchmark.group = "check"
    load_profile(), bundled_directory()  # loaded once per process, as in the application
    assert len(DOC["assistance"]) == 3 and DOC["languages"] == ["ru", "en"]
    result = benchmark(check_document, DOC)
    assert result.ok


def test_full_check_of_a_large_request(benchmark):
    benchmark.group = "check"
    load_profile(), bundled_directory()
    result = benchmark(check_document, LARGE)
    assert not [f for f in result.findings if f.code == "lang.tokens"]


def test_figures_beside_their_baseline():
    """Prints every figure of the issue with json.loads of the example in the same run."""
    load_profile(), bundled_directory()
    def uncached(doc: dict) -> None:
        _cached_values.cache_clear()  # every text read afresh: the first check of a file
        check_document(doc)

    rows = []
    for _ in range(3):  # alternate, so that a busy moment weighs on both
        base = _median(json.loads, RAW, rounds=200)
        example = _median(check_document, DOC, rounds=200)
        fresh = _median(uncached, DOC, rounds=200)
        large = _median(check_document, LARGE, rounds=20)
        rows.append((base, example, fresh, large))
    base, example, fresh, large = (statistics.median(col) for col in zip(*rows))
    print(f"\njson.loads(example)      {base * 1e3:8.3f} ms")
    print(f"check(example)           {example * 1e3:8.3f} ms  = {example / base:6.1f}× json.loads (texts unchanged since the last check)")
    print(f"check(example), no cache {fresh * 1e3:8.3f} ms  = {fresh / base:6.1f}× json.loads")
    print(f"check(8 items, 30 ids, 20 KB/language) {large * 1e3:8.3f} ms  = {large / base:6.1f}× json.loads")
    print("comparison of fresh texts (both languages read, no cache):")
    per_kb = []
    for size in (1_000, 10_000, 100_000, 1_000_000):
        ru, en = _texts(size)
        rounds = 9 if size < 1_000_000 else 3
        spent = _median(lambda: compare(tuple(_Reader(ru, "ru").read()), tuple(_Reader(en, "en").read())), rounds=rounds)
        per_kb.append(spent / (size / 1000))
        print(f"  {size // 1000:5d} KB  {spent * 1e3:9.2f} ms  {spent / (size / 1000) * 1e3:6.3f} ms/KB")
    assert example < 0.01  # generous: the goal is 1 ms; this only catches a broken build
    # Linear: the cost per kilobyte of 1 MB within a small factor of that of 10 KB.
    assert per_kb[-1] < 5 * per_kb[1]
