"""How a session was proved, and whether that is enough to change how the account signs in.

A session remembers its last full proof: the methods (``AuthenticationMethod``) and when
(``authenticated_at``), set by the sign-in and by every re-authentication. Its assurance is
``AAL2`` when that proof had two factors, or a passkey (both at once); ``AAL1`` otherwise.

A session is *privileged* while its last proof is younger than ``ACCOUNTS_REAUTH_WINDOW`` and
covered every factor the account has now (``covers``): a first factor (the password, or a
passkey; an account without a password may sign in otherwise), and, with two-factor sign-in
on, a second (a TOTP or recovery code; a passkey is both). A proof made before two-factor was
turned on does not cover it afterwards.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


class AuthenticationMethod(enum.StrEnum):
    """How a session was proved."""

    PASSWORD = "PASSWORD"  # noqa: S105
    TOTP = "TOTP"
    RECOVERY_CODE = "RECOVERY_CODE"
    PASSKEY = "PASSKEY"
    EMAIL_CODE = "EMAIL_CODE"
    EXTERNAL = "EXTERNAL"


class AssuranceLevel(enum.StrEnum):
    AAL1 = "AAL1"
    AAL2 = "AAL2"  # two factors, or a passkey


SECOND_FACTORS = frozenset(
    {AuthenticationMethod.TOTP, AuthenticationMethod.RECOVERY_CODE, AuthenticationMethod.PASSKEY}
)
# What proves the account's first factor when it has no password.
PASSWORDLESS_FIRST = frozenset({AuthenticationMethod.EMAIL_CODE, AuthenticationMethod.EXTERNAL})

Methods = tuple[AuthenticationMethod, ...]


def encode(methods: Iterable[AuthenticationMethod]) -> str:
    """The stored form: comma-separated, each once, in the order proved."""
    return ",".join(dict.fromkeys(method.value for method in methods))


def decode(stored: str | None) -> Methods:
    """The methods of a stored form; unknown names (a newer release's) are skipped."""
    known = {method.value: method for method in AuthenticationMethod}
    return tuple(known[name] for name in (stored or "").split(",") if name in known)


CODES = frozenset({AuthenticationMethod.TOTP, AuthenticationMethod.RECOVERY_CODE})


def level(methods: Iterable[AuthenticationMethod]) -> AssuranceLevel:
    """AAL2 for a passkey, or a code of the second factor beside a first factor."""
    proved = set(methods)
    if AuthenticationMethod.PASSKEY in proved or (proved & CODES and proved - CODES):
        return AssuranceLevel.AAL2
    return AssuranceLevel.AAL1


@dataclass(frozen=True, slots=True)
class Factors:
    """The ways the account signs in now."""

    has_password: bool
    totp: bool
    passkeys: bool = False


def covers(methods: Iterable[AuthenticationMethod], factors: Factors) -> bool:
    """Whether a proof by ``methods`` covers every factor the account has."""
    proved = set(methods)
    # A password proves nothing once the account has none (a claim dropped it).
    first = {AuthenticationMethod.PASSKEY}
    first |= {AuthenticationMethod.PASSWORD} if factors.has_password else PASSWORDLESS_FIRST
    if not proved & first:
        return False
    return not factors.totp or bool(proved & SECOND_FACTORS)


def privileged_until(
    methods: Iterable[AuthenticationMethod],
    authenticated_at: datetime,
    factors: Factors,
    window: timedelta,
) -> datetime | None:
    """Until when a session proved so is privileged; ``None`` when its proof does not cover
    the account's factors at all."""
    return authenticated_at + window if covers(methods, factors) else None
