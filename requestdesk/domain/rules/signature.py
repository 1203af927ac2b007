"""Article 6(4): who signs a written request and which official seal it bears."""

from __future__ import annotations

from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.rules import CheckContext, rule
from requestdesk.domain.text import _


def _exchange(ctx: CheckContext):  # type: ignore[no-untyped-def]
    return ctx.profile.exchanges.get(ctx.request.exchange)


_OR = _("{items} or {last}")


def listed(words: list[str], lang: str) -> str:
    """"A, B или C" / "A, B or C"."""
    if len(words) <= 1:
        return "".join(words)
    return _OR.render(lang, items=", ".join(words[:-1]), last=words[-1])


def _names(ctx: CheckContext, table: str, keys: list[str] | tuple[str, ...]) -> dict[str, str]:
    return {lang: listed([ctx.profile.label(table, k, lang) for k in keys], lang) for lang in SUPPORTED}


@rule("6.4.signatory")
def signatory_fits_exchange(ctx: CheckContext) -> None:
    signatory = ctx.request.signatory
    exchange = _exchange(ctx)
    if exchange is None:
        ctx.report.error("6.4.signatory", "exchange", "6.4.signatory.exchange")
    if not signatory.role and signatory.name.is_empty():
        ctx.report.error("6.4.signatory", "signatory.name", "6.4.signatory.missing")
        return
    if signatory.name.is_empty():
        ctx.report.error("6.4.signatory", "signatory.name", "6.4.signatory.missing")
    if signatory.position.is_empty():
        ctx.report.error("6.4.signatory", "signatory.position", "6.4.signatory.position")
    if ctx.request.exchange == "specialised" and ctx.request.requesting.subdivision.is_empty():
        # Art. 6(4)(b): the head of the specialised subdivision signs; the letter must name it.
        ctx.report.error("6.4.signatory", "requesting.subdivision", "6.4.signatory.subdivision")
    if exchange is not None and signatory.role not in exchange.roles:
        ctx.report.error(
            "6.4.signatory",
            "signatory.role",
            "6.4.signatory.role",
            exchange=exchange.name,
            allowed=_names(ctx, "roles", exchange.roles),
            role=_names(ctx, "roles", [signatory.role]) if signatory.role else "—",
            article=exchange.article,
        )


@rule("6.4.seal")
def seal_fits_exchange(ctx: CheckContext) -> None:
    exchange = _exchange(ctx)
    if exchange is None:
        return  # 6.4.signatory already asks for the exchange
    seal = ctx.request.seal
    expected_with = {lang: ctx.profile.seals_with.get(exchange.seal, {}).get(lang, exchange.seal) for lang in SUPPORTED}
    if not seal:
        ctx.report.error("6.4.seal", "seal", "6.4.seal.missing", expected_with=expected_with, article=exchange.article)
    elif seal != exchange.seal:
        ctx.report.error(
            "6.4.seal",
            "seal",
            "6.4.seal",
            exchange=exchange.name,
            expected_with=expected_with,
            seal=_names(ctx, "seals", [seal]),
            article=exchange.article,
        )


@rule("6.4.acting")
def acting_head_has_basis(ctx: CheckContext) -> None:
    signatory = ctx.request.signatory
    role = ctx.profile.roles.get(signatory.role) or {}
    if role.get("acting") and signatory.acting_basis.is_empty():
        ctx.report.warning("6.4.acting", "signatory.acting_basis")
