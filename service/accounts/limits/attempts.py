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

Email codes have budgets of their own, per client address and address (the email, or the
account for a signed-in caller), so that one client never spends another's:
``code_requests_*`` for asking that a code be sent (every request counts, whether or not the
address has an account, so the answers stay alike), with ``code_mails_per_address`` capping
the mail one address gets from everyone; ``code_checks_*`` for submitting one without the
handle of its request (with it, the code's own tries bound the guesses).

Second-factor codes (TOTP and recovery codes, in ``completeLogin``, ``confirmTotpSetup`` and
``disableTwoFactor``) are reserved against ``two_factor_checks_per_account`` before each is
checked, and a success clears it; each sign-in challenge also dies after a few wrong codes
(``accounts.challenges``).

Every budget is a ``budget.Budget`` on the process's one store; identifiers and addresses
are hashed before they become storage keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from limits.aio.storage import Storage

from service.accounts.limits.budget import Budgets, address_key, key
from service.accounts.limits.store import create_storage
from service.accounts.outcomes import RateLimited
from service.config import Settings

__all__ = ["AttemptLimiter", "LoginAttempt", "account_key", "address_key"]


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
        self.budgets = budgets = Budgets(self.storage, enabled=self.enabled)
        self.login_per_ip_identifier = budgets.budget(
            "login-ip-id", settings.rate_limit_login_per_ip_identifier
        )
        self.login_per_ip = budgets.budget("login-ip", settings.rate_limit_login_per_ip)
        self.unknown_devices = budgets.budget(
            "unknown-devices", settings.rate_limit_login_unknown_devices_per_account
        )
        self.per_device = budgets.budget("device", settings.rate_limit_login_per_device)
        self.per_session = budgets.budget(
            "password-session", settings.rate_limit_password_checks_per_session
        )
        self.uniqueness_per_user = budgets.budget(
            "unique-user", settings.rate_limit_uniqueness_checks_per_user
        )
        self.uniqueness_per_ip = budgets.budget(
            "unique-ip", settings.rate_limit_uniqueness_checks_per_ip
        )
        self.register_per_ip = budgets.budget("register-ip", settings.rate_limit_register_per_ip)
        self.external_flows_per_ip = budgets.budget(
            "external-ip", settings.rate_limit_external_flows_per_ip
        )
        self.admin_requests_per_caller = budgets.budget(
            "admin-caller", settings.rate_limit_admin_requests_per_caller
        )
        self.image_uploads_per_user = budgets.budget(
            "image-user", settings.rate_limit_image_uploads_per_user
        )
        self.code_requests_per_address = budgets.budget(
            "code-send-ip-subject", settings.rate_limit_code_requests_per_address
        )
        self.code_mails_per_address = budgets.budget(
            "code-send-subject", settings.rate_limit_code_mails_per_address
        )
        self.staff_code_mails_per_address = budgets.budget(
            "staff-code-send-subject", settings.rate_limit_code_mails_per_address
        )
        self.registration_notices_per_address = budgets.budget(
            "register-notice", settings.rate_limit_registration_notices_per_address
        )
        self.code_requests_per_ip = budgets.budget(
            "code-send-ip", settings.rate_limit_code_requests_per_ip
        )
        self.code_checks_per_address = budgets.budget(
            "code-check-ip-subject", settings.rate_limit_code_checks_per_address
        )
        self.code_checks_per_ip = budgets.budget(
            "code-check-ip", settings.rate_limit_code_checks_per_ip
        )
        self.two_factor_per_account = budgets.budget(
            "two-factor", settings.rate_limit_two_factor_checks_per_account
        )

    # login ------------------------------------------------------------------------------------

    async def before_login(self, attempt: LoginAttempt) -> RateLimited | None:
        """Refuse, or reserve one attempt, before the password is checked."""
        account = key(attempt.account)
        if attempt.device is not None:
            return await self.per_device.reserve(account, key(attempt.device))
        ip = address_key(attempt.ip)
        if limited := await self.login_per_ip.refused(ip):
            return limited
        if limited := await self.unknown_devices.refused(account):
            return limited
        return await self.login_per_ip_identifier.reserve(ip, account)

    async def login_failed(self, attempt: LoginAttempt) -> None:
        """Every failure counts against the account's ceiling, a known device's too (it
        cannot guess beside the ceiling); an unknown device's also against its address."""
        if attempt.device is None:
            await self.login_per_ip.spend(address_key(attempt.ip))
        await self.unknown_devices.spend(key(attempt.account))

    async def login_succeeded(self, attempt: LoginAttempt) -> None:
        account = key(attempt.account)
        if attempt.device is not None:
            await self.per_device.clear(account, key(attempt.device))
        else:
            await self.login_per_ip_identifier.clear(address_key(attempt.ip), account)

    # authenticated password checks ------------------------------------------------------------

    async def before_password_check(self, session_id: str, account: str) -> RateLimited | None:
        """A session's own budget, and refused while the account's ceiling is spent: a stolen
        session guesses no more than the ceiling allows everyone else."""
        if limited := await self.unknown_devices.refused(key(account)):
            return limited
        return await self.per_session.reserve(key(session_id))

    async def password_check_failed(self, account: str) -> None:
        await self.unknown_devices.spend(key(account))

    async def password_check_succeeded(self, session_id: str) -> None:
        await self.per_session.clear(key(session_id))

    # uniqueness checks and registrations ------------------------------------------------------

    async def uniqueness_check(self, user_id: str, ip: str | None) -> RateLimited | None:
        """One check whether an email or username is taken, per user and per address."""
        address = address_key(ip)
        if limited := await self.uniqueness_per_ip.refused(address):
            return limited
        if limited := await self.uniqueness_per_user.reserve(key(user_id)):
            return limited
        return await self.uniqueness_per_ip.reserve(address)

    async def register_attempt(self, ip: str | None) -> RateLimited | None:
        return await self.register_per_ip.reserve(address_key(ip))

    async def external_flow(self, ip: str | None) -> RateLimited | None:
        """One sign-in or link begun with an external provider from ``ip``."""
        return await self.external_flows_per_ip.reserve(address_key(ip))

    async def admin_request(self, actor: str) -> RateLimited | None:
        """One request to the admin API by ``actor`` (a key or a staff account)."""
        return await self.admin_requests_per_caller.reserve(key(actor))

    async def image_upload(self, user_id: str) -> RateLimited | None:
        """One profile image to decode for a signed-in user, counted before it is decoded."""
        return await self.image_uploads_per_user.reserve(key(user_id))

    # email codes ------------------------------------------------------------------------------

    async def code_request(
        self, subject: str, ip: str | None, *, owner: bool = False
    ) -> RateLimited | None:
        """One code sent to ``subject`` (an email key or an account), asked from ``ip``: the
        client's own budget for that address, the address's cap on mail from everyone, the
        client's budget across addresses. The account's ``owner`` (one of its sessions, or a
        device it signed in from) is not held to the cap strangers can spend."""
        address, subject_key = address_key(ip), key(subject)
        if limited := await self.code_requests_per_ip.refused(address):
            return limited
        if limited := await self.code_requests_per_address.reserve(address, subject_key):
            return limited
        if not owner and (limited := await self.code_mails_per_address.reserve(subject_key)):
            return limited
        return await self.code_requests_per_ip.reserve(address)

    async def staff_code_mail(self, subject: str) -> RateLimited | None:
        """A code staff send to ``subject`` (an email key): a cap on mail of its own, as
        large as the one strangers share, which their requests cannot spend."""
        return await self.staff_code_mails_per_address.reserve(key(subject))

    async def registration_notice(self, subject: str) -> bool:
        """Whether the owner of a taken address may be told once more that someone tried to
        register with it (a few a day: nobody floods a mailbox by registering it)."""
        return await self.registration_notices_per_address.reserve(key(subject)) is None

    async def code_check(
        self, subject: str, ip: str | None, *, with_handle: bool = False
    ) -> RateLimited | None:
        """One code submitted for ``subject`` from ``ip``. Checked with the handle of its
        request, a code has its own tries (``email.codes``): only the client's budget across
        addresses applies; without one, the client's budget for that address too."""
        address = address_key(ip)
        if limited := await self.code_checks_per_ip.refused(address):
            return limited
        if not with_handle and (
            limited := await self.code_checks_per_address.reserve(address, key(subject))
        ):
            return limited
        return await self.code_checks_per_ip.reserve(address)

    # second-factor codes ------------------------------------------------------------------------

    async def before_second_factor(self, account: str) -> RateLimited | None:
        """Reserve one TOTP or recovery code check for ``account`` (``user:<id>``)."""
        return await self.two_factor_per_account.reserve(key(account))

    async def second_factor_succeeded(self, account: str) -> None:
        await self.two_factor_per_account.clear(key(account))

    async def close(self) -> None:
        """Close the Redis client's connections, if the store has any."""
        aclose = getattr(self.storage, "aclose", None)
        if aclose is not None:
            await aclose()


def account_key(user_id: object) -> str:
    """The budget key of an existing account, whichever identifier named it."""
    return f"user:{user_id}"
