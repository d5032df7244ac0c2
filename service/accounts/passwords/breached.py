"""Is a new password known from a data breach? Have I Been Pwned's range API, by k-anonymity.

Only the first 5 hex digits of the password's SHA-1 leave the process; the API answers every
suffix it knows under that prefix (padded with decoys, ``Add-Padding``), and the match is
made here. The lookup is bounded by ``ACCOUNTS_BREACHED_PASSWORD_TIMEOUT``; when the API
cannot be reached (or answers nonsense) the answer is "unknown" and the caller lets the
password through: registration and recovery must not depend on a third party being up, and
the length and guessability rules still apply. Every lookup is counted by its outcome.

httpx (already what the test suite's HTTP client is) makes the one GET; no client library of
the range API is needed for so little.
"""

from __future__ import annotations

import hashlib
import logging
from enum import StrEnum

import httpx

from service.config import Settings
from service.observability import BREACHED_PASSWORD_CHECKS

logger = logging.getLogger("service.accounts")
PREFIX_LENGTH = 5


class Breached(StrEnum):
    YES = "breached"
    NO = "clean"
    UNKNOWN = "unreachable"


def _sha1(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest().upper()


def found_in(body: str, suffix: str) -> bool:
    """Whether the range answer lists ``suffix`` with a count above 0 (padding rows count 0)."""
    for line in body.splitlines():
        listed, _, count = line.strip().partition(":")
        if listed.upper() == suffix:
            return count.strip().isdigit() and int(count) > 0
    return False


async def look_up(settings: Settings, password: str) -> Breached:
    digest = _sha1(password)
    prefix, suffix = digest[:PREFIX_LENGTH], digest[PREFIX_LENGTH:]
    url = settings.breached_password_url + prefix
    try:
        async with httpx.AsyncClient(
            timeout=settings.breached_password_timeout.total_seconds()
        ) as client:
            answer = await client.get(
                url, headers={"Add-Padding": "true", "User-Agent": "accounts"}
            )
        answer.raise_for_status()
        outcome = Breached.YES if found_in(answer.text, suffix) else Breached.NO
    except (httpx.HTTPError, UnicodeDecodeError) as exc:
        logger.warning(
            "breached-password lookup failed (%s): the password is let through",
            type(exc).__name__,
        )
        outcome = Breached.UNKNOWN
    BREACHED_PASSWORD_CHECKS.labels(outcome.value).inc()
    return outcome
