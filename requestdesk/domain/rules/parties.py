"""Articles 4 and 17: two different Parties, for which the Agreement is in force, and
their competent authorities."""

from __future__ import annotations

from requestdesk.domain.formatting import InEachLanguage, format_day
from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.timeutil import zone


@rule("4.parties")
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
        shown_day = InEachLanguage(format_day, day)
        if state.in_force is None:
            ctx.report.warning("4.parties", f"{side}.state", "4.parties.not_in_force", state=state.short, date=shown_day)
        elif day < state.in_force:
            ctx.report.error(
                "4.parties",
                f"{side}.state",
                "4.parties.not_yet",
                state=state.short,
                date=shown_day,
                in_force=InEachLanguage(format_day, state.in_force),
            )


@rule("4.authority")
def competent_authorities(ctx: CheckContext) -> None:
    for side in ("requested", "requesting"):
        party = getattr(ctx.request, side)
        state = ctx.directory.state(party.state)
        names = [value for _, value in party.authority.values if value.strip()]
        if state is None or not names or not ctx.directory.authorities_of(party.state):
            continue  # 4.parties and 6.3.a speak of a missing state or name
        if ctx.directory.authority_named(party.state, names) is None:
            ctx.report.warning("4.authority", f"{side}.authority", "4.authority", authority=names[0][:120], state=state.short)
