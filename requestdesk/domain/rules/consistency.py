"""Art. 6(3)(d): the identifiers an item describes are the ones it lists."""

from __future__ import annotations

from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.tokens import Key, Value, read_values

# Values that identify something (not dates, amounts or article references).
_IDENTIFYING = frozenset({"ip", "email", "domain", "url", "phone", "wallet", "hash", "iban", "handle", "mac"})


def _has(values: list[Value]) -> set[Key]:
    return {k for v in values for k in (*v.keys, *v.covers)}


def _found(value: Value, has: set[Key]) -> bool:
    return any(k in has for k in (*value.keys, *value.alts))


@rule("data.consistency")
def description_and_list_agree(ctx: CheckContext) -> None:
    for i, item in enumerate(ctx.request.assistance):
        described = [v for lang, text in item.description.values for v in read_values(text, lang) if v.kind in _IDENTIFYING]
        listed = [v for identifier in item.identifiers for v in read_values(identifier.value, "en") if v.kind in _IDENTIFYING]
        if not described and not item.identifiers:
            continue
        listed_has, described_has = _has(listed), _has(described)
        reported: set[Key] = set()
        for value in described:
            if not _found(value, listed_has) and value.keys[0] not in reported:
                reported.add(value.keys[0])
                ctx.report.warning("data.consistency", f"assistance.{i}.identifiers", "data.consistency.unlisted", number=i + 1, value=value.shown[:80])
        # A description that names no identifier refers to its list as a whole.
        if not described:
            continue
        for value in listed:
            if not _found(value, described_has) and value.keys[0] not in reported:
                reported.add(value.keys[0])
                ctx.report.warning("data.consistency", f"assistance.{i}.description", "data.consistency.undescribed", number=i + 1, value=value.shown[:80])
