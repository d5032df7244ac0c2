"""Opaque bearer secrets: session tokens, device tokens and admin keys are one kind of thing.

Each is 256 random bits from ``secrets`` behind a recognisable public prefix, handed to the
client once and stored only as its SHA-256 digest; anything that does not look like one is
refused before a lookup.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OpaqueTokens:
    prefix: str
    random_bytes: int = 32
    max_length: int = 128

    def new(self) -> str:
        return self.prefix + secrets.token_urlsafe(self.random_bytes)

    @staticmethod
    def digest(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    def well_formed(self, token: str) -> bool:
        return token.startswith(self.prefix) and len(token) <= self.max_length and token.isascii()


SESSION_TOKENS = OpaqueTokens("acct_")
DEVICE_TOKENS = OpaqueTokens("dev_")
ADMIN_KEYS = OpaqueTokens("adm_")
