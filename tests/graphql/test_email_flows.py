"""Account flows by email through the ASGI app: codes are read from the queued outbox rows."""

from __future__ import annotations

import asyncio
import json

from sqlalchemy import func, select, update

from service.db.models import (
    AuthSession,
    CodePurpose,
    EmailCode,
    KnownDevice,
    OutboxMessage,
    SecurityEvent,
    User,
    UsernameHold,
)
from service.mail.render import render
from tests import images
from tests.conftest import PASSWORD
from tests.graphql.test_uploads import stored, update_with
from tests.helpers import (
    CHANGE_PASSWORD,
    CONFIRM_EMAIL_CHANGE,
    DELETE_ACCOUNT,
    ME,
    REQUEST_EMAIL_VERIFICATION,
    REQUEST_PASSWORD_RESET,
    RESET_PASSWORD,
    UPDATE,
    VERIFY_EMAIL,
    last_code,
    login,
    password_change,
    queued_mail,
    register,
    register_ok,
    registration,
    taken,
)

NEW_PASSWORD = "Quixotic-Lantern-77"
INVALID_CODE = {"__typename": "InvalidCode", "message": "The code is wrong or no longer valid."}


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def verify(gql, email, code, handle=None, token=None):
    variables = {"input": {"email": email, "code": code, "handle": handle}}
    body = await gql(VERIFY_EMAIL, variables, token=token)
    assert "errors" not in body, body
    return body["data"]["verifyEmail"]


async def forgot(gql, email, headers=None):
    body = await gql(REQUEST_PASSWORD_RESET, {"input": {"email": email}}, headers=headers)
    assert "errors" not in body, body
    return body["data"]["requestPasswordReset"]


async def reset(gql, email, code, password=NEW_PASSWORD, confirmation=None, handle=None):
    variables = {
        "input": {
            "email": email,
            "code": code,
            "newPassword": password,
            "newPasswordConfirmation": confirmation or password,
            "handle": handle,
        }
    }
    body = await gql(RESET_PASSWORD, variables)
    assert "errors" not in body, body
    return body["data"]["resetPassword"]


async def count(state, model, **where) -> int:
    statement = select(func.count()).select_from(model)
    for name, value in where.items():
        statement = statement.where(getattr(model, name) == value)
    async with state.session_factory() as db:
        return int((await db.execute(statement)).scalar_one())


# verification ---------------------------------------------------------------------------------


async def test_registration_sends_a_code_that_verifies_the_email(gql, state):
    registered = await register_ok(gql)
    assert registered["user"]["emailVerified"] is False
    assert registered["user"]["locale"] == "en"
    [message] = await queued_mail(state, "ada@example.com", "verify_email")
    data = json.loads(message.data)
    assert set(data) == {"username", "code", "handle", "expires_minutes"}
    assert data["username"] == "ada_lovelace" and data["expires_minutes"] == "10"
    token = registered["token"]
    assert await verify(gql, "ada@example.com", wrong(data["code"]), token=token) == INVALID_CODE
    assert await verify(gql, "ADA@example.com", data["code"], token=token) == {
        "__typename": "EmailVerified",
        "email": "ada@example.com",
    }
    me = (await gql(ME, token=token))["data"]["me"]
    assert me["emailVerified"] is True  # verified from its own session: the session stays
    assert await verify(gql, "ada@example.com", data["code"]) == INVALID_CODE  # used


async def test_a_first_verification_made_elsewhere_ends_the_accounts_sessions(gql, state):
    """Whoever registered the address may not be its owner: the mailbox's first proof from
    outside the account's sessions ends them (and forgets its devices)."""
    squatter = await register_ok(gql)
    code = await last_code(state, "ada@example.com", "verify_email")
    assert (await verify(gql, "ada@example.com", code))["__typename"] == "EmailVerified"
    assert (await gql(ME, token=squatter["token"]))["data"]["me"] is None
    assert await count(state, AuthSession) == 0
    assert await count(state, KnownDevice) == 0


VERIFY_TELLING = """
mutation Verify($input: VerifyEmailInput!) {
  verifyEmail(input: $input) { __typename ... on EmailVerified { email hasPassword } }
}
"""


