"""The sign-in pipeline's account row, events and notices for the proofs that start over: a
password reset and a sign-in code that claims an unverified account, each on a deactivated
account with an email change begun; and a passkey's sign-in, which proves both factors."""

from __future__ import annotations

import json

from sqlalchemy import select, update

from service.accounts.email import codes
from service.accounts.email import password_reset as recovery
from service.accounts.outcomes import (
    Authenticated,
    CodeSent,
    EmailNotVerified,
    InvalidCredentials,
)
from service.accounts.signin.password_login import login
from service.accounts.tokens import DEVICE_TOKENS
from service.accounts.values import ClientInfo
from service.db.models import (
    AccountStatus,
    CodePurpose,
    EmailCode,
    KnownDevice,
    SecurityEvent,
    User,
)
from tests.accounts.signin.test_email_code import ask, code_of, sign_in
from tests.accounts.support import CLIENT, mark_verified, register, settle
from tests.conftest import PASSWORD
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


async def _devices(state, user_id) -> list[str]:
    async with state.session_factory() as db:
        statement = select(KnownDevice.token_digest).where(KnownDevice.user_id == user_id)
        return list((await db.execute(statement)).scalars())


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
    # every device the account knew is forgotten; this client's is the one it knows now
    assert await _devices(state, user_id) == [DEVICE_TOKENS.digest(done.device_token)]
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


async def test_an_unverified_sign_in_mails_a_code_only_within_the_code_budgets(make_state):
    """The code a sign-in asks for is counted as any request for one: against its client's
    budget across addresses, and the address's cap on mail. Past either, the answer is the
    same, a handle, and no mail is sent."""
    state = make_state(
        require_verified_email=True,
        rate_limit_enabled=True,
        rate_limit_code_requests_per_ip="1/hour",
        rate_limit_code_mails_per_address="1/hour",
    )
    await register(state)  # its registration mailed the first code

    async def ask_reset(email, ip):
        client = ClientInfo(ip_address=ip, user_agent="unit-test")
        async with state.unit_of_work() as uow:
            sent = await recovery.request_password_reset(uow, state.services, email, client)
            await uow.commit()
        assert isinstance(sent, CodeSent), sent

    async def sign_in_from(ip):
        client = ClientInfo(ip_address=ip, user_agent="unit-test")
        async with state.unit_of_work() as uow:
            asked = await login(uow, state.services, "ada_lovelace", PASSWORD, client)
            await uow.commit()
        assert isinstance(asked, EmailNotVerified) and asked.handle.startswith("cod_"), asked

    await ask_reset("grace@example.com", CLIENT.ip_address)  # the client's one request
    await sign_in_from(CLIENT.ip_address)
    await ask_reset("ada@example.com", "198.51.100.7")  # a stranger spends the address's cap
    await sign_in_from("198.51.100.8")
    assert len(await queued_mail(state, "ada@example.com", "verify_email")) == 1


async def test_a_second_factor_completes_a_password_sign_in_only_while_the_password_stands(
    state,
):
    """The password a sign-in challenge was issued after must still be the account's when
    the sign-in is written; after a sign-in code, the challenge stands whatever the password
    became."""
    from service.accounts.assurance import AuthenticationMethod
    from service.accounts.signin.pipeline import sign_in
    from service.accounts.signin.proofs import Proof

    user_id = await _account(state)

    async def complete_after_a_new_password(first: AuthenticationMethod):
        async with state.unit_of_work() as uow:
            user = await uow.session.get(User, user_id)
            proof = Proof.of_first_method(first, user).completed_by(AuthenticationMethod.TOTP)
            await uow.commit_reads()
            async with state.session_factory() as db:  # another request changes the password
                new_hash = await state.services.passwords.hash(NEW_PASSWORD)
                await db.execute(
                    update(User)
                    .where(User.id == user_id)
                    .values(password_hash=new_hash, version=User.version + 1)
                )
                await db.commit()
            outcome = await sign_in(uow, state.services, user, proof, CLIENT)
            await uow.commit()
        return outcome

    assert await complete_after_a_new_password(AuthenticationMethod.PASSWORD) == (
        InvalidCredentials()
    )
    after_a_code = await complete_after_a_new_password(AuthenticationMethod.EMAIL_CODE)
    assert isinstance(after_a_code, Authenticated), after_a_code


async def test_a_rehash_while_a_second_factor_is_asked_cannot_write_the_old_password_back(
    state, make_state, monkeypatch
):
    """The password is verified, a password change commits, then the sign-in asks for the
    second factor and would renew the outdated hash: it writes nothing, the new password
    stands."""
    import asyncio

    from service.accounts.outcomes import TwoFactorRequired
    from tests.accounts.signin.test_password_login import Gate, _login
    from tests.accounts.two_factor.test_two_factor import _change_password, enabled_account

    viewer, secret = await enabled_account(state)  # hashed with t=1
    stronger = make_state(argon2_time_cost=2)
    gate = Gate(monkeypatch, stronger.services.passwords, "verify")
    signing_in = asyncio.create_task(_login(stronger, "ada_lovelace"))
    await gate.reached()
    await _change_password(stronger, viewer, secret)
    gate.release.set()
    assert isinstance(await signing_in, TwoFactorRequired)
    assert await _login(stronger, "ada_lovelace") == InvalidCredentials()
    assert isinstance(await _login(stronger, "ada_lovelace", NEW_PASSWORD), TwoFactorRequired)
