"""Attempt budgets for password checks, registrations and uniqueness checks.

Counted per attempt, inside the service layer, so GraphQL aliases or batching cannot multiply
them. Every budget about an account is keyed by the account (``user:<id>``) whichever
spelling named it; an identifier that names no account is keyed by its normalised form.
Client addresses are keyed per IPv4 address and per IPv6 /64 (one subscriber's allocation).

Logins follow OWASP's device-cookie scheme ("lockout without lockout"):

- a *known device* presents a device token this account issued. It has only its own budget,
  ``login_per_device``, reserved before the password is checked and cleared by a success:
  nobody else's failures count against it, so the owner is never locked out.
- *unknown devices* share the account's ceiling, ``login_unknown_devices_per_account``: once
  that many checks failed, every unknown device is refused before any password check, so a
  botnet gets no more than the ceiling however many addresses it has. They also meet
  ``login_per_ip_identifier`` (reserved before the check, cleared by a success) and
  ``login_per_ip`` (failures from one address across accounts: credential stuffing).

Authenticated password checks (``changePassword``, ``updateUser``'s email change) are
reserved against ``password_checks_per_session`` (a stolen session cannot spend its owner's
budget) and their failures count against the account's ceiling too: every path that checks
a password draws from the same per-account budget.

Email codes have budgets of their own, per address (the email, or the account for a signed-in
caller) and per client address: ``code_requests_*`` for asking that a code be sent (every
request counts, whether or not the address has an account, so the answers stay alike) and
``code_checks_*`` for submitting one.

Second-factor codes (TOTP and recovery codes, in ``completeLogin``, ``confirmTotpSetup`` and
``disableTwoFactor``) are reserved against ``two_factor_checks_per_account`` before each is
checked, and a success clears it; each sign-in challenge also dies after a few wrong codes
(``accounts.challenges``).

Identifiers and addresses are hashed before they become storage keys.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter

from service.accounts.limits.store import create_storage
from service.accounts.outcomes import RateLimited
from service.config import Settings

IPV6_PREFIX = 64


def _key(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def address_key(ip: str | None) -> str:
    """An IPv4 address, or the /64 network of an IPv6 one (hashed)."""
    if not ip:
        return "unknown"
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return _key("raw:" + ip[:64])
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return _key(str(address.ipv4_mapped))
        return _key(str(ipaddress.IPv6Network((address, IPV6_PREFIX), strict=False)))
    return _key(str(address))


@dataclass(frozen=True, slots=True)
class LoginAttempt:
    """Who is trying: ``account`` is ``user:<id>`` or the normalised identifier; ``device``
    the id of a known device of that account, or ``None`` for an unknown device."""

    account: str
    ip: str | None
    device: str | None = None


class AttemptLimiter:
    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        self.enabled = settings.rate_limit_enabled
        self.storage = storage or create_storage(settings)
        self._limiter = MovingWindowRateLimiter(self.storage)
        self.login_per_ip_identifier = parse(settings.rate_limit_login_per_ip_identifier)
        self.login_per_ip = parse(settings.rate_limit_login_per_ip)
        self.unknown_devices = parse(settings.rate_limit_login_unknown_devices_per_account)
        self.per_device = parse(settings.rate_limit_login_per_device)
        self.per_session = parse(settings.rate_limit_password_checks_per_session)
        self.uniqueness_per_user = parse(settings.rate_limit_uniqueness_checks_per_user)
        self.uniqueness_per_ip = parse(settings.rate_limit_uniqueness_checks_per_ip)
        self.register_per_ip = parse(settings.rate_limit_register_per_ip)
        self.image_uploads_per_user = parse(settings.rate_limit_image_uploads_per_user)
        self.code_requests_per_address = parse(settings.rate_limit_code_requests_per_address)
        self.code_requests_per_ip = parse(settings.rate_limit_code_requests_per_ip)
        self.code_checks_per_address = parse(settings.rate_limit_code_checks_per_address)
        self.code_checks_per_ip = parse(settings.rate_limit_code_checks_per_ip)
        self.two_factor_per_account = parse(settings.rate_limit_two_factor_checks_per_account)

    async def _retry_after(self, item: RateLimitItem, *keys: str) -> RateLimited:
        stats = await self._limiter.get_window_stats(item, *keys)
        return RateLimited(retry_after_seconds=max(1, math.ceil(stats.reset_time - time.time())))

    async def _refused(self, item: RateLimitItem, *keys: str) -> RateLimited | None:
        """``RateLimited`` when the budget is spent, without counting anything."""
        if await self._limiter.test(item, *keys):
            return None
        return await self._retry_after(item, *keys)

    async def _reserve(self, item: RateLimitItem, *keys: str) -> RateLimited | None:
        """Count one attempt atomically, or ``RateLimited`` when the budget is spent."""
        if await self._limiter.hit(item, *keys):
            return None
        return await self._retry_after(item, *keys)

    # login ------------------------------------------------------------------------------------

    async def before_login(self, attempt: LoginAttempt) -> RateLimited | None:
        """Refuse, or reserve one attempt, before the password is checked."""
        if not self.enabled:
            return None
        account = _key(attempt.account)
        if attempt.device is not None:
            return await self._reserve(self.per_device, "device", account, _key(attempt.device))
        ip = address_key(attempt.ip)
        if limited := await self._refused(self.login_per_ip, "login-ip", ip):
            return limited
        if limited := await self._refused(self.unknown_devices, "unknown-devices", account):
            return limited
        return await self._reserve(self.login_per_ip_identifier, "login-ip-id", ip, account)

    async def login_failed(self, attempt: LoginAttempt) -> None:
        """Every failure counts against the account's ceiling, a known device's too (it
        cannot guess beside the ceiling); an unknown device's also against its address."""
        if not self.enabled:
            return
        if attempt.device is None:
            await self._limiter.hit(self.login_per_ip, "login-ip", address_key(attempt.ip))
        await self._limiter.hit(self.unknown_devices, "unknown-devices", _key(attempt.account))

    async def login_succeeded(self, attempt: LoginAttempt) -> None:
        if not self.enabled:
            return
        account = _key(attempt.account)
        if attempt.device is not None:
            await self._limiter.clear(self.per_device, "device", account, _key(attempt.device))
        else:
            ip = address_key(attempt.ip)
            await self._limiter.clear(self.login_per_ip_identifier, "login-ip-id", ip, account)

    # authenticated password checks ------------------------------------------------------------

    async def before_password_check(self, session_id: str, account: str) -> RateLimited | None:
        """A session's own budget, and refused while the account's ceiling is spent: a stolen
        session guesses no more than the ceiling allows everyone else."""
        if not self.enabled:
            return None
        if limited := await self._refused(self.unknown_devices, "unknown-devices", _key(account)):
            return limited
        return await self._reserve(self.per_session, "password-session", _key(session_id))

    async def password_check_failed(self, account: str) -> None:
        if self.enabled:
            await self._limiter.hit(self.unknown_devices, "unknown-devices", _key(account))

    async def password_check_succeeded(self, session_id: str) -> None:
        if self.enabled:
            await self._limiter.clear(self.per_session, "password-session", _key(session_id))

    # uniqueness checks and registrations ------------------------------------------------------

    async def uniqueness_check(self, user_id: str, ip: str | None) -> RateLimited | None:
        """One check whether an email or username is taken, per user and per address."""
        if not self.enabled:
            return None
        address, user = address_key(ip), _key(user_id)
        if limited := await self._refused(self.uniqueness_per_ip, "unique-ip", address):
            return limited
        if limited := await self._reserve(self.uniqueness_per_user, "unique-user", user):
            return limited
        return await self._reserve(self.uniqueness_per_ip, "unique-ip", address)

    async def register_attempt(self, ip: str | None) -> RateLimited | None:
        if not self.enabled:
            return None
        return await self._reserve(self.register_per_ip, "register-ip", address_key(ip))

    async def image_upload(self, user_id: str) -> RateLimited | None:
        """One profile image to decode for a signed-in user, counted before it is decoded."""
        if not self.enabled:
            return None
        return await self._reserve(self.image_uploads_per_user, "image-user", _key(user_id))

    # email codes ------------------------------------------------------------------------------

    async def _per_subject_and_ip(
        self,
        name: str,
        per_subject: RateLimitItem,
        per_ip: RateLimitItem,
        subject: str,
        ip: str | None,
    ) -> RateLimited | None:
        if not self.enabled:
            return None
        address = address_key(ip)
        if limited := await self._refused(per_ip, f"{name}-ip", address):
            return limited
        if limited := await self._reserve(per_subject, f"{name}-subject", _key(subject)):
            return limited
        return await self._reserve(per_ip, f"{name}-ip", address)

    async def code_request(self, subject: str, ip: str | None) -> RateLimited | None:
        """One code sent to ``subject`` (an email key or an account), asked from ``ip``."""
        return await self._per_subject_and_ip(
            "code-send", self.code_requests_per_address, self.code_requests_per_ip, subject, ip
        )

    async def code_check(self, subject: str, ip: str | None) -> RateLimited | None:
        """One code submitted for ``subject``, from ``ip``."""
        return await self._per_subject_and_ip(
            "code-check", self.code_checks_per_address, self.code_checks_per_ip, subject, ip
        )

    # second-factor codes ------------------------------------------------------------------------

    async def before_second_factor(self, account: str) -> RateLimited | None:
        """Reserve one TOTP or recovery code check for ``account`` (``user:<id>``)."""
        if not self.enabled:
            return None
        return await self._reserve(self.two_factor_per_account, "two-factor", _key(account))

    async def second_factor_succeeded(self, account: str) -> None:
        if self.enabled:
            await self._limiter.clear(self.two_factor_per_account, "two-factor", _key(account))

    async def close(self) -> None:
        """Close the Redis client's connections, if the store has any."""
        aclose = getattr(self.storage, "aclose", None)
        if aclose is not None:
            await aclose()


def account_key(user_id: object) -> str:
    """The budget key of an existing account, whichever identifier named it."""
    return f"user:{user_id}"
