"""Identifiers of an assistance item (Art. 6(3)(d)): well-formed, with a time window."""

from __future__ import annotations

from requestdesk.domain.identifiers import IDENTIFIER_TYPES, is_valid
from requestdesk.domain.model import Identifier
from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.timeutil import is_aware


def _window(ctx: CheckContext, path: str, identifier: Identifier) -> bool:
    """Reports a malformed or offset-less window; True when the window is usable."""
    usable = True
    for key, raw, parsed in (("from", identifier.start_raw, identifier.start), ("to", identifier.end_raw, identifier.end)):
        if not raw:
            usable = False
        elif parsed is None:
            ctx.report.error("data.identifier", f"{path}.{key}", "data.identifier.time", value=raw[:60])
            usable = False
        elif not is_aware(parsed):
            ctx.report.warning("data.identifier", f"{path}.{key}", "data.identifier.offset", value=raw[:60])
            usable = False
    if usable and identifier.start and identifier.end and identifier.start > identifier.end:
        ctx.report.error("data.identifier", f"{path}.from", "data.identifier.order")
    return usable


@rule("data.identifier")
def identifiers_well_formed(ctx: CheckContext) -> None:
    for i, item in enumerate(ctx.request.assistance):
        for j, identifier in enumerate(item.identifiers):
            path = f"assistance.{i}.identifiers.{j}"
            kind, value = identifier.type, identifier.value
            if kind not in IDENTIFIER_TYPES:
                ctx.report.error("data.identifier", f"{path}.type", "data.identifier.type", type=kind[:40] or "—")
            elif not value:
                ctx.report.error("data.identifier", f"{path}.value", "data.identifier.empty")
            elif not is_valid(kind, value):
                ctx.report.error(
                    "data.identifier",
                    f"{path}.value",
                    "data.identifier.malformed",
                    value=value[:80],
                    type_name=ctx.profile.identifier_types[kind],
                )
            window = _window(ctx, path, identifier)
            # An address not yet typed has its own error: no window is asked of nothing.
            if kind == "ip" and value and not window:
                ctx.report.warning("data.identifier", f"{path}.from", "data.identifier.window", value=value[:80])
