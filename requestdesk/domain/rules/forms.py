"""Article 5: the forms of cooperation a request asks for, and Article 3(1) acts."""

from __future__ import annotations

from requestdesk.domain.rules import CheckContext, rule

GROUNDS = ("citizen", "territory")


@rule("5.form", "Art. 5")
def forms_of_cooperation(ctx: CheckContext) -> None:
    forms = ctx.profile.forms
    for i, item in enumerate(ctx.request.assistance):
        if not item.form:
            continue  # 6.3.d reports an item without a form
        if item.form not in forms:
            ctx.report.error("5.form", f"assistance.{i}.form", "5.form.unknown", number=i + 1, form=item.form[:40])
            continue
        if item.ground and item.ground not in GROUNDS:
            ctx.report.error("5.form", f"assistance.{i}.ground", "5.form.ground_unknown", number=i + 1, ground=item.ground[:40])
        elif forms[item.form].get("requires_ground") and not item.ground:
            ctx.report.error("5.form", f"assistance.{i}.ground", "5.form.ground", number=i + 1)


@rule("data.format", "Art. 3(1)")
def offences_are_acts(ctx: CheckContext) -> None:
    for i, letter in enumerate(ctx.request.offences):
        if letter not in ctx.profile.acts:
            ctx.report.error("data.format", f"offences.{i}", "data.format.offence", value=letter[:40])
