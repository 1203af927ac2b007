"""Real parsing of the identifiers a cybercrime request names (IPs, URLs, e-mail...)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from requestdesk.domain.hosts import canonical_host

IDENTIFIER_TYPES = ("ip", "port", "email", "domain", "url", "account", "phone", "wallet", "hash", "other")

# RFC 6531: the local part of an internationalised address may hold letters of any
# script (админ@пример.рф); the dot-atom form, no quoted strings.
_EMAIL_LOCAL = re.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*")
_PHONE = re.compile(r"\+?[0-9][0-9 ()\-]{5,22}[0-9]")
_HASH = re.compile(r"[0-9a-fA-F]+")
_HASH_LENGTHS = {32, 40, 56, 64, 96, 128}  # MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    return True


def is_domain(value: str) -> bool:
    """A fully qualified host name; internationalised names (пример.рф) are accepted."""
    return canonical_host(value) is not None


def is_host(value: str) -> bool:
    return is_ip(value) or is_domain(value)


def is_email(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    if not at or not local or domain.endswith(".") or len(local.encode("utf-8", "surrogatepass")) > 64 or len(value) > 254:
        return False
    return bool(_EMAIL_LOCAL.fullmatch(local)) and is_domain(domain)


def is_url(value: str) -> bool:
    if any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError when out of range
    except ValueError:
        return False
    if parts.scheme.lower() not in {"http", "https", "ftp", "ftps", "ws", "wss"}:
        return False
    host = parts.hostname or ""
    return bool(host) and is_host(host) and (port is None or 0 < port < 65536)


def is_port(value: str) -> bool:
    return value.isdigit() and len(value) <= 5 and 0 < int(value) < 65536


def is_phone(value: str) -> bool:
    return bool(_PHONE.fullmatch(value)) and 7 <= sum(c.isdigit() for c in value) <= 15


def is_hash(value: str) -> bool:
    return bool(_HASH.fullmatch(value)) and len(value) in _HASH_LENGTHS


_VALIDATORS = {
    "ip": is_ip,
    "port": is_port,
    "email": is_email,
    "domain": is_domain,
    "url": is_url,
    "phone": is_phone,
    "hash": is_hash,
}


def is_valid(kind: str, value: str) -> bool:
    """Whether value is well-formed for its type; types with no fixed form (account,
    wallet, other) only need a value."""
    validator = _VALIDATORS.get(kind)
    return bool(value.strip()) if validator is None else validator(value.strip())
