"""The Agreement's rules as small functions, one per element, each naming its article.

A rule reads the typed request from the context and reports findings; it never
raises on the request's content (the reader has already turned bad values into
`data.*` findings and empty values).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from requestdesk.domain.deadlines import Counting
from requestdesk.domain.directory import Directory
from requestdesk.domain.findings import Reporter
from requestdesk.domain.model import RequestModel
from requestdesk.domain.profile import TreatyProfile
from requestdesk.domain.records import record


@record
class CheckContext:
    request: RequestModel
    profile: TreatyProfile
    directory: Directory
    now: datetime
    counting: Counting
    requesting_zone: ZoneInfo
    report: Reporter


@record
class Rule:
    code: str
    article: str
    apply: Callable[[CheckContext], None]


RULES: list[Rule] = []


def rule(code: str, article: str) -> Callable[[Callable[[CheckContext], None]], Callable[[CheckContext], None]]:
    def register(fn: Callable[[CheckContext], None]) -> Callable[[CheckContext], None]:
        RULES.append(Rule(code, article, fn))
        return fn

    return register


# Importing the modules registers their rules, in the order a reviewer reads them.
from requestdesk.domain.rules import elements, transmission, signature, parties, forms, language, identifiers, consistency  # noqa: E402,F401
