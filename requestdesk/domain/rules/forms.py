"""Article 5: the forms of cooperation a request asks for; Article 3(1): the acts concerned."""

from __future__ import annotations

from collections.abc import Mapping

from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.tokens import read_values

GROUNDS = ("citizen", "territory")


def _latin_for(table: Mapping[str, Mapping[str, object]], letter: str) -> str | None:
    """The Latin letter a file uses for a Russian one ("б" -> "b"), if the table has it."""
    for latin, entry in table.items():
        if entry.get("local_letter") == letter:
            return latin
    return None


def _letters(table: Mapping[str, Mapping[str, object]]) -> str:
    # "a (а), b (б), … j (к)": what the file takes, with the Agreement's own letter.
    return ", ".join(f"{latin} ({entry.get('local_letter', latin)})" for latin, entry in table.items())


@rule("5.form")
def forms_of_cooperation(ctx: CheckContext) -> None:
    forms = ctx.profile.forms
    for i, item in enumerate(ctx.request.assistance):
        if not item.form:
            continue  # 6.3.d reports an item without a form
        if item.form not in forms:
            latin = _latin_for(forms, item.form.lower())
            if latin is not None:
                ctx.report.error("5.form", f"assistance.{i}.form", "5.form.cyrillic", number=i + 1, form=item.form, latin=latin)
            else:
                ctx.report.error("5.form", f"assistance.{i}.form", "5.form.unknown", number=i + 1, form=item.form[:40], letters=_letters(forms))
            continue
        if item.ground and item.ground not in GROUNDS:
            ctx.report.error("5.form", f"assistance.{i}.ground", "5.form.ground_unknown", number=i + 1, ground=item.ground[:40])
        elif forms[item.form].get("requires_ground") and not item.ground:
            ctx.report.error("5.form", f"assistance.{i}.ground", "5.form.ground", number=i + 1)


# What names the data to preserve: an identifier, or a system or provider in words.
_TARGET_KINDS = frozenset({"ip", "email", "domain", "url", "phone", "wallet", "hash", "iban", "handle", "digits", "code", "mac"})
_PERIOD_KINDS = frozenset({"date", "time", "duration"})


@rule("5.preservation")
def preservation_names_data(ctx: CheckContext) -> None:
    for i, item in enumerate(ctx.request.assistance):
        if item.form != "i":
            continue
        values = [v for lang, text in item.description.values for v in read_values(text, lang)]
        if not item.identifiers and not any(v.kind in _TARGET_KINDS for v in values):
            ctx.report.warning("5.preservation", f"assistance.{i}.identifiers", "5.preservation.target", number=i + 1)
        windowed = any(identifier.start or identifier.end for identifier in item.identifiers)
        if not windowed and not any(v.kind in _PERIOD_KINDS for v in values):
            ctx.report.warning("5.preservation", f"assistance.{i}.description", "5.preservation.period", number=i + 1)


@rule("data.format")
def offences_are_acts(ctx: CheckContext) -> None:
    acts = ctx.profile.acts
    for i, letter in enumerate(ctx.request.offences):
        if letter in acts:
            continue
        latin = _latin_for(acts, letter.lower())
        if latin is not None:
            ctx.report.error("data.format", f"offences.{i}", "data.format.offence_cyrillic", value=letter, latin=latin)
        else:
            ctx.report.error("data.format", f"offences.{i}", "data.format.offence", value=letter[:40], letters=_letters(acts))


@rule("3.offences")
def offences_named(ctx: CheckContext) -> None:
    if not ctx.request.offences:
        ctx.report.warning("3.offences", "offences")
