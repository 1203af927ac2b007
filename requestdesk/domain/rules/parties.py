"""Articles 4 and 17: two different Parties, for which the Agreement is in force."""

from __future__ import annotations

from requestdesk.domain.formatting import format_day
from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.timeutil import zone


@rule("4.parties", "Arts. 4, 17")
def parties_of_agreement(ctx: CheckContext) -> None:
    request, directory = ctx.request, ctx.directory
    known = []
    for side in ("requesting", "requested"):
        party = getattr(request, side)
        if not party.state:
            ctx.report.error("4.parties", f"{side}.state", "4.parties.missing")
            continue
        state = directory.state(party.state)
        if state is None:
            ctx.report.error("4.parties", f"{side}.state", "4.parties.unknown", state=party.state)
            continue
        known.append((side, state))
        if party.time_zone and zone(party.time_zone) is None:
            ctx.report.error("data.format", f"{side}.time_zone", "data.format.zone", value=party.time_zone[:64])
    if len(known) == 2 and known[0][1].code == known[1][1].code:
        state = known[0][1]
        ctx.report.error("4.parties", "requested.state", "4.parties.same", state=state.short)
        return
    day = request.date
    if day is None:
        return  # doc.requisites asks for the date; in force "on" no date cannot be judged
    for side, state in known:
        if not state.in_force_on(day):
            ctx.report.warning(
                "4.parties",
                f"{side}.state",
                "4.parties.not_in_force",
                state=state.short,
                date={lang: format_day(day, lang) for lang in ("ru", "en")},
            )
