"""The sign-in pipeline's account row, events and notices for the proofs that start over: a
password reset and a sign-in code that claims an unverified account, each on a deactivated
account with an email change begun; and a passkey's sign-in, which proves both factors."""

from __future__ import annotations

import json

from sqlalchemy import select, update

from service.accounts.email import codes
from service.accounts.email import password_reset as recovery
from service.accounts.outcomes import Authenticated, CodeSent
from service.db.models import AccountStatus, CodePurpose, EmailCode, SecurityEvent, User
from tests.accounts.signin.test_email_code import ask, code_of, sign_in
from tests.accounts.support import CLIENT, mark_verified, register, settle
from tests.helpers import last_code, queued_mail

NEW_PASSWORD = "Quixotic-Lantern-77"


async def _account(state, *, verified=True):
    registered = await register(state)
    assert isinstance(registered, Authenticated)
    user_id = registered.user.id
    if verified:
        await mark_verified(state, user_id)
    return user_id


async def _deactivate_with_an_email_change_begun(state, user_id, **values):
    """Deactivated, with failures counted and an email change waiting for its code."""
    async with state.unit_of_work() as uow:
        await codes.issue(
            uow, state.services, user_id, CodePurpose.EMAIL_CHANGE, "new@example.com", None
        )
        await uow.session.execute(
            update(User)
            .where(User.id == user_id)
            .values(
                status=AccountStatus.DEACTIVATED.value, pending_email="new@example.com", **values
            )
        )
        await uow.commit()


async def _row(state, user_id) -> User:
    async with state.session_factory() as db:
        return await db.get(User, user_id)


async def _purposes(state) -> list[str]:
    async with state.session_factory() as db:
        return sorted((await db.execute(select(EmailCode.purpose))).scalars())


async def _events(state) -> list[tuple[str, str | None]]:
    async with state.session_factory() as db:
        order = (SecurityEvent.at, SecurityEvent.kind)
        rows = await db.execute(
            select(SecurityEvent.kind, SecurityEvent.ip_address).order_by(*order)
        )
        return [tuple(row) for row in rows]


async def test_a_reset_reactivates_starts_the_ceilings_again_and_drops_an_email_change(state):
    user_id = await _account(state)
    await _deactivate_with_an_email_change_begun(state, user_id, code_failures=1, factor_failures=2)
    async with state.unit_of_work() as uow:
        sent = await recovery.request_password_reset(uow, state.services, "ada@example.com", CLIENT)
    assert isinstance(sent, CodeSent)
    code = await last_code(state, "ada@example.com", "password_reset")
    before = await _row(state, user_id)
    reset = recovery.PasswordReset("ada@example.com", code, NEW_PASSWORD, NEW_PASSWORD, sent.handle)
    done = await settle(
        state, lambda uow: recovery.reset_password(uow, state.services, reset, CLIENT)
    )
    assert isinstance(done, Authenticated), done
    row = await _row(state, user_id)
    assert row.status == AccountStatus.ACTIVE
    assert (row.code_failures, row.factor_failures, row.pending_email) == (0, 0, None)
    assert row.version == before.version + 1  # one write: sessions read before it lose
    assert await _purposes(state) == [CodePurpose.VERIFY_EMAIL.value]  # the change's went
    events = await _events(state)
    assert ("ACCOUNT_REACTIVATED", CLIENT.ip_address) in events
    assert ("PASSWORD_RESET", CLIENT.ip_address) in events
    [notice] = await queued_mail(state, "ada@example.com", "password_changed")
    assert json.loads(notice.data)["ways_in"] == "Password"


async def test_a_sign_in_code_claims_an_unverified_account_and_starts_it_over(state):
    """Whoever registered the address kept nothing that signs in or moves the account: the
    password and the email change go, the account is active again, and its owner is told
    of the sign-in (the device is new to it)."""
    user_id = await _account(state, verified=False)
    await _deactivate_with_an_email_change_begun(state, user_id)
    assert isinstance(await ask(state), CodeSent)
    code = await code_of(state)
    before = await _row(state, user_id)
    done = await sign_in(state, code)
    assert isinstance(done, Authenticated), done
    row = await _row(state, user_id)
    assert row.status == AccountStatus.ACTIVE
    assert (row.email_verified, row.password_hash, row.pending_email) == (True, None, None)
    assert row.version == before.version + 1
    assert CodePurpose.EMAIL_CHANGE.value not in await _purposes(state)
    kinds = [kind for kind, _ in await _events(state)]
    assert {"EMAIL_VERIFIED", "ACCOUNT_REACTIVATED", "LOGIN"} <= set(kinds)
    assert len(await queued_mail(state, "ada@example.com", "new_signin")) == 1


async def test_a_passkey_sign_in_clears_the_second_factors_failures_and_a_password_does_not(
    state,
):
    """A passkey proves both factors at once; a password proves the first only."""
    from tests.accounts.passkeys.test_passkeys import (
        account,
        add_passkey,
        begin_login,
        finish_login,
    )
    from tests.accounts.signin.test_password_login import _login
    from tests.soft_authenticator import SoftAuthenticator

    viewer = await account(state)
    authenticator = SoftAuthenticator()
    await add_passkey(state, viewer, authenticator)

    async def fail_twice():
        async with state.session_factory() as db:
            await db.execute(
                update(User).where(User.id == viewer.user.id).values(factor_failures=2)
            )
            await db.commit()

    await fail_twice()
    assert isinstance(await _login(state, "ada_lovelace"), Authenticated)
    assert (await _row(state, viewer.user.id)).factor_failures == 2
    options = await begin_login(state, "ada_lovelace")
    answer = authenticator.get(options.options_json)
    assert isinstance(await finish_login(state, options.challenge_id, answer), Authenticated)
    assert (await _row(state, viewer.user.id)).factor_failures == 0
