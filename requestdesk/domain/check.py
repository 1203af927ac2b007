"""Checking a request: the entry point of the rules engine."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from requestdesk.domain.deadlines import DEFAULT_COUNTING, Counting, confirmation_deadline, requesting_zone
from requestdesk.domain.directory import Directory, bundled_directory
from requestdesk.domain.findings import Finding, Reporter, Severity
from requestdesk.domain.model import RequestModel
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.profile import DEFAULT_TREATY, ProfileError, TreatyProfile, load_profile
from requestdesk.domain.reader import read_request
from requestdesk.domain.records import record
from requestdesk.domain.rules import RULES, CheckContext
from requestdesk.domain.timeutil import Clock, SystemClock, iso_instant


@record
class CheckResult:
    request: RequestModel
    findings: tuple[Finding, ...]
    confirmation_due: datetime | None  # in the requesting authority's zone
    counting: Counting
    requesting_zone: str = "UTC"  # the IANA zone deadlines of this request are shown in
    treaty: str = DEFAULT_TREATY  # the profile whose rules ran
    rules: tuple[str, ...] = ()  # the codes of the rules that ran, in order

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    def to_json(self, lang: str) -> dict[str, Any]:
        """The shape `requestdesk check --json` prints (spec §3)."""
        return {
            "ok": self.ok,
            "findings": [f.to_dict(lang) for f in self.findings],
            "deadlines": {
                "confirmation_due": iso_instant(self.confirmation_due) if self.confirmation_due else None,
            },
        }


def profile_for(treaty: str) -> TreatyProfile:
    """The request's own profile; the Agreement's when its treaty is unknown (6.3.g then says so)."""
    return _profile_and_problem(treaty)[0]


def _profile_and_problem(treaty: str) -> tuple[TreatyProfile, dict[str, str] | None]:
    if treaty and treaty != DEFAULT_TREATY:
        try:
            return load_profile(treaty), None
        except ProfileError as problem:
            return load_profile(DEFAULT_TREATY), {lang: problem.message(lang) for lang in SUPPORTED}
    # A request naming no treaty is judged by the Agreement's rules, whose 6.3.g says so.
    return load_profile(DEFAULT_TREATY), None


def check_document(
    doc: Any,
    *,
    directory: Directory | None = None,
    clock: Clock | None = None,
    counting: Counting = DEFAULT_COUNTING,
) -> CheckResult:
    """Every rule of the profile over a request document (a parsed request file).

    Never raises on a document that parsed as JSON: whatever is wrong is a finding.
    """
    directory = directory or bundled_directory()
    treaty = doc.get("treaty") if isinstance(doc, dict) else None
    profile, problem = _profile_and_problem(treaty if isinstance(treaty, str) else "")
    report = Reporter(profile.messages, profile.rule_articles)
    request = read_request(doc, report)
    context = CheckContext(
        request=request,
        profile=profile,
        directory=directory,
        now=(clock or SystemClock()).now(),
        counting=counting,
        requesting_zone=requesting_zone(request, directory),
        report=report,
        profile_problem=problem,
    )
    ran = []
    for rule in RULES:
        if profile.runs(rule.code):
            rule.apply(context)
            ran.append(rule.code)
    due = confirmation_deadline(request, directory, profile.confirmation_hours, counting)
    return CheckResult(request, tuple(report.findings), due, counting, context.requesting_zone.key, profile.id, tuple(dict.fromkeys(ran)))
