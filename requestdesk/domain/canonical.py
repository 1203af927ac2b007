"""The one byte form of a JSON value that is hashed or signed: keys sorted, no spaces,
UTF-8. Two programs that agree on the value agree on these bytes."""

from __future__ import annotations

import json
from typing import Any


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