async def test_a_first_proof_without_the_handle_is_the_mailbox_owners_claim(gql, state):
    """A squatter registers someone else's address, starts moving it to their own, and the
    owner types the code from the mail: the squatter's password, sessions and pending email
    change go, and the owner sets a password with a reset."""
    squatter = await register_ok(gql)
    changed = await change_email(gql, squatter["token"], "squatter@example.net")
    assert changed["__typename"] == "UpdateUserSuccess", changed
    code = await last_code(state, "ada@example.com", "verify_email")
    variables = {"input": {"email": "ada@example.com", "code": code}}
    claimed = (await gql(VERIFY_TELLING, variables))["data"]["verifyEmail"]
    assert claimed == {
        "__typename": "EmailVerified",
        "email": "ada@example.com",
        "hasPassword": False,
    }
    assert (await gql(ME, token=squatter["token"]))["data"]["me"] is None
    assert (await login(gql, "ada_lovelace"))["__typename"] == "InvalidCredentials"
    async with state.session_factory() as db:
        user = (await db.execute(select(User))).scalars().one()
    assert user.password_hash is None and user.pending_email is None and user.email_verified
    assert await count(state, EmailCode, purpose=CodePurpose.EMAIL_CHANGE.value) == 0

    await forgot(gql, "ada@example.com")
    reset_code = await last_code(state, "ada@example.com", "password_reset")
    assert (await reset(gql, "ada@example.com", reset_code))["__typename"] == "AuthSuccess"
    assert (await login(gql, "ada_lovelace", NEW_PASSWORD))["__typename"] == "AuthSuccess"


async def test_a_sign_in_that_checked_the_squatters_password_before_the_claim_loses(
    gql, state, monkeypatch
):
    """The owner's claim commits while a squatter's login is between its password check and
    its session: the login loses (the claim raised the account's version) and no session of
    the squatter's is left."""
    await register_ok(gql)
    code = await last_code(state, "ada@example.com", "verify_email")
    original, claimed = state.services.passwords.verify, []

    async def verify_then_claim(hashed, password):
        matched = await original(hashed, password)
        if not claimed:
            claimed.append(
                await gql(VERIFY_TELLING, {"input": {"email": "ada@example.com", "code": code}})
            )
        return matched

    monkeypatch.setattr(state.services.passwords, "verify", verify_then_claim)
    assert (await login(gql, "ada_lovelace"))["__typename"] == "InvalidCredentials"
    assert claimed[0]["data"]["verifyEmail"]["hasPassword"] is False
    assert await count(state, AuthSession) == 0


async def test_a_first_proof_with_the_handle_keeps_the_password(make_state, make_client):
    """The client that registered (or signed in) kept the handle of the code it asked for:
    the one who holds the password holds the mailbox, and keeps the password."""
    gql = make_client(make_state(hide_registered_emails=True))
    registered = (await gql(REGISTER_HANDLE, {"input": registration()}))["data"]["registerUser"]
    assert registered["__typename"] == "VerificationRequired"
    code = await last_code(gql.state, "ada@example.com", "verify_email")
    proof = {"email": "ada@example.com", "code": code, "handle": registered["handle"]}
    verified = (await gql(VERIFY_TELLING, {"input": proof}))["data"]["verifyEmail"]
    assert verified == {
        "__typename": "EmailVerified",
        "email": "ada@example.com",
        "hasPassword": True,
    }
    assert (await login(gql, "ada_lovelace"))["__typename"] == "AuthSuccess"


async def test_a_verification_link_carries_no_handle_and_a_reset_link_does(gql, state):
    await register_ok(gql)
    await forgot(gql, "ada@example.com")
    [verify_mail] = await queued_mail(state, "ada@example.com", "verify_email")
    [reset_mail] = await queued_mail(state, "ada@example.com", "password_reset")
    verify_link = render_of(verify_mail)
    reset_link = render_of(reset_mail)
    assert "#code=" in verify_link and "handle=" not in verify_link
    assert "#code=" in reset_link and "handle=cod_" in reset_link


