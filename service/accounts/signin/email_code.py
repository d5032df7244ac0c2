"""Sign-in by a code mailed to the account's address (``ACCOUNTS_LOGIN_BY_CODE``).

Asking answers the same ``CodeSent`` for every syntactically valid address, within the same
budgets as every other mailed code and paced alike for an address with an account and one
without (``pacing``), so neither the answer nor its timing says whether an account exists. A
suspended account is treated as no account; one of its devices is not held to the address's
daily cap on mail (strangers cannot deny the owner a code).

Signing in checks the code (its own purpose: a reset or verification code does not sign in)
and consumes it, then goes through the one pipeline (``signin.pipeline``) with an
``EMAIL_CODE`` proof: a suspended account is refused, a second factor is still asked for, and
the session is AAL1. The code proves the mailbox: on an account whose address was not yet
verified, anyone may have registered it, so the mailbox's owner takes it over as with a
verification made outside the account's sessions (its password, pending email change,
sessions and devices end; ``verification.claim``).
"""

from __future__ import annotations

from dataclasses import dataclass

from service.accounts.email import codes
from service.accounts.email.pacing import clock
from service.accounts.email.verification import (
    address_subject,
    check_mailed_code,
    find_by_email,
    mail_code_to_address,
)
from service.accounts.outcomes import (
    AccountChanged,
    CodeSent,
    FieldError,
    InvalidCredentials,
    RateLimited,
    ValidationFailed,
)
from service.accounts.services import Services
from service.accounts.signin.pipeline import SignInOutcome, sign_in
from service.accounts.signin.proofs import Proof
from service.accounts.values import ClientInfo
from service.db.models import AccountStatus, CodePurpose
from service.db.unit_of_work import UnitOfWork

WRONG_CODE_MESSAGE = "The code is wrong or has expired."
TURNED_OFF_MESSAGE = "Sign-in by email code is turned off."


@dataclass(frozen=True, slots=True)
class CodeLogin:
    email: str
    code: str
    handle: str | None = None
    device_token: str | None = None


async def request_login_code(
    uow: UnitOfWork,
    services: Services,
    email: str,
    client: ClientInfo,
    device_token: str | None = None,
) -> CodeSent | ValidationFailed | RateLimited:
    """A sign-in code to ``email`` if it has an account (the same answer either way:
    ``verification.mail_code_to_address``)."""
    if not services.settings.login_by_code:
        return ValidationFailed([FieldError("email", "turned_off", TURNED_OFF_MESSAGE)])
    return await mail_code_to_address(
        uow,
        services,
        email,
        client,
        device_token,
        purpose=CodePurpose.SIGN_IN,
        template="login_code",
        operation="request_login_code",
    )


async def login_with_code(
    uow: UnitOfWork, services: Services, attempt: CodeLogin, client: ClientInfo
) -> SignInOutcome | RateLimited:
    """Sign in with a mailed code; a wrong, used or expired code answers ``InvalidCredentials``
    like a wrong password, paced alike whether or not the address has an account."""
    if not services.settings.login_by_code:
        return InvalidCredentials(message=TURNED_OFF_MESSAGE)
    started = clock()
    if limited := await services.limiter.code_check(
        address_subject(attempt.email), client.ip_address, with_handle=attempt.handle is not None
    ):
        return limited
    found = await find_by_email(uow, attempt.email)
    user = found if found is not None and found.status != AccountStatus.SUSPENDED else None
    match = await check_mailed_code(
        uow, services, user, CodePurpose.SIGN_IN, attempt.code, attempt.handle
    )
    if user is None or match is None or not await codes.consume(uow, match):
        services.pacer.pace(uow, "login_with_code", started, known=user is not None)
        return InvalidCredentials(message=WRONG_CODE_MESSAGE)
    outcome = await sign_in(
        uow, services, user, Proof.of_email_code(), client, attempt.device_token
    )
    if isinstance(outcome, InvalidCredentials):
        raise AccountChanged  # changed past retrying meanwhile: the code stays unused
    return outcome
