"""Sign-in by a mailed code in the service layer (``signin.email_code``): its budgets, whose
device is the owner's, its pacing, and the device a sign-in keeps."""

from __future__ import annotations

import json
from dataclasses import replace

from service.accounts.email import pacing
from service.accounts.outcomes import Authenticated, CodeSent, InvalidCredentials, RateLimited
from service.accounts.signin import email_code
from tests.accounts.support import CLIENT, mark_verified, register, settle
from tests.helpers import queued_mail

OTHER = replace(CLIENT, ip_address="198.51.100.23")


async def ask(state, email="ada@example.com", client=CLIENT, device_token=None):
    return await settle(
        state,
        lambda uow: email_code.request_login_code(uow, state.services, email, client, device_token),
    )


async def sign_in(
    state, code, client=CLIENT, handle=None, device_token=None, email="ada@example.com"
):
    attempt = email_code.CodeLogin(email, code, handle=handle, device_token=device_token)
    return await settle(
        state, lambda uow: email_code.login_with_code(uow, state.services, attempt, client)
    )


async def code_of(state) -> str:
    return json.loads((await queued_mail(state, "ada@example.com", "login_code"))[-1].data)["code"]


async def verified(state) -> Authenticated:
    registered = await register(state)
    assert isinstance(registered, Authenticated)
    await mark_verified(state, registered.user.id)
    return registered


async def test_the_owners_device_is_not_held_to_the_addresss_cap_on_mail(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_code_mails_per_address="1/day")
    registered = await verified(state)
    assert isinstance(await ask(state, client=OTHER), CodeSent)
    assert isinstance(await ask(state), RateLimited)  # a stranger, past the cap
    assert isinstance(await ask(state, device_token="dev_not-this-accounts"), RateLimited)
    owned = await ask(state, device_token=registered.device_token)
    assert isinstance(owned, CodeSent), owned


async def test_each_client_has_its_own_budget_for_an_address(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_code_requests_per_address="1/hour")
    await verified(state)
    assert isinstance(await ask(state), CodeSent)
    assert isinstance(await ask(state), RateLimited)
    assert isinstance(await ask(state, client=OTHER), CodeSent)


async def test_wrong_codes_spend_the_clients_budget_unless_sent_with_the_handle(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_code_checks_per_address="1/hour")
    await verified(state)
    asked = await ask(state)
    code = await code_of(state)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert isinstance(await sign_in(state, wrong), InvalidCredentials)
    assert isinstance(await sign_in(state, code), RateLimited)
    assert isinstance(await sign_in(state, wrong, client=OTHER), InvalidCredentials)
    assert isinstance(await sign_in(state, code, handle=asked.handle), Authenticated)


async def test_answers_about_strangers_wait_as_long_as_answers_about_accounts(state, monkeypatch):
    await verified(state)
    assert isinstance(await ask(state), CodeSent)
    assert len(state.services.pacer.samples("request_login_code")) == 1
    assert isinstance(await sign_in(state, "000000"), InvalidCredentials)
    assert len(state.services.pacer.samples("login_with_code")) == 1
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(pacing.asyncio, "sleep", sleep)
    state.services.pacer.seed("request_login_code", [0.5])
    state.services.pacer.seed("login_with_code", [0.7])
    assert isinstance(await ask(state, email="nobody@example.com"), CodeSent)
    assert isinstance(
        await sign_in(state, "000000", email="nobody@example.com"), InvalidCredentials
    )
    assert len(waits) == 2 and 0 < waits[0] <= 0.5 and 0.5 < waits[1] <= 0.7
    assert state.services.pacer.samples("request_login_code") == [0.5]
    assert state.services.pacer.samples("login_with_code") == [0.7]


async def test_a_sign_in_from_a_known_device_keeps_it(state):
    registered = await verified(state)
    await ask(state)
    signed = await sign_in(state, await code_of(state), device_token=registered.device_token)
    assert isinstance(signed, Authenticated)
    assert signed.device_token == registered.device_token
    assert await queued_mail(state, "ada@example.com", "new_signin") == []