def render_of(message) -> str:
    rendered = render(
        message.template,
        message.locale,
        json.loads(message.data),
        "https://a.example",
        message.recipient,
    )
    return rendered.text


REGISTER_HANDLE = """
mutation Register($input: RegisterUserInput!) {
  registerUser(input: $input) { __typename ... on VerificationRequired { handle } }
}
"""


RESET_ASKED = """
mutation Ask($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) { __typename }
}
"""


async def test_strangers_who_spend_an_addresss_mail_cap_do_not_deny_its_owner(
    make_state, make_client
):
    """Three clients spend the address's daily cap on mail; the owner still gets a reset code
    from a device the account signed in from, and a verification code from its session; a
    stranger's device token (of another account) does not lift the cap."""
    state = make_state(
        rate_limit_enabled=True,
        rate_limit_code_mails_per_address="3/day",
        trusted_proxies=["127.0.0.1"],
    )
    gql = make_client(state)
    registered = await register_ok(gql)  # its verification mail is the first of the three
    device = await device_of(gql, "ada_lovelace")
    await register_ok(gql, email="eve@example.com", username="eve_stranger")
    other = {"deviceToken": await device_of(gql, "eve_stranger")}
    for ip in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        asked = await gql(
            RESET_ASKED, {"input": {"email": "ada@example.com"}}, headers={"X-Forwarded-For": ip}
        )
        assert asked["data"]["requestPasswordReset"]["__typename"] == "CodeSent"
    for token in (None, other["deviceToken"]):
        refused = await gql(
            RESET_ASKED, {"input": {"email": "ada@example.com", "deviceToken": token}}
        )
        assert refused["data"]["requestPasswordReset"]["__typename"] == "RateLimited"
    sent = len(await queued_mail(state, "ada@example.com", "password_reset"))
    owners = {"email": "ada@example.com", "deviceToken": device}
    asked = await gql(RESET_ASKED, {"input": owners})
    assert asked["data"]["requestPasswordReset"]["__typename"] == "CodeSent"
    assert len(await queued_mail(state, "ada@example.com", "password_reset")) == sent + 1
    again = await gql(REQUEST_EMAIL_VERIFICATION, token=registered["token"])
    assert again["data"]["requestEmailVerification"]["__typename"] == "CodeSent"


async def test_a_hidden_registration_of_a_taken_email_holds_its_username(make_state, make_client):
    """A registration of a taken email takes its username as a new account would: the next
    registration naming it is told it is taken, whether the email was taken or new, so the
    username tells nothing about the email; the email's own account may still take it."""
    state = make_state(hide_registered_emails=True)
    gql = make_client(state)
    owner = await register(gql)  # ada@example.com, its address new: no session
    assert owner["__typename"] == "VerificationRequired"
    for email, username in (("ada@example.com", "taken_probe"), ("new@example.com", "new_probe")):
        probe = await register(gql, email=email, username=username)
        assert probe["__typename"] == "VerificationRequired"
        again = await register(gql, email="eve@example.com", username=username)
        assert again["__typename"] == "UserAlreadyExists"
        assert again["fields"] == taken("username")
    async with state.session_factory() as db:
        holds = (await db.execute(select(UsernameHold))).scalars().all()
    assert [(h.username_normalized, h.email_normalized) for h in holds] == [
        ("taken_probe", "ada@example.com")
    ]
    await register(gql, email="eve2@example.com", username="eve_stranger")
    await prove(state, "eve2@example.com")
    await prove(state, "ada@example.com")
    eve = await signed_in(gql, "eve_stranger")
    refused = await gql(UPDATE, {"input": {"username": "TAKEN_probe"}}, token=eve)
    assert refused["data"]["updateUser"]["fields"] == taken("username")
    renamed = await gql(
        UPDATE, {"input": {"username": "taken_probe"}}, token=await signed_in(gql, "ada_lovelace")
    )
    assert renamed["data"]["updateUser"]["__typename"] == "UpdateUserSuccess", renamed


