"""A personal key opened for signing, for a few minutes only."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from requestdesk.identity.problems import IdentityError
from requestdesk.identity.signing import signing_bytes

DEFAULT_UNLOCK_MINUTES = 5


class UnlockedKey:
    """Holds an unlocked private key for `minutes` after the passphrase was given, then
    forgets it: `sign` after that is refused and asks for the passphrase again.

    Forgetting drops the only reference to the key object, whose memory OpenSSL clears
    when it frees it; Python gives no way to clear the copies the decryption made in
    ordinary memory, so a person who can read this process's memory while it runs is
    not kept out (README, "Identity and trust").
    """

    def __init__(self, public, private_key, minutes: float, clock: Callable[[], float] | None = None):  # type: ignore[no-untyped-def]
        self.public = public
        self._private = private_key
        self.minutes = minutes
        self._clock = clock or time.monotonic
        self._until = self._clock() + minutes * 60

    @property
    def holder(self):  # type: ignore[no-untyped-def]
        return self.public.holder

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    @property
    def public_key(self) -> bytes:
        return self.public.key

    def remaining(self) -> float:
        """Seconds until the key is forgotten (0 once it is)."""
        if self._private is None:
            return 0.0
        left = self._until - self._clock()
        if left <= 0:
            self.forget()
            return 0.0
        return left

    @property
    def unlocked(self) -> bool:
        return self.remaining() > 0

    def forget(self) -> None:
        self._private = None

    def sign(self, data: bytes) -> bytes:
        if not self.unlocked:
            raise IdentityError("locked", holder=self.holder.name, minutes=f"{self.minutes:g}")
        from requestdesk.identity.crypto import sign_with

        return sign_with(self._private, bytes(data))

    def sign_payload(self, purpose: str, payload: Any) -> bytes:
        """The signature over a JSON payload's canonical bytes, labelled with its purpose."""
        return self.sign(signing_bytes(purpose, payload))
