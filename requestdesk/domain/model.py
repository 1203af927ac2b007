"""A request read into typed, immutable values (what the rules and documents use).

The request file (spec §1) is the source of truth and keeps unknown keys; this is a
read-only view of it, built by `requestdesk.domain.reader`, in which a value of the
wrong type or form has become "empty" (and a finding says so).
"""

from __future__ import annotations

from datetime import date, datetime

from requestdesk.domain.languages import DEFAULT_DOCUMENT_LANGUAGES
from requestdesk.domain.records import field, record

# Inside RequestModel the field named "date" hides the type of the same name.
_Day = date


@record(slots=True)
class Text:
    """A text in several languages: {"ru": "...", "en": "..."}."""

    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, **values: str) -> "Text":
        return cls(tuple(values.items()))

    def get(self, lang: str) -> str:
        for code, value in self.values:
            if code == lang:
                return value
        return ""

    def filled(self, lang: str) -> bool:
        return bool(self.get(lang).strip())

    def is_empty(self) -> bool:
        return not any(value.strip() for _, value in self.values)

    def languages(self) -> tuple[str, ...]:
        return tuple(code for code, value in self.values if value.strip())


EMPTY = Text()


@record(slots=True)
class Party:
    state: str = ""
    authority: Text = EMPTY
    subdivision: Text = EMPTY
    time_zone: str = ""  # explicit IANA name; "" means the state's zone
    # The letterhead's requisites; empty means the directory's entry for the authority.
    address: Text = EMPTY
    phone: str = ""
    email: str = ""


@record(slots=True)
class Identifier:
    type: str = ""
    value: str = ""
    start_raw: str = ""
    end_raw: str = ""
    start: datetime | None = None  # parsed `from`, None when absent or malformed
    end: datetime | None = None


@record(slots=True)
class AssistanceItem:
    form: str = ""
    description: Text = EMPTY
    ground: str = ""
    identifiers: tuple[Identifier, ...] = ()


@record(slots=True)
class Attachment:
    title: Text = EMPTY
    pages: int | None = None
    copies: int | None = None
    certified_copy: bool = False


@record(slots=True)
class Transmission:
    channel: str = ""
    at: datetime | None = None
    arrangement: Text = EMPTY
    confirmed_at: datetime | None = None
    # The written confirmation is a letter of its own, with its own outgoing number and date.
    confirmation_number: str = ""
    confirmation_date: date | None = None


@record(slots=True)
class Signatory:
    role: str = ""
    name: Text = EMPTY
    position: Text = EMPTY
    acting_basis: Text = EMPTY


@record(slots=True)
class Executor:
    name: Text = EMPTY
    phone: str = ""


@record(slots=True)
class RequestModel:
    id: str = ""
    treaty: str = ""
    number: str = ""
    date: date | None = None
    requesting: Party = field(default_factory=Party)
    requested: Party = field(default_factory=Party)
    exchange: str = ""
    offences: tuple[str, ...] = ()
    case_summary: Text = EMPTY
    purpose: Text = EMPTY
    justification: Text = EMPTY
    assistance: tuple[AssistanceItem, ...] = ()
    desired_execution_by: _Day | None = None
    other_information: Text = EMPTY
    attachments: tuple[Attachment, ...] = ()
    confidential: bool = False
    presence_requested: bool = False
    urgent: bool = False
    urgency_reason: Text = EMPTY
    transmission: Transmission = field(default_factory=Transmission)
    signatory: Signatory = field(default_factory=Signatory)
    seal: str = ""
    executor: Executor = field(default_factory=Executor)
    languages: tuple[str, ...] = DEFAULT_DOCUMENT_LANGUAGES

    def texts(self) -> list[tuple[str, Text]]:
        """Every bilingual text of the request with its dotted field path."""
        out: list[tuple[str, Text]] = []
        for side in ("requesting", "requested"):
            party: Party = getattr(self, side)
            out.append((f"{side}.authority", party.authority))
            out.append((f"{side}.subdivision", party.subdivision))
        for name in ("case_summary", "purpose", "justification", "other_information", "urgency_reason"):
            out.append((name, getattr(self, name)))
        for i, item in enumerate(self.assistance):
            out.append((f"assistance.{i}.description", item.description))
        for i, att in enumerate(self.attachments):
            out.append((f"attachments.{i}.title", att.title))
        out.append(("transmission.arrangement", self.transmission.arrangement))
        for name in ("name", "position", "acting_basis"):
            out.append((f"signatory.{name}", getattr(self.signatory, name)))
        out.append(("executor.name", self.executor.name))
        return out