async def test_a_hidden_registration_signs_in_only_once_its_address_is_proved(
    make_state, make_client
):
    """Where taken emails are hidden, an unproved account's right password answers as a
    wrong one: a registration's author cannot tell from signing in whether the email was new
    (an account) or taken (none). Proved with the registration's code and handle, it signs
    in."""
    state = make_state(hide_registered_emails=True)
    gql = make_client(state)
    await register(gql, email="owner@example.com", username="the_owner")  # the taken one
    answers = {}
    for email, username in (("owner@example.com", "probe_taken"), ("new@example.com", "probe_new")):
        registered = await gql(
            REGISTER_HANDLE, {"input": registration(email=email, username=username)}
        )
        assert registered["data"]["registerUser"]["__typename"] == "VerificationRequired"
        answers[email] = [
            (await login(gql, identifier))["__typename"] for identifier in (username, email)
        ]
        if email == "new@example.com":
            handle = registered["data"]["registerUser"]["handle"]
    assert answers == {
        "owner@example.com": ["InvalidCredentials", "InvalidCredentials"],
        "new@example.com": ["InvalidCredentials", "InvalidCredentials"],
    }
    code = await last_code(state, "new@example.com", "verify_email")
    proof = {"email": "new@example.com", "code": code, "handle": handle}
    assert (await gql(VERIFY_TELLING, {"input": proof}))["data"]["verifyEmail"]["hasPassword"]
    assert (await login(gql, "probe_new"))["__typename"] == "AuthSuccess"


async def prove(state, email: str) -> None:
    """The address is proved (as its code would, outside what this test is about)."""
    async with state.session_factory() as db:
        await db.execute(update(User).where(User.email == email).values(email_verified=True))
        await db.commit()


async def signed_in(gql, username: str) -> str:
    body = await gql(LOGIN_TOKEN, {"input": {"identifier": username, "password": PASSWORD}})
    token: str = body["data"]["login"]["token"]
    return token


LOGIN_TOKEN = """
mutation Login($input: LoginInput!) { login(input: $input) { ... on AuthSuccess { token } } }
"""


async def device_of(gql, username: str) -> str:
    body = await gql(DEVICE_LOGIN, {"input": {"identifier": username, "password": PASSWORD}})
    token: str = body["data"]["login"]["deviceToken"]
    return token


async def test_the_owner_of_a_taken_address_is_told_a_few_times_a_day(make_state, make_client):
    state = make_state(
        hide_registered_emails=True,
        rate_limit_enabled=True,
        rate_limit_registration_notices_per_address="2/day",
    )
    gql = make_client(state)
    await register(gql)
    for n in range(4):
        again = await register(gql, username=f"someone_{n}")
        assert again["__typename"] == "VerificationRequired"
    assert len(await queued_mail(state, "ada@example.com", "registration_attempted")) == 2


