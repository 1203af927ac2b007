"""Reads a request document (spec §1) into a `RequestModel`, tolerating anything.

A value of the wrong JSON type, a malformed date or an over-long text becomes empty
in the model and a `data.*` finding, so that the rules never see a bad value and a
check never raises on any JSON input.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from requestdesk.domain.findings import Reporter
from requestdesk.domain.languages import DEFAULT_DOCUMENT_LANGUAGES
from requestdesk.domain.model import (
    EMPTY,
    AssistanceItem,
    Attachment,
    Executor,
    Identifier,
    Party,
    RequestModel,
    Signatory,
    Text,
    Transmission,
)
from requestdesk.domain.text import _
from requestdesk.domain.timeutil import is_aware, parse_date, parse_instant

# A letter's element runs to a few pages at most: a longer text is read and checked,
# with a warning that suggests enclosing the material instead. Only a hostile size (over
# 1 MB of UTF-8 in one field) is an error, and the checks do not read that field.
LONG_TEXT_CHARS = 20_000
MAX_TEXT_BYTES = 1_000_000
MAX_TEXT_CHARS = MAX_TEXT_BYTES  # no text of more characters than this fits in the bytes
MAX_ITEMS = 500


def too_large(value: str) -> bool:
    # UTF-8 takes one to four bytes a character: count only when it can matter.
    return len(value) > MAX_TEXT_BYTES // 4 and len(value.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES


class _Reader:
    def __init__(self, report: Reporter):
        self.report = report

    def _type(self, path: str, expected: str) -> None:
        self.report.error("data.type", path, f"data.type.{expected}")

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if value is None:
            return {}
        if isinstance(value, dict):
            return value
        self._type(path, "object")
        return {}

    def items(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self._type(path, "list")
            return []
        if len(value) > MAX_ITEMS:
            self.report.error("data.size", path, "data.size.items", limit=MAX_ITEMS)
            return value[:MAX_ITEMS]
        return value

    def string(self, value: Any, path: str) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            if too_large(value):
                self.report.error("data.size", path, "data.size.text", limit=_("1 MB"))
                return ""
            return value
        self._type(path, "string")
        return ""

    def boolean(self, value: Any, path: str) -> bool:
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        self._type(path, "bool")
        return False

    def count(self, value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self._type(path, "int")
            return None
        if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
            self._type(path, "int")
            return None
        return int(value)

    def text(self, value: Any, path: str, lenient: bool = False) -> Text:
        """A {lang: str} text; `lenient` also takes a plain string valid in every language."""
        if value is None:
            return EMPTY
        if lenient and isinstance(value, str):
            plain = self.string(value, path)
            return Text(tuple((lang, plain) for lang in DEFAULT_DOCUMENT_LANGUAGES))
        if not isinstance(value, dict):
            self._type(path, "text")
            return EMPTY
        pairs = []
        for lang, content in value.items():
            text = self.string(content, f"{path}.{lang}")
            if len(text) > LONG_TEXT_CHARS:
                self.report.warning("data.size", f"{path}.{lang}", "data.size.long", limit=_thousands(LONG_TEXT_CHARS))
            pairs.append((str(lang), text))
        return Text(tuple(pairs))

    def day(self, value: Any, path: str) -> date | None:
        raw = self.string(value, path)
        if not raw.strip():
            return None
        try:
            return parse_date(raw.strip())
        except ValueError:
            self.report.error("data.format", path, "data.format.date", value=_shown(raw))
            return None

    def instant(self, value: Any, path: str) -> datetime | None:
        """An ISO 8601 date-time that must carry its offset."""
        raw = self.string(value, path)
        if not raw.strip():
            return None
        try:
            moment = parse_instant(raw)
        except ValueError:
            self.report.error("data.format", path, "data.format.datetime", value=_shown(raw))
            return None
        if not is_aware(moment):
            self.report.error("data.format", path, "data.format.offset", value=_shown(raw))
            return None
        return moment

    def party(self, value: Any, path: str) -> Party:
        raw = self.obj(value, path)
        return Party(
            state=self.string(raw.get("state"), f"{path}.state").strip().upper(),
            authority=self.text(raw.get("authority"), f"{path}.authority"),
            subdivision=self.text(raw.get("subdivision"), f"{path}.subdivision"),
            time_zone=self.string(raw.get("time_zone"), f"{path}.time_zone").strip(),
            address=self.text(raw.get("address"), f"{path}.address", lenient=True),
            phone=self.string(raw.get("phone"), f"{path}.phone").strip(),
            email=self.string(raw.get("email"), f"{path}.email").strip(),
        )

    def identifier(self, value: Any, path: str) -> Identifier:
        raw = self.obj(value, path)
        start_raw = self.string(raw.get("from"), f"{path}.from").strip()
        end_raw = self.string(raw.get("to"), f"{path}.to").strip()
        return Identifier(
            type=self.string(raw.get("type"), f"{path}.type").strip(),
            value=self.string(raw.get("value"), f"{path}.value").strip(),
            start_raw=start_raw,
            end_raw=end_raw,
            start=_loose_instant(start_raw),
            end=_loose_instant(end_raw),
        )

    def assistance_item(self, value: Any, path: str) -> AssistanceItem:
        raw = self.obj(value, path)
        return AssistanceItem(
            form=self.string(raw.get("form"), f"{path}.form").strip(),
            description=self.text(raw.get("description"), f"{path}.description"),
            ground=self.string(raw.get("ground"), f"{path}.ground").strip(),
            identifiers=tuple(
                self.identifier(v, f"{path}.identifiers.{i}")
                for i, v in enumerate(self.items(raw.get("identifiers"), f"{path}.identifiers"))
            ),
        )

    def attachment(self, value: Any, path: str) -> Attachment:
        raw = self.obj(value, path)
        return Attachment(
            title=self.text(raw.get("title"), f"{path}.title"),
            pages=self.count(raw.get("pages"), f"{path}.pages"),
            copies=self.count(raw.get("copies"), f"{path}.copies"),
            certified_copy=self.boolean(raw.get("certified_copy"), f"{path}.certified_copy"),
        )

    def languages(self, value: Any) -> tuple[str, ...]:
        if value is None:
            return DEFAULT_DOCUMENT_LANGUAGES
        codes = [self.string(v, f"languages.{i}").strip() for i, v in enumerate(self.items(value, "languages"))]
        codes = [c for c in dict.fromkeys(codes) if c]
        return tuple(codes) or DEFAULT_DOCUMENT_LANGUAGES


def _thousands(n: int) -> dict[str, str]:
    return {"ru": f"{n:,}".replace(",", "\u00a0"), "en": f"{n:,}"}


def _loose_instant(raw: str) -> datetime | None:
    # Identifier windows are judged by the data.identifier rule, which needs to tell a
    # malformed time from one without an offset; here they are only parsed.
    if not raw:
        return None
    try:
        return parse_instant(raw)
    except ValueError:
        return None


def _shown(raw: str, limit: int = 60) -> str:
    return raw if len(raw) <= limit else raw[:limit] + "…"


def read_request(doc: Any, report: Reporter) -> RequestModel:
    r = _Reader(report)
    raw = r.obj(doc, "")
    transmission = r.obj(raw.get("transmission"), "transmission")
    signatory = r.obj(raw.get("signatory"), "signatory")
    executor = r.obj(raw.get("executor"), "executor")
    return RequestModel(
        id=r.string(raw.get("id"), "id").strip(),
        treaty=r.string(raw.get("treaty"), "treaty").strip(),
        number=r.string(raw.get("number"), "number").strip(),
        date=r.day(raw.get("date"), "date"),
        requesting=r.party(raw.get("requesting"), "requesting"),
        requested=r.party(raw.get("requested"), "requested"),
        exchange=r.string(raw.get("exchange"), "exchange").strip(),
        offences=tuple(
            r.string(v, f"offences.{i}").strip() for i, v in enumerate(r.items(raw.get("offences"), "offences"))
        ),
        case_summary=r.text(raw.get("case_summary"), "case_summary"),
        purpose=r.text(raw.get("purpose"), "purpose"),
        justification=r.text(raw.get("justification"), "justification"),
        assistance=tuple(
            r.assistance_item(v, f"assistance.{i}") for i, v in enumerate(r.items(raw.get("assistance"), "assistance"))
        ),
        desired_execution_by=r.day(raw.get("desired_execution_by"), "desired_execution_by"),
        other_information=r.text(raw.get("other_information"), "other_information"),
        attachments=tuple(
            r.attachment(v, f"attachments.{i}") for i, v in enumerate(r.items(raw.get("attachments"), "attachments"))
        ),
        confidential=r.boolean(raw.get("confidential"), "confidential"),
        presence_requested=r.boolean(raw.get("presence_requested"), "presence_requested"),
        urgent=r.boolean(raw.get("urgent"), "urgent"),
        urgency_reason=r.text(raw.get("urgency_reason"), "urgency_reason"),
        transmission=Transmission(
            channel=r.string(transmission.get("channel"), "transmission.channel").strip(),
            at=r.instant(transmission.get("at"), "transmission.at"),
            arrangement=r.text(transmission.get("arrangement"), "transmission.arrangement", lenient=True),
            confirmed_at=r.instant(transmission.get("confirmed_at"), "transmission.confirmed_at"),
            confirmation_number=r.string(transmission.get("confirmation_number"), "transmission.confirmation_number").strip(),
            confirmation_date=r.day(transmission.get("confirmation_date"), "transmission.confirmation_date"),
        ),
        signatory=Signatory(
            role=r.string(signatory.get("role"), "signatory.role").strip(),
            name=r.text(signatory.get("name"), "signatory.name"),
            position=r.text(signatory.get("position"), "signatory.position"),
            acting_basis=r.text(signatory.get("acting_basis"), "signatory.acting_basis", lenient=True),
        ),
        seal=r.string(raw.get("seal"), "seal").strip(),
        executor=Executor(
            name=r.text(executor.get("name"), "executor.name"),
            phone=r.string(executor.get("phone"), "executor.phone").strip(),
        ),
        languages=r.languages(raw.get("languages")),
    )
