"""Article 6(2): how a request travels, and the written confirmation of an urgent one."""

from __future__ import annotations

from requestdesk.domain.deadlines import confirmation_due, needs_written_confirmation
from requestdesk.domain.formatting import InEachLanguage, format_instant
from requestdesk.domain.profile import Period
from requestdesk.domain.rules import CheckContext, rule

CHANNELS = ("written", "technical", "oral")


def _channel_words(ctx: CheckContext) -> dict[str, str]:
    return ctx.profile.channels.get(ctx.request.transmission.channel, {})


@rule("6.2.channel")
def channel_allowed(ctx: CheckContext) -> None:
    request = ctx.request
    channel = request.transmission.channel
    if not channel or channel == "written":
        return
    if channel not in CHANNELS:
        ctx.report.error("6.2.channel", "transmission.channel", "6.2.channel.unknown", channel=channel)
    elif request.urgent:
        return
    elif channel == "oral":
        ctx.report.error("6.2.channel", "transmission.channel", "6.2.channel.oral")
    elif request.transmission.arrangement.is_empty():
        ctx.report.error("6.2.channel", "transmission.channel", "6.2.channel.technical")


@rule("6.2.urgency")
def urgency_explained(ctx: CheckContext) -> None:
    if ctx.request.urgent and ctx.request.urgency_reason.is_empty():
        ctx.report.warning("6.2.urgency", "urgency_reason")


@rule("6.2.confirmation")
def written_confirmation(ctx: CheckContext) -> None:
    request = ctx.request
    sent = request.transmission
    if not request.urgent or not needs_written_confirmation(sent):
        return
    if sent.at is None:
        transmission = ctx.profile.transmissions.get(sent.channel, {})
        ctx.report.warning("6.2.confirmation", "transmission.at", "6.2.confirmation.no_time", transmission=transmission)
        return
    due = confirmation_due(sent.at, ctx.requesting_zone, ctx.profile.confirmation_hours, ctx.counting)
    shown_due = InEachLanguage(format_instant, due)
    if sent.confirmed_at is not None and sent.confirmed_at < sent.at:
        ctx.report.error(
            "6.2.confirmation",
            "transmission.confirmed_at",
            "6.2.confirmation.before",
            confirmed=InEachLanguage(format_instant, sent.confirmed_at.astimezone(ctx.requesting_zone)),
            at=InEachLanguage(format_instant, sent.at.astimezone(ctx.requesting_zone)),
        )
    elif sent.confirmed_at is not None and sent.confirmed_at > ctx.now:
        ctx.report.error(
            "6.2.confirmation",
            "transmission.confirmed_at",
            "6.2.confirmation.future",
            confirmed=InEachLanguage(format_instant, sent.confirmed_at.astimezone(ctx.requesting_zone)),
        )
    elif sent.confirmed_at is not None:
        if sent.confirmed_at > due:
            confirmed = sent.confirmed_at.astimezone(ctx.requesting_zone)
            ctx.report.error(
                "6.2.confirmation",
                "transmission.confirmed_at",
                "6.2.confirmation.late",
                due=shown_due,
                confirmed=InEachLanguage(format_instant, confirmed),
            )
    elif ctx.now > due:
        ctx.report.error("6.2.confirmation", "transmission.confirmed_at", "6.2.confirmation.overdue", due=shown_due)
    else:
        ctx.report.warning(
            "6.2.confirmation", "transmission.confirmed_at", "6.2.confirmation.pending", due=shown_due, channel=_channel_words(ctx),
            period=InEachLanguage(Period.within, ctx.profile.confirmation),
        )