async def test_request_email_verification_sends_a_code_of_its_own(gql, state):
    token = (await register_ok(gql, locale="de"))["token"]
    first = await last_code(state, "ada@example.com", "verify_email")
    body = await gql(REQUEST_EMAIL_VERIFICATION, token=token)
    sent = body["data"]["requestEmailVerification"]
    assert sent["__typename"] == "CodeSent" and sent["expiresInSeconds"] == 600
    messages = await queued_mail(state, "ada@example.com", "verify_email")
    assert len(messages) == 2 and messages[-1].locale == "de"
    second = json.loads(messages[-1].data)
    assert second["handle"] == sent["handle"]  # the answer holds the handle of its code
    if first != second["code"]:  # the handle meets its own code only
        assert await verify(gql, "ada@example.com", first, sent["handle"], token) == INVALID_CODE
    verified = await verify(gql, "ada@example.com", second["code"], sent["handle"], token)
    assert verified["__typename"] == "EmailVerified"
    again = (await gql(REQUEST_EMAIL_VERIFICATION, token=token))["data"]
    assert again["requestEmailVerification"]["fields"][0]["code"] == "already_verified"
    unauthenticated = await gql(REQUEST_EMAIL_VERIFICATION)
    assert unauthenticated["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_an_unsupported_locale_is_a_validation_error(gql):
    result = await register(gql, locale="xx")
    assert result["__typename"] == "ValidationError"
    assert [(f["field"], f["code"]) for f in result["fields"]] == [("locale", "unsupported")]


async def test_a_code_for_another_address_is_invalid(gql, state):
    await register_ok(gql)
    await register_ok(gql, email="bob@example.com", username="bob_builder")
    ada_code = await last_code(state, "ada@example.com", "verify_email")
    assert await verify(gql, "bob@example.com", ada_code) == INVALID_CODE
    assert await verify(gql, "nobody@example.com", ada_code) == INVALID_CODE
    assert await verify(gql, "not an address", ada_code) == INVALID_CODE


async def test_an_expired_code_is_invalid(make_state, make_client):
    import datetime as dt

    state = make_state(code_ttl=dt.timedelta(milliseconds=50))
    gql = make_client(state)
    await register_ok(gql)
    code = await last_code(state, "ada@example.com", "verify_email")
    await asyncio.sleep(0.1)
    assert await verify(gql, "ada@example.com", code) == INVALID_CODE


async def test_five_wrong_codes_with_its_handle_use_the_code_up(gql, state):
    await register_ok(gql)
    [message] = await queued_mail(state, "ada@example.com", "verify_email")
    data = json.loads(message.data)
    code, handle = data["code"], data["handle"]
    for _ in range(5):
        assert await verify(gql, "ada@example.com", wrong(code), handle) == INVALID_CODE
    assert await verify(gql, "ada@example.com", code, handle) == INVALID_CODE
    assert await verify(gql, "ada@example.com", code) == INVALID_CODE


async def test_strangers_wrong_codes_never_refuse_the_owners_right_one(make_state, make_client):
    """Recovery that strangers cannot deny: wrong codes sent from other clients (without the
    owner's handle) spend neither the owner's code nor the owner's budget."""
    state = make_state(rate_limit_enabled=True, trusted_proxies=["127.0.0.1/32"])
    gql = make_client(state)
    await register_ok(gql)
    asked = await forgot(gql, "ada@example.com", headers={"X-Forwarded-For": "203.0.113.9"})
    code = await last_code(state, "ada@example.com", "password_reset")
    strangers = 0
    for octet in range(1, 6):  # five other addresses, ten wrong codes each
        for _ in range(10):
            variables = {
                "input": {
                    "email": "ada@example.com",
                    "code": wrong(code),
                    "newPassword": NEW_PASSWORD,
                    "newPasswordConfirmation": NEW_PASSWORD,
                }
            }
            body = await asyncio.create_task(  # a task per request, as a server runs them
                gql(RESET_PASSWORD, variables, headers={"X-Forwarded-For": f"198.51.100.{octet}"})
            )
            strangers += body["data"]["resetPassword"]["__typename"] == "InvalidCode"
    assert strangers == 50
    owner = {"X-Forwarded-For": "203.0.113.9"}
    variables = {
        "input": {
            "email": "ada@example.com",
            "code": code,
            "newPassword": NEW_PASSWORD,
            "newPasswordConfirmation": NEW_PASSWORD,
            "handle": asked["handle"],
        }
    }
    done = (await gql(RESET_PASSWORD, variables, headers=owner))["data"]["resetPassword"]
    assert done["__typename"] == "AuthSuccess", done


# password reset -------------------------------------------------------------------------------


async def test_reset_answers_alike_for_unknown_addresses(gql, state):
    await register_ok(gql)
    known = await forgot(gql, "ada@example.com")
    unknown = await forgot(gql, "ghost@example.com")
    handles = known.pop("handle"), unknown.pop("handle")  # random either way, alike in shape
    assert known == unknown
    assert [len(handle) for handle in handles] == [47, 47] and handles[0] != handles[1]
    assert all(handle.startswith("cod_") for handle in handles)
    assert known["__typename"] == "CodeSent" and known["expiresInSeconds"] == 600
    assert len(await queued_mail(state, "ada@example.com", "password_reset")) == 1
    assert await queued_mail(state, "ghost@example.com") == []
    invalid = await forgot(gql, "not an address")
    assert invalid["__typename"] == "ValidationError"


async def test_answers_about_unknown_addresses_take_as_long_as_about_known_ones(gql, state):
    """Writing a code and its message makes the answer for an account slower than for no
    account; the pacer records the first and makes the second wait as long."""
    pacer = state.services.pacer
    await register_ok(gql)
    await forgot(gql, "ada@example.com")
    assert len(pacer.samples("request_password_reset")) == 1
    code = await last_code(state, "ada@example.com", "password_reset")
    assert await reset(gql, "ada@example.com", wrong(code)) == INVALID_CODE
    assert await verify(gql, "ada@example.com", "000000") == INVALID_CODE
    assert len(pacer.samples("reset_password")) == 1
    assert len(pacer.samples("verify_email")) == 1
    for operation in ("request_password_reset", "reset_password", "verify_email"):
        pacer.seed(operation, [0.4])
    loop = asyncio.get_running_loop()
    for call in (
        forgot(gql, "ghost@example.com"),
        reset(gql, "ghost@example.com", code),
        verify(gql, "ghost@example.com", code),
    ):
        started = loop.time()
        await call
        assert loop.time() - started >= 0.4
    assert pacer.samples("request_password_reset") == [0.4]  # unknown addresses record nothing


async def test_reset_revokes_every_session_and_answers_a_fresh_one(gql, state):
    first = (await register_ok(gql))["token"]
    second = (await login(gql, "ada_lovelace"))["token"]
    await forgot(gql, "ada@example.com")
    code = await last_code(state, "ada@example.com", "password_reset")
    assert await reset(gql, "ada@example.com", wrong(code)) == INVALID_CODE
    weak = await reset(gql, "ada@example.com", code, password="password")
    assert weak["__typename"] == "ValidationError"  # the code stays usable
    mismatch = await reset(gql, "ada@example.com", code, confirmation="Other-Lantern-77")
    assert [f["field"] for f in mismatch["fields"]] == ["newPasswordConfirmation"]
    done = await reset(gql, "ada@example.com", code)
    assert done["__typename"] == "AuthSuccess" and done["user"]["emailVerified"] is True
    for token in (first, second):
        assert (await gql(ME, token=token))["data"]["me"] is None
    assert (await gql(ME, token=done["token"]))["data"]["me"]["username"] == "ada_lovelace"
    assert (await login(gql, "ada_lovelace"))["__typename"] == "InvalidCredentials"
    assert (await login(gql, "ada_lovelace", NEW_PASSWORD))["__typename"] == "AuthSuccess"
    assert await reset(gql, "ada@example.com", code) == INVALID_CODE  # used
    assert await count(state, AuthSession) == 2  # the reset's session and the last login
    [notice] = await queued_mail(state, "ada@example.com", "password_changed")
    assert set(json.loads(notice.data)) == {
        "username",
        "ip_address",
        "user_agent",
        "at",
        "ways_in",
    }


async def test_reset_does_not_reopen_a_suspended_account(gql, state):
    await register_ok(gql)
    async with state.unit_of_work() as uow:
        user = (await uow.session.execute(select(User))).scalar_one()
        user.status = "SUSPENDED"
        user.bump_version()
    assert (await forgot(gql, "ada@example.com"))["__typename"] == "CodeSent"
    assert await queued_mail(state, "ada@example.com", "password_reset") == []


async def test_concurrent_resets_with_one_code_have_one_winner(gql, state, make_client):
    await register_ok(gql)
    await forgot(gql, "ada@example.com")
    code = await last_code(state, "ada@example.com", "password_reset")
    other = make_client(state)
    results = await asyncio.gather(
        reset(gql, "ada@example.com", code), reset(other, "ada@example.com", code)
    )
    assert sorted(r["__typename"] for r in results) == ["AuthSuccess", "InvalidCode"]


async def test_concurrent_verifications_with_one_code_have_one_winner(gql, state, make_client):
    await register_ok(gql)
    code = await last_code(state, "ada@example.com", "verify_email")
    other = make_client(state)
    results = await asyncio.gather(
        verify(gql, "ada@example.com", code), verify(other, "ada@example.com", code)
    )
    assert sorted(r["__typename"] for r in results) == ["EmailVerified", "InvalidCode"]
    kinds = await count(state, SecurityEvent, kind="EMAIL_VERIFIED")
    assert kinds == 1


async def test_change_password_sends_a_notice(gql, state):
    token = (await register_ok(gql))["token"]
    body = await gql(CHANGE_PASSWORD, password_change(PASSWORD, NEW_PASSWORD), token=token)
    assert body["data"]["changePassword"]["__typename"] == "AuthSuccess"
    assert len(await queued_mail(state, "ada@example.com", "password_changed")) == 1


# email change ---------------------------------------------------------------------------------


async def change_email(gql, token, email):
    variables = {"input": {"email": email, "currentPassword": PASSWORD}}
    return (await gql(UPDATE, variables, token=token))["data"]["updateUser"]


async def confirm(gql, token, code):
    body = await gql(CONFIRM_EMAIL_CHANGE, {"input": {"code": code}}, token=token)
    assert "errors" not in body, body
    return body["data"]["confirmEmailChange"]


# deletion -------------------------------------------------------------------------------------


async def test_delete_account_leaves_nothing_behind_but_the_goodbye(gql, state):
    registered = await register_ok(gql)
    token = registered["token"]
    await login(gql, "ada_lovelace")
    await forgot(gql, "ada@example.com")
    uploaded = await update_with(gql, token, images.png())
    assert uploaded["__typename"] == "UpdateUserSuccess", uploaded
    assert stored(state)
    async with state.session_factory() as db:  # the first messages were delivered already
        await db.execute(update(OutboxMessage).values(status="SENT"))
        await db.commit()
    await gql(REQUEST_EMAIL_VERIFICATION, token=token)  # one more, still queued
    wrong_password = await gql(
        DELETE_ACCOUNT, {"input": {"currentPassword": "Wrong-Pass-1"}}, token=token
    )
    assert wrong_password["data"]["deleteAccount"]["__typename"] == "InvalidCredentials"
    from service.observability import REGISTRY

    def revoked() -> float:
        return REGISTRY.get_sample_value("accounts_sessions_revoked_total") or 0.0

    before = revoked()
    deleted = await gql(DELETE_ACCOUNT, {"input": {"currentPassword": PASSWORD}}, token=token)
    assert revoked() - before == 2  # registration's session and the login's
    assert deleted["data"]["deleteAccount"] == {
        "__typename": "AccountDeleted",
        "message": "The account has been deleted.",
    }
    for model in (User, AuthSession, KnownDevice, EmailCode, SecurityEvent):
        assert await count(state, model) == 0, model.__name__
    [goodbye] = await queued_mail(state)
    assert (goodbye.template, goodbye.recipient, goodbye.user_id) == (
        "account_deleted",
        "ada@example.com",
        None,
    )
    assert stored(state) == set()
    assert (await gql(ME, token=token))["data"]["me"] is None
    again = await register_ok(gql)  # the username and the email are free again
    assert again["user"]["id"] != registered["user"]["id"]


# require verified email, new sign-in notices --------------------------------------------------


async def test_require_verified_email(make_state, make_client):
    state = make_state(require_verified_email=True)
    gql = make_client(state)
    result = await register(gql)
    assert result == {
        "__typename": "VerificationRequired",
        "email": "ada@example.com",
        "expiresInSeconds": 600,
    }
    assert await count(state, AuthSession) == 0
    credentials = {"identifier": "ada_lovelace", "password": PASSWORD}
    body = await gql(LOGIN_ASKING, {"input": credentials})
    unverified = body["data"]["login"]
    assert unverified["__typename"] == "EmailNotVerified"
    assert unverified["handle"].startswith("cod_")  # of the code this sign-in sent
    assert len(await queued_mail(state, "ada@example.com", "verify_email")) == 2
    assert (await login(gql, "ada_lovelace", "Wrong-Pass-1"))["__typename"] == (
        "InvalidCredentials"
    )
    code = await last_code(state, "ada@example.com", "verify_email")
    verified = await verify(gql, "ada@example.com", code, handle=unverified["handle"])
    assert verified == {"__typename": "EmailVerified", "email": "ada@example.com"}
    assert (await login(gql, "ada_lovelace"))["__typename"] == "AuthSuccess"


LOGIN_ASKING = """
mutation Login($input: LoginInput!) {
  login(input: $input) { __typename ... on EmailNotVerified { message handle } }
}
"""


DEVICE_LOGIN = """
mutation Login($input: LoginInput!) {
  login(input: $input) { __typename ... on AuthSuccess { deviceToken } }
}
"""


async def test_new_signin_notice_only_for_unknown_devices(gql, state):
    await register_ok(gql)
    assert await queued_mail(state, template="new_signin") == []  # not on registration
    credentials = {"identifier": "ada_lovelace", "password": PASSWORD}
    first = (await gql(DEVICE_LOGIN, {"input": credentials}))["data"]["login"]
    [notice] = await queued_mail(state, template="new_signin")
    data = json.loads(notice.data)
    assert set(data) == {"username", "ip_address", "user_agent", "at"}
    assert data["user_agent"] == "pytest-client/1.0" and data["ip_address"]
    known = {**credentials, "deviceToken": first["deviceToken"]}
    again = (await gql(DEVICE_LOGIN, {"input": known}))["data"]["login"]
    assert again["__typename"] == "AuthSuccess"
    assert len(await queued_mail(state, template="new_signin")) == 1  # a known device


async def test_new_signin_notice_once_per_ip_address_and_user_agent(make_state, make_client):
    """A client that never keeps its device token is told about once; a sign-in from another
    address or another user agent is new again."""
    state = make_state(trusted_proxies=["127.0.0.1"])  # the ASGI peer is 127.0.0.1
    gql = make_client(state)
    await register_ok(gql)
    credentials = {"input": {"identifier": "ada_lovelace", "password": PASSWORD}}

    async def sign_in(ip: str, agent: str) -> int:
        headers = {"X-Forwarded-For": ip, "User-Agent": agent}
        body = await gql(DEVICE_LOGIN, credentials, headers=headers)
        assert body["data"]["login"]["__typename"] == "AuthSuccess"
        return len(await queued_mail(state, template="new_signin"))

    assert await sign_in("203.0.113.5", "script/1.0") == 1
    assert await sign_in("203.0.113.5", "script/1.0") == 1  # seen before: no new notice
    assert await sign_in("203.0.113.5", "script/2.0") == 2  # another user agent
    assert await sign_in("198.51.100.7", "script/2.0") == 3  # another address
    assert await sign_in("198.51.100.7", "script/2.0") == 3
    notices = await queued_mail(state, template="new_signin")
    seen = {(json.loads(n.data)["ip_address"], json.loads(n.data)["user_agent"]) for n in notices}
    assert seen == {
        ("203.0.113.5", "script/1.0"),
        ("203.0.113.5", "script/2.0"),
        ("198.51.100.7", "script/2.0"),
    }


async def test_new_signin_notice_can_be_switched_off(make_state, make_client):
    state = make_state(notify_new_signin=False)
    gql = make_client(state)
    await register_ok(gql)
    await login(gql, "ada_lovelace")
    assert await queued_mail(state, template="new_signin") == []


async def test_messages_carry_only_strings(gql, state):
    await register_ok(gql)
    await login(gql, "ada_lovelace")
    for message in await queued_mail(state):
        assert all(isinstance(v, str) for v in json.loads(message.data).values())
    assert await count(state, OutboxMessage) >= 2


async def test_a_reset_drops_a_pending_email_change(gql, state):
    token = (await register_ok(gql))["token"]
    pending = await change_email(gql, token, "mallory@example.com")
    assert pending["user"]["pendingEmail"] == "mallory@example.com"
    change_code = await last_code(state, "mallory@example.com", "confirm_email_change")
    await forgot(gql, "ada@example.com")
    code = await last_code(state, "ada@example.com", "password_reset")
    done = await reset(gql, "ada@example.com", code)
    assert done["user"]["pendingEmail"] is None
    confirm = await gql(CONFIRM_EMAIL_CHANGE, {"input": {"code": change_code}}, token=done["token"])
    assert confirm["data"]["confirmEmailChange"] == INVALID_CODE
    me = (await gql(ME, token=done["token"]))["data"]["me"]
    assert (me["email"], me["pendingEmail"]) == ("ada@example.com", None)
