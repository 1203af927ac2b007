"""The treaty's rules as small functions, one per element, each named by its rule code.

The request's treaty profile decides which of them run (the codes it lists) and which
article each names (the element's article, or the rule's own in the profile). A rule
reads the typed request from the context and reports findings; it never raises on the
request's content (the reader has already turned bad values into `data.*` findings and
empty values).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    # Why the request's own profile could not be used (the Agreement's rules ran instead).
    profile_problem: Mapping[str, str] | None = None


@record
class Rule:
    code: str  # spec §2: the profile names its article
    apply: Callable[[CheckContext], None]


RULES: list[Rule] = []


def rule(code: str) -> Callable[[Callable[[CheckContext], None]], Callable[[CheckContext], None]]:
    def register(fn: Callable[[CheckContext], None]) -> Callable[[CheckContext], None]:
        RULES.append(Rule(code, fn))
        return fn

    return register


# Importing the modules registers their rules, in the order a reviewer reads them.
from requestdesk.domain.rules import elements, transmission, signature, parties, forms, language, identifiers, consistency  # noqa: E402,F401
