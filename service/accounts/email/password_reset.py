"""A forgotten password: a code to the account's email, then a new password with it.

Asking answers the same ``CodeSent`` for every syntactically valid address (with the handle
of this request's code: random when none was sent), counted against the client's budgets for
the address and the address's cap on mail either way, and does the same work either way (a
digest and a statement on the codes' index), and the answer for an unknown address is paced
like one for a known address (``pacing``), so neither the answer nor its timing says whether an
account exists. A suspended account is treated as no account. A wrong code is answered alike
too, paced the same way.

Resetting checks the code before the new password (a wrong code says nothing about the
password rules), keeps the code usable when only the password is refused, then consumes it
atomically and signs in through the pipeline with a reset proof (``signin.pipeline``): the
password is set, every session and known device of the account ends, the email counts as
verified (the code proved the mailbox), a change to another address begun before is dropped,
and the client gets a fresh session. A reset never bypasses a second factor: on an account
that has one, the code is consumed, the new password's hash is held with a sign-in challenge,
nothing else changes (the old password still works), and the answer is
``TwoFactorRequired``; ``completeLogin`` then finishes the reset through the same pipeline.
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
    Authenticated,
    CodeSent,
    InvalidCode,
    RateLimited,
    TwoFactorRequired,
    ValidationFailed,
    busy,
)
from service.accounts.passwords.hasher import HashQueueFull
from service.accounts.passwords.rules import NewPassword, Owner, check_new_password
from service.accounts.services import Services
from service.accounts.signin.pipeline import sign_in
from service.accounts.signin.proofs import Proof
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import AccountStatus, CodePurpose
from service.db.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class PasswordReset:
    email: str
    code: str
    new_password: str
    new_password_confirmation: str
    handle: str | None = None


async def request_password_reset(
    uow: UnitOfWork,
    services: Services,
    email: str,
    client: ClientInfo,
    device_token: str | None = None,
) -> CodeSent | ValidationFailed | RateLimited:
    """A reset code to ``email`` if it has an account (the same answer either way:
    ``verification.mail_code_to_address``)."""
    return await mail_code_to_address(
        uow,
        services,
        email,
        client,
        device_token,
        purpose=CodePurpose.PASSWORD_RESET,
        template="password_reset",
        operation="request_password_reset",
    )


async def reset_password(
    uow: UnitOfWork, services: Services, reset: PasswordReset, client: ClientInfo
) -> Authenticated | InvalidCode | ValidationFailed | RateLimited | TwoFactorRequired:
    started = clock()
    try:
        services.passwords.admit()
    except HashQueueFull:
        return busy()
    if limited := await services.limiter.code_check(
        address_subject(reset.email), client.ip_address, with_handle=reset.handle is not None
    ):
        return limited
    found = await find_by_email(uow, reset.email)
    user = found if found is not None and found.status != AccountStatus.SUSPENDED else None
    match = await check_mailed_code(
        uow, services, user, CodePurpose.PASSWORD_RESET, reset.code, reset.handle
    )
    if user is None or match is None:
        services.pacer.pace(uow, "reset_password", started, known=user is not None)
        return InvalidCode()
    if errors := await check_new_password(
        services.settings,
        NewPassword(reset.new_password, reset.new_password_confirmation),
        Owner(user.username, user.email, user.first_name, user.last_name),
    ):
        return ValidationFailed(errors)  # the code stays usable for a better password
    await uow.commit_reads()
    new_hash, now = await services.passwords.hash(reset.new_password), utcnow()
    if not await codes.consume(uow, match, now):
        return InvalidCode()  # another request used it meanwhile
    outcome = await sign_in(uow, services, user, Proof.of_reset(new_hash), client)
    if isinstance(outcome, Authenticated | TwoFactorRequired):
        return outcome
    raise AccountChanged  # suspended or changed past retrying meanwhile: nothing of it stays
