"""What a provider says, and how talking to it can fail."""

from __future__ import annotations

from dataclasses import dataclass


class ProviderUnavailable(Exception):
    """The provider did not answer in time, or answered with an error or nonsense."""


class ProviderRefused(Exception):
    """What the provider sent back does not hold (a bad signature, issuer, audience, nonce,
    expiry): nobody signs in with it. ``reason`` is a short code for the client."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Asserted:
    """Who the provider says signed in."""

    subject: str
    email: str | None
    email_verified: bool
    given_name: str | None = None
    family_name: str | None = None
    preferred_username: str | None = None
