"""Who holds a key: the person's name as it is signed («И. О. Фамилия»), the role the
key is for, the authority; and the short fingerprint people compare aloud or on paper."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import Enum

from requestdesk.domain.display import visible
from requestdesk.domain.text import _
from requestdesk.identity.problems import IdentityError

NAME_LIMIT = 120
AUTHORITY_LIMIT = 300
# 80 bits of SHA-256: finding another key with the same fingerprint costs about 2**80
# key generations, out of reach; and 20 hex digits in five groups can be read aloud over
# a telephone or copied on paper without a slip going unnoticed. The list of trusted
# keys keeps the whole public key: a signature is checked against it, never against
# the fingerprint.
FINGERPRINT_HEX = 20
_FINGERPRINT_TEXT = re.compile(r"[0-9A-Fa-f]{4}(?:[\s:-]?[0-9A-Fa-f]{4}){4}")


class Role(str, Enum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


_ROLE_LABELS = {
    Role.OFFICER: _("officer"),
    Role.SUPERVISOR: _("supervisor"),
    Role.ADMINISTRATOR: _("administrator"),
}


def role_label(role: Role | str, lang: str) -> str:
    try:
        label = _ROLE_LABELS[Role(role)]
    except ValueError:
        return visible(str(role))
    return label.render(lang)


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise IdentityError("bad_role", role=visible(value)) from None


@dataclass(frozen=True)
class Holder:
    name: str
    role: Role
    authority: str = ""

    @classmethod
    def checked(cls, name: str, role: Role | str, authority: str = "") -> Holder:
        """The holder as typed, refused when the name could pass for another one."""
        name, authority = name.strip(" "), authority.strip(" ")
        # Checked before spaces are tidied: a line break or a tab is refused, not hidden.
        if visible(name) != name:
            raise IdentityError("name_hidden_characters", shown=visible(name))
        if visible(authority) != authority:
            raise IdentityError("authority_hidden_characters", shown=visible(authority))
        name, authority = " ".join(name.split()), " ".join(authority.split())
        if not name:
            raise IdentityError("name_empty")
        if len(name) > NAME_LIMIT:
            raise IdentityError("name_too_long", limit=NAME_LIMIT)
        if len(authority) > AUTHORITY_LIMIT:
            raise IdentityError("name_too_long", limit=AUTHORITY_LIMIT)
        return cls(name, parse_role(role.value if isinstance(role, Role) else role), authority)

    def to_json(self) -> dict[str, str]:
        return {"holder": self.name, "role": self.role.value, "authority": self.authority}


def fingerprint(public_key: bytes) -> str:
    """«3F2A 91BC 0D4E 7788 A1B2»: the first 80 bits of SHA-256 of the raw public key."""
    digits = hashlib.sha256(public_key).hexdigest()[:FINGERPRINT_HEX].upper()
    return " ".join(digits[i:i + 4] for i in range(0, FINGERPRINT_HEX, 4))


def parse_fingerprint(text: str) -> str:
    """A fingerprint as a person typed it (any case, with spaces, dashes or colons, or
    none), in the form `fingerprint` writes it."""
    stripped = text.strip()
    if not _FINGERPRINT_TEXT.fullmatch(stripped):
        raise IdentityError("bad_fingerprint", value=visible(text))
    digits = re.sub(r"[\s:-]", "", stripped).upper()
    return " ".join(digits[i:i + 4] for i in range(0, FINGERPRINT_HEX, 4))
