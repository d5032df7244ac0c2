"""Completing a sign-in that waits for its second factor (``completeLogin``).

The challenge (``challenges``, issued by the pipeline) names the account and what the first
proof was: a password, or a password reset holding the new password's hash. A TOTP code or a
recovery code completes that proof, and the sign-in goes on through the pipeline
(``signin.pipeline``), as every sign-in does.

Every code check is reserved against a second-factor budget and the account's long ceiling
before it runs (``two_factor.codes``), so aliased fields count one attempt each. The budget is
the account's, unless the sign-in comes from a device that signed in to the account before
(its own budget: a password holder guessing elsewhere cannot spend the owner's tries) or
finishes a password reset (its own budget, and no ceiling: the reset's mailbox proof is what
lifts the ceiling, so an owner locked out by someone holding the password can always reset).
Each
challenge also dies after ``challenges.MAX_FAILED_TRIES`` codes checked, each try counted (the
unit of work's checkpoint) before its code is checked, so parallel requests cannot exceed it.
The first wrong code of a sign-in mails the owner: their password is known to someone.

A bad challenge (unknown, expired, used, used up, or issued before a password change) and a
wrong code both answer ``InvalidCredentials`` (``LoginResult`` has no ``InvalidCode``), each
with its own message: the holder of a challenge already proved the password, and the client
must know whether to ask for another code or to log in again.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.accounts import ceilings, events
from service.accounts.assurance import AuthenticationMethod
from service.accounts.email.notices import send_notice
from service.accounts.outcomes import Authenticated, InvalidCredentials, RateLimited, Rejected
from service.accounts.services import Services
from service.accounts.signin.devices import find_device
from service.accounts.signin.pipeline import SignInOutcome, sign_in
from service.accounts.signin.proofs import Proof
from service.accounts.two_factor import challenges, totp
from service.accounts.two_factor import codes as second_factor
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import ChallengePurpose, SecurityEventKind, User
from service.db.unit_of_work import UnitOfWork

CHALLENGE_MESSAGE = "This sign-in has expired or was already completed. Log in again."
WRONG_CODE_MESSAGE = "The code is wrong or was already used."
ONE_CODE_MESSAGE = "Send either a code from the authenticator app or a recovery code."
MAX_CHALLENGE_LENGTH = 128


@dataclass(frozen=True, slots=True)
class SecondFactor:
    """What ``completeLogin`` sends: the challenge and one code."""

    challenge: str
    code: str | None = None
    recovery_code: str | None = None
    device_token: str | None = None


async def complete_login(
    uow: UnitOfWork, services: Services, attempt: SecondFactor, client: ClientInfo
) -> SignInOutcome | RateLimited:
    now = utcnow()
    found = await challenges.find_live(uow, attempt.challenge[:MAX_CHALLENGE_LENGTH], now)
    if found is None:
        return InvalidCredentials(message=CHALLENGE_MESSAGE)
    challenge_id, purpose, new_hash = found.id, found.purpose, found.new_password_hash
    user = await uow.session.get(User, found.user_id)
    if user is None or user.version != found.user_version:
        await challenges.forget(uow, challenge_id)  # the password or status changed since
        return InvalidCredentials(message=CHALLENGE_MESSAGE)
    code, recovery_code = attempt.code or "", attempt.recovery_code or ""
    if bool(code) == bool(recovery_code):
        return InvalidCredentials(message=ONE_CODE_MESSAGE)
    resetting = purpose == ChallengePurpose.PASSWORD_RESET.value
    lane = await _lane(uow, user, attempt.device_token, resetting=resetting)
    if refused := await second_factor.before_check(services, user, lane, ceiling=not resetting):
        if isinstance(refused, RateLimited):
            return refused
        return InvalidCredentials(message=refused.message)  # past the account's ceiling
    if not await challenges.take_try(uow, challenge_id, now):
        return InvalidCredentials(message=CHALLENGE_MESSAGE)
    await uow.checkpoint()  # the try counts before the code is checked, whatever comes next
    if code:
        proved = await totp.use_code(uow, services, user.id, code)
    else:
        proved = await second_factor.use_recovery_code(uow, services, user, recovery_code, client)
    if not proved:
        await ceilings.count_factor_failure(uow, user.id)
        await events.record(uow, user.id, SecurityEventKind.LOGIN_FAILED, client)
        if found.failed_attempts == 0 and purpose == ChallengePurpose.LOGIN.value:
            # the first wrong code of a sign-in whose password was right: the owner hears
            await send_notice(uow, user, "second_factor_failed", client)
        return InvalidCredentials(message=WRONG_CODE_MESSAGE)
    if not await challenges.consume(uow, challenge_id, now):
        # another request completed it: this code stays unused
        raise Rejected(InvalidCredentials(message=CHALLENGE_MESSAGE))
    await services.limiter.second_factor_succeeded(second_factor.budget_key(user, lane))
    if purpose == ChallengePurpose.PASSWORD_RESET.value and new_hash is not None:
        first = Proof.of_reset(new_hash)
    else:
        first = Proof.of_first_method(AuthenticationMethod(found.first_method), user)
    method = AuthenticationMethod.TOTP if code else AuthenticationMethod.RECOVERY_CODE
    outcome = await sign_in(
        uow, services, user, first.completed_by(method), client, attempt.device_token
    )
    if not isinstance(outcome, Authenticated):
        raise Rejected(outcome)  # the account changed under the sign-in: nothing of it stays
    return outcome


async def _lane(
    uow: UnitOfWork, user: User, device_token: str | None, *, resetting: bool
) -> str | None:
    """Whose short budget a code spends: a reset's own (its mailbox is proved: someone who
    holds only the password cannot spend it), a device's that signed in to the account before
    (the owner's phone keeps its tries when a password holder guesses elsewhere), or the
    account's."""
    if resetting:
        return "reset"
    device = await find_device(uow, user.id, device_token)
    return None if device is None else f"device:{device.id}"
