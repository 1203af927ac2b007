"""Article 6(3): the elements a request must contain."""

from __future__ import annotations

from requestdesk.domain.directory import is_placeholder
from requestdesk.domain.enclosures import mentions_enclosures
from requestdesk.domain.formatting import InEachLanguage, format_day
from requestdesk.domain.rules import CheckContext, rule


@rule("6.3.a")
def authorities_named(ctx: CheckContext) -> None:
    for side in ("requesting", "requested"):
        party = getattr(ctx.request, side)
        if party.authority.is_empty():
            ctx.report.error("6.3.a", f"{side}.authority", f"6.3.a.{side}")
        # A directory entry "… (наименование подлежит уточнению)" is not yet a name: the
        # letter may not name its authority or subdivision by it.
        for element in ("authority", "subdivision"):
            text = getattr(party, element)
            for _lang, value in text.values:
                if is_placeholder(value):
                    ctx.report.error("6.3.a", f"{side}.{element}", "6.3.a.placeholder", name=value.strip()[:120])
                    break


@rule("6.3.b")
def case_stated(ctx: CheckContext) -> None:
    if ctx.request.case_summary.is_empty():
        ctx.report.error("6.3.b", "case_summary")


@rule("6.3.c")
def purpose_and_justification(ctx: CheckContext) -> None:
    for name in ("purpose", "justification"):
        if getattr(ctx.request, name).is_empty():
            ctx.report.error("6.3.c", name, f"6.3.c.{name}")


@rule("6.3.d")
def assistance_requested(ctx: CheckContext) -> None:
    items = ctx.request.assistance
    if not items:
        ctx.report.error("6.3.d", "assistance", "6.3.d.none")
    for i, item in enumerate(items):
        if not item.form:
            ctx.report.error("6.3.d", f"assistance.{i}.form", "6.3.d.form", number=i + 1)
        if item.description.is_empty():
            ctx.report.error("6.3.d", f"assistance.{i}.description", "6.3.d.description", number=i + 1)


@rule("6.3.e")
def execution_time(ctx: CheckContext) -> None:
    wanted, dated = ctx.request.desired_execution_by, ctx.request.date
    sent = ctx.request.transmission
    if wanted is None:
        ctx.report.error("6.3.e", "desired_execution_by", "6.3.e.missing")
    elif sent.channel in ("oral", "technical") and sent.at is not None:
        # The written confirmation repeats the terms of the request as transmitted: its
        # desired date is judged against the day of that transmission, not its own date.
        day = sent.at.astimezone(ctx.requesting_zone).date()
        if wanted < day:
            ctx.report.error(
                "6.3.e",
                "desired_execution_by",
                "6.3.e.before_transmission",
                deadline=InEachLanguage(format_day, wanted),
                date=InEachLanguage(format_day, day),
                transmission=ctx.profile.transmissions.get(sent.channel, {}),
            )
    elif dated is not None and wanted < dated:
        ctx.report.error(
            "6.3.e",
            "desired_execution_by",
            "6.3.e.before",
            deadline=InEachLanguage(format_day, wanted),
            date=InEachLanguage(format_day, dated),
        )


@rule("6.3.f")
def enclosures(ctx: CheckContext) -> None:
    request = ctx.request
    for i, attachment in enumerate(request.attachments):
        if attachment.title.is_empty():
            ctx.report.warning("6.3.f", f"attachments.{i}.title", "6.3.f.title", number=i + 1)
        if attachment.pages is None or attachment.pages < 1:
            ctx.report.warning("6.3.f", f"attachments.{i}.pages", "6.3.f.pages", number=i + 1)
    if request.attachments:
        return
    for path, text in request.texts():
        if path.startswith("attachments."):
            continue
        if any(mentions_enclosures(value) for _, value in text.values):
            ctx.report.warning("6.3.f", "attachments", "6.3.f.unlisted")
            return


@rule("6.3.g")
def reference_to_agreement(ctx: CheckContext) -> None:
    if ctx.profile_problem is not None:
        ctx.report.error("6.3.g", "treaty", "6.3.g.profile", treaty=ctx.request.treaty, problem=ctx.profile_problem)
    elif ctx.request.treaty != ctx.profile.id:
        ctx.report.error("6.3.g", "treaty", treaty=ctx.request.treaty or "—")


@rule("doc.requisites")
def letter_requisites(ctx: CheckContext) -> None:
    request = ctx.request
    if not request.number:
        ctx.report.warning("doc.requisites", "number", "doc.requisites.number")
    if request.date is None:
        ctx.report.warning("doc.requisites", "date", "doc.requisites.date")
    if request.executor.name.is_empty() or not request.executor.phone:
        ctx.report.warning("doc.requisites", "executor", "doc.requisites.executor")
