"""Passkeys in the service layer (no GraphQL): registration, logging in, removal, the decoys,
the signature counter, the budgets and the account's discard, with the software authenticator
of ``tests.soft_authenticator``. The quick and broad tests come first (a mutant is judged by
the first test that fails)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlmodel import col

from service.accounts.assurance import AuthenticationMethod, Factors, privileged_until
from service.accounts.limits.attempts import AttemptLimiter
from service.accounts.outcomes import (
    AccountSuspended,
    Authenticated,
    EmailNotVerified,
    FieldError,
    InvalidCredentials,
    RateLimited,
    Reauthenticated,
    ReauthenticationRequired,
    ValidationFailed,
)
from service.accounts.passkeys import assertions, removal
from service.accounts.passkeys import challenges as passkey_challenges
from service.accounts.passkeys import login as passkey_login
from service.accounts.passkeys import registration as passkey_registration
from service.accounts.passkeys import relying_party as webauthn_rp
from service.accounts.passkeys import store as passkeys
from service.accounts.passkeys.limits import PasskeyLimits
from service.accounts.passkeys.outcomes import PasskeyAdded, PasskeyOptionsIssued, PasskeyRemoved
from service.accounts.profile import users
from service.accounts.sessions.store import USER_AGENT_MAX
from service.accounts.signin import reauthentication
from service.accounts.values import ClientInfo, Viewer
from service.clock import utcnow
from service.config import Settings
from service.db.models import (
    AccountStatus,
    AuthSession,
    Passkey,
    PasskeyChallenge,
    PasskeyChallengeKind,
    SecurityEvent,
    SecurityEventKind,
    User,
)
from service.observability import REGISTRY
from tests.accounts.support import CLIENT, mark_verified, prove_session, register, viewer_of
from tests.conftest import make_settings
from tests.helpers import queued_mail, waits_out_the_window
from tests.soft_authenticator import SoftAuthenticator

BOB = {"email": "bob@example.com", "username": "bob_builder"}
NO_SUCH_PASSKEY = InvalidCredentials(message="No such passkey.")


def logins(outcome: str) -> float:
    """The ``accounts_logins_total`` sample of ``outcome`` (0 before its first count)."""
    return REGISTRY.get_sample_value("accounts_logins_total", {"outcome": outcome}) or 0.0


async def account(state: Any, **overrides: Any) -> Viewer:
    """A new account with a verified address, and its fresh (privileged) session."""
    registered = await register(state, **overrides)
    assert isinstance(registered, Authenticated), registered
    await mark_verified(state, registered.user.id)
    viewer = await viewer_of(state, registered.token)
    assert viewer is not None
    return viewer


async def begin_registration(state: Any, viewer: Viewer) -> PasskeyOptionsIssued:
    async with state.unit_of_work() as uow:
        issued = await passkey_registration.begin_registration(uow, state.services, viewer, CLIENT)
    assert isinstance(issued, PasskeyOptionsIssued), issued
    return issued


async def finish_registration(
    state: Any, viewer: Viewer, options: PasskeyOptionsIssued, credential_json: str
) -> object:
    registration = passkey_registration.PasskeyRegistration(
        str(options.challenge_id), credential_json, None
    )
    async with state.unit_of_work() as uow:
        return await passkey_registration.finish_registration(
            uow, state.services, viewer, registration, CLIENT
        )


async def add_passkey(state: Any, viewer: Viewer, authenticator: SoftAuthenticator) -> Passkey:
    options = await begin_registration(state, viewer)
    credential = authenticator.create(options.options_json)
    added = await finish_registration(state, viewer, options, credential)
    assert isinstance(added, PasskeyAdded), added
    return added.passkey


async def begin_login(state: Any, identifier: str | None = None) -> PasskeyOptionsIssued:
    async with state.unit_of_work() as uow:
        issued = await passkey_login.begin_login(uow, state.services, identifier, CLIENT)
    assert isinstance(issued, PasskeyOptionsIssued), issued
    return issued


async def finish_login(state: Any, challenge_id: object, credential_json: str) -> object:
    async with state.unit_of_work() as uow:
        return await passkey_login.finish_login(
            uow, state.services, str(challenge_id), credential_json, CLIENT
        )


async def log_in(
    state: Any, authenticator: SoftAuthenticator, identifier: str | None = None, **spoil: Any
) -> object:
    options = await begin_login(state, identifier)
    answer = authenticator.get(options.options_json, **spoil)
    return await finish_login(state, options.challenge_id, answer)


async def passkeys_of(state: Any, user_id: uuid.UUID) -> list[Passkey]:
    async with state.unit_of_work() as uow:
        return await passkeys.list_passkeys(uow, user_id)


async def event_times(state: Any, user_id: uuid.UUID, kind: SecurityEventKind) -> list[datetime]:
    statement = (
        select(col(SecurityEvent.at))
        .where(col(SecurityEvent.user_id) == user_id, col(SecurityEvent.kind) == kind.value)
        .order_by(col(SecurityEvent.at))
    )
    async with state.session_factory() as db:
        return list((await db.execute(statement)).scalars())


async def challenge_owners(state: Any) -> list[uuid.UUID | None]:
    async with state.session_factory() as db:
        rows = await db.execute(select(col(PasskeyChallenge.user_id)))
        return list(rows.scalars())


def a_minute_ago() -> datetime:
    """A fixed moment, as ``utcnow`` gives them (aware, UTC), that no real clock reads now."""
    return utcnow() - timedelta(minutes=1)


# no database ----------------------------------------------------------------------------------


def test_the_privileged_window_includes_its_last_moment():
    settings = make_settings("sqlite+aiosqlite:///:memory:")
    proved = utcnow()
    window = settings.reauth_window
    factors = Factors(has_password=True, totp=False, passkeys=True)
    methods = (AuthenticationMethod.PASSWORD,)
    assert privileged_until(methods, proved, factors, window) == proved + window
    with_totp = Factors(has_password=True, totp=True, passkeys=True)
    assert privileged_until(methods, proved, with_totp, window) is None
    passkey = (AuthenticationMethod.PASSKEY,)
    assert privileged_until(passkey, proved, with_totp, window) == proved + window


# decoys and challenges (no account needed) ----------------------------------------------------


async def test_no_identifier_is_told_a_credential_id(state):
    """Whatever the identifier names (an account, none, a spelling of either), the options
    list no credential: the browser offers the passkeys it holds."""
    ada = await account(state)
    await add_passkey(state, ada, SoftAuthenticator())
    for identifier in ("ada@example.com", "Ghost@example.com", "ADA_lovelace", None):
        options = json.loads((await begin_login(state, identifier)).options_json)
        assert options["allowCredentials"] == []

    invalid, limited = logins("invalid"), logins("limited")
    assert await finish_login(state, "not-an-id", "{}") == InvalidCredentials()
    assert logins("invalid") == invalid + 1 and logins("limited") == limited


async def test_a_challenge_expiring_at_the_purge_moment_is_purged(state):
    start = utcnow()
    async with state.unit_of_work() as uow:
        expiring = await passkey_challenges.issue(
            uow, state.settings, PasskeyChallengeKind.LOGIN, None, start
        )
        later = await passkey_challenges.issue(
            uow, state.settings, PasskeyChallengeKind.LOGIN, None, start + timedelta(seconds=1)
        )
    async with state.unit_of_work() as uow:
        assert await passkey_challenges.purge_expired(uow, expiring.expires_at) == 1
    async with state.session_factory() as db:
        left = list((await db.execute(select(col(PasskeyChallenge.id)))).scalars())
    assert left == [later.id]


# one account ----------------------------------------------------------------------------------


async def test_register_log_in_and_remove_passkeys(state, monkeypatch):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    laptop = await add_passkey(state, ada, authenticator)
    phone = await add_passkey(state, ada, authenticator)
    assert [p.id for p in await passkeys_of(state, ada.user.id)] == [laptop.id, phone.id]

    with_identifier = await log_in(state, authenticator, "ada_lovelace")
    assert isinstance(with_identifier, Authenticated)
    assert with_identifier.user.id == ada.user.id
    discovered = await log_in(state, authenticator)
    assert isinstance(discovered, Authenticated) and discovered.user.id == ada.user.id

    async def remove(passkey_id: str) -> object:
        async with state.unit_of_work() as uow:
            return await removal.remove_passkey(uow, state.services, ada, passkey_id, CLIENT)

    # an id is read from its first 64 characters only: these 65 name no passkey
    assert await remove("-" * 33 + laptop.id.hex) == NO_SUCH_PASSKEY
    assert await remove(str(uuid.uuid4())) == NO_SUCH_PASSKEY
    assert [p.id for p in await passkeys_of(state, ada.user.id)] == [laptop.id, phone.id]

    moment = a_minute_ago()
    monkeypatch.setattr(removal, "utcnow", lambda: moment)
    assert await remove(str(laptop.id)) == PasskeyRemoved()
    assert [p.id for p in await passkeys_of(state, ada.user.id)] == [phone.id]
    assert await event_times(state, ada.user.id, SecurityEventKind.PASSKEY_REMOVED) == [moment]
    [notice] = await queued_mail(state, "ada@example.com", "passkey_removed")
    assert json.loads(notice.data)["at"] == moment.isoformat(timespec="seconds")


async def test_a_refused_registration_names_the_credential(state):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    options = await begin_registration(state, ada)
    elsewhere = authenticator.create(options.options_json, origin="https://evil.example")
    assert await finish_registration(state, ada, options, elsewhere) == ValidationFailed(
        [
            FieldError(
                "credentialJson",
                "invalid",
                "The passkey could not be verified: create it again from these options.",
            )
        ]
    )
    await add_passkey(state, ada, authenticator)
    taken_id = authenticator.credentials[-1].credential_id
    options = await begin_registration(state, ada)
    again = authenticator.create(options.options_json, credential_id=taken_id)
    assert await finish_registration(state, ada, options, again) == ValidationFailed(
        [FieldError("credentialJson", "taken", "This passkey is already registered.")]
    )
    assert len(await passkeys_of(state, ada.user.id)) == 1


async def _finish_named(state, viewer, authenticator, name, pad_to=None, client=CLIENT):
    options = await begin_registration(state, viewer)
    credential = authenticator.create(options.options_json)
    if pad_to is not None:
        credential += " " * (pad_to - len(credential))
    registration = passkey_registration.PasskeyRegistration(
        str(options.challenge_id), credential, name
    )
    async with state.unit_of_work() as uow:
        return await passkey_registration.finish_registration(
            uow, state.services, viewer, registration, client
        )


async def test_names_and_credentials_at_their_bounds(state):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    limit = webauthn_rp.MAX_CREDENTIAL_JSON
    longest = await _finish_named(state, ada, authenticator, "n" * 64, pad_to=limit)
    assert isinstance(longest, PasskeyAdded) and longest.passkey.name == "n" * 64
    assert await _finish_named(state, ada, authenticator, "n" * 65) == ValidationFailed(
        [FieldError("name", "too_long", "At most 64 characters.")]
    )
    assert await _finish_named(state, ada, authenticator, "bad\x07name") == ValidationFailed(
        [FieldError("name", "invalid_characters", "Control characters.")]
    )
    too_large = await _finish_named(state, ada, authenticator, None, pad_to=limit + 1)
    assert too_large == ValidationFailed(
        [FieldError("credentialJson", "too_large", f"At most {limit} characters.")]
    )


async def test_a_passkey_notice_names_the_account_the_passkey_and_the_client(state):
    ada = await account(state)
    nobody = ClientInfo(ip_address=None, user_agent=None)
    added = await _finish_named(state, ada, SoftAuthenticator(), "Laptop", client=nobody)
    assert isinstance(added, PasskeyAdded)
    agent = ClientInfo(ip_address="198.51.100.7", user_agent="x" * (USER_AGENT_MAX + 10))
    async with state.unit_of_work() as uow:
        removed = await removal.remove_passkey(
            uow, state.services, ada, str(added.passkey.id), agent
        )
    assert removed == PasskeyRemoved()
    [added_notice] = await queued_mail(state, "ada@example.com", "passkey_added")
    [removed_notice] = await queued_mail(state, "ada@example.com", "passkey_removed")
    assert added_notice.user_id == removed_notice.user_id == ada.user.id
    first, second = json.loads(added_notice.data), json.loads(removed_notice.data)
    assert first == {
        "username": "ada_lovelace",
        "passkey_name": "Laptop",
        "ip_address": "",
        "user_agent": "",
        "at": first["at"],
    }
    assert second == {
        "username": "ada_lovelace",
        "passkey_name": "Laptop",
        "ip_address": "198.51.100.7",
        "user_agent": "x" * USER_AGENT_MAX,
        "at": second["at"],
    }


def test_a_challenge_id_is_read_from_its_first_64_characters():
    key = uuid.uuid4()
    assert passkey_challenges.parse_id(str(key)) == key
    assert passkey_challenges.parse_id("-" * 32 + key.hex) == key
    assert passkey_challenges.parse_id("-" * 33 + key.hex) is None


async def test_a_registration_keeps_what_the_authenticator_attested(state, monkeypatch):
    ada = await account(state)
    options = await begin_registration(state, ada)
    user = json.loads(options.options_json)["user"]
    assert (user["name"], user["displayName"]) == ("ada_lovelace", "Ada Lovelace")
    moment = a_minute_ago()
    monkeypatch.setattr(passkey_registration, "utcnow", lambda: moment)
    credential = SoftAuthenticator().create(options.options_json, counter=7)
    added = await finish_registration(state, ada, options, credential)
    assert isinstance(added, PasskeyAdded)
    [row] = await passkeys_of(state, ada.user.id)
    assert (row.sign_count, row.transports, row.name) == (7, "internal,hybrid", "Passkey")
    assert row.created_at == moment or row.created_at == moment.replace(tzinfo=None)
    assert await event_times(state, ada.user.id, SecurityEventKind.PASSKEY_ADDED) == [moment]
    # re-authenticating offers the account's own passkey with the transports it attested
    async with state.unit_of_work() as uow:
        issued = await reauthentication.begin_passkey_reauthentication(
            uow, state.services, ada, CLIENT
        )
    [offered] = json.loads(issued.options_json)["allowCredentials"]
    assert (offered["id"], offered["transports"]) == (row.credential_id, ["internal", "hybrid"])


async def test_passkeys_are_listed_oldest_first_then_by_id(state):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    first = await add_passkey(state, ada, authenticator)
    second = await add_passkey(state, ada, authenticator)
    # the first added gets the higher id, so that the order they were added in is not theirs
    high, low = uuid.UUID(int=2**128 - 1), uuid.UUID(int=1)
    moment = a_minute_ago()
    async with state.session_factory() as db:
        for passkey, key in ((first, high), (second, low)):
            await db.execute(update(Passkey).where(col(Passkey.id) == passkey.id).values(id=key))
        for key, at in ((high, moment), (low, moment + timedelta(seconds=1))):
            await db.execute(update(Passkey).where(col(Passkey.id) == key).values(created_at=at))
        await db.commit()
    assert [p.id for p in await passkeys_of(state, ada.user.id)] == [high, low]
    async with state.session_factory() as db:
        await db.execute(update(Passkey).values(created_at=moment))
        await db.commit()
    assert [p.id for p in await passkeys_of(state, ada.user.id)] == [low, high]


async def test_registrations_are_budgeted_per_account(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_registrations_per_user="1/hour")
    ada, bob = await account(state), await account(state, **BOB)
    await begin_registration(state, ada)
    async with state.unit_of_work() as uow:
        assert isinstance(
            await passkey_registration.begin_registration(uow, state.services, ada, CLIENT),
            RateLimited,
        )
    await begin_registration(state, bob)


async def test_an_identifier_with_a_nul_character_names_no_account(state):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    await add_passkey(state, ada, authenticator)
    options = await begin_login(state, "ada_lovelace\x00")
    assert json.loads(options.options_json)["allowCredentials"] == []
    answer = authenticator.get(options.options_json)
    assert await finish_login(state, options.challenge_id, answer) == InvalidCredentials()


async def test_a_wrong_assertion_is_refused_counted_and_recorded_at_its_moment(state, monkeypatch):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    await add_passkey(state, ada, authenticator)
    moment = a_minute_ago()
    monkeypatch.setattr(assertions, "utcnow", lambda: moment)
    invalid = logins("invalid")
    assert await log_in(state, authenticator, spoil_signature=True) == InvalidCredentials()
    assert logins("invalid") == invalid + 1
    assert await event_times(state, ada.user.id, SecurityEventKind.LOGIN_FAILED) == [moment]


async def test_a_counter_that_does_not_grow_past_the_stored_one_is_refused(state, monkeypatch):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    passkey = await add_passkey(state, ada, authenticator)
    async with state.session_factory() as db:
        await db.execute(update(Passkey).where(col(Passkey.id) == passkey.id).values(sign_count=5))
        await db.commit()
    moment = a_minute_ago()
    monkeypatch.setattr(assertions, "utcnow", lambda: moment)
    assert await log_in(state, authenticator, counter=0) == InvalidCredentials()
    async with state.session_factory() as db:
        row = await db.get(Passkey, passkey.id)
    assert row is not None and row.sign_count == 5 and row.clone_detected_at == moment
    assert await event_times(state, ada.user.id, SecurityEventKind.LOGIN_FAILED) == [moment]


@pytest.mark.parametrize(("stored", "answered"), [(1, 1), (1, 0)])
async def test_a_counter_at_or_below_a_stored_non_zero_one_is_a_clone(
    make_state, caplog, stored, answered
):
    state = make_state(rate_limit_enabled=True)
    ada = await account(state)
    authenticator = SoftAuthenticator()
    passkey = await add_passkey(state, ada, authenticator)
    async with state.session_factory() as db:
        await db.execute(
            update(Passkey).where(col(Passkey.id) == passkey.id).values(sign_count=stored)
        )
        await db.commit()
    caplog.set_level(logging.WARNING, logger="service.accounts")
    assert await log_in(state, authenticator, counter=answered) == InvalidCredentials()
    assert [r.getMessage() for r in caplog.records if r.name == "service.accounts"] == [
        f"passkey {passkey.id} answered with signature counter {answered}, not above the "
        f"stored {stored}: a cloned authenticator or a replay; refused"
    ]
    # the refusal costs the owner nothing: a counter that grew signs in
    assert isinstance(await log_in(state, authenticator, counter=stored + 1), Authenticated)


async def test_two_logins_answering_one_counter_value_have_one_winner(state):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    await add_passkey(state, ada, authenticator)
    first, second = await begin_login(state), await begin_login(state)
    answers = [authenticator.get(o.options_json, counter=1) for o in (first, second)]
    results = await asyncio.gather(
        finish_login(state, first.challenge_id, answers[0]),
        finish_login(state, second.challenge_id, answers[1]),
    )
    assert sorted(type(result).__name__ for result in results) == [
        "Authenticated",
        "InvalidCredentials",
    ]
    [row] = await passkeys_of(state, ada.user.id)
    assert row.sign_count == 1


# signing in: the email's verification, the device, each address's budget ---------------------


async def test_an_unverified_email_stops_a_passkey_login_only_where_verification_is_required(
    make_state,
):
    lax, strict = make_state(), make_state(require_verified_email=True)  # one database
    ada = await account(lax)
    authenticator = SoftAuthenticator()
    await add_passkey(lax, ada, authenticator)
    async with lax.unit_of_work() as uow:  # an address that stopped being verified
        user = await users.find_user(uow, "ada_lovelace")
        user.email_verified = False
    mails = len(await queued_mail(lax, "ada@example.com", "verify_email"))
    unverified = logins("unverified")
    asked = await log_in(strict, authenticator)
    assert isinstance(asked, EmailNotVerified) and asked.handle.startswith("cod_")
    assert logins("unverified") == unverified + 1
    assert len(await queued_mail(lax, "ada@example.com", "verify_email")) == mails + 1
    assert isinstance(await log_in(lax, authenticator), Authenticated)
    async with strict.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        user.email_verified = True
    verified = await log_in(strict, authenticator)
    assert isinstance(verified, Authenticated) and verified.user.id == ada.user.id
    async with strict.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        user.email_verified = False
        await users.set_status(uow, user, AccountStatus.SUSPENDED)
    assert await log_in(strict, authenticator) == AccountSuspended()


async def test_a_passkey_login_keeps_the_device_it_came_from(state):
    ada = await account(state)
    authenticator = SoftAuthenticator()
    await add_passkey(state, ada, authenticator)
    first = await log_in(state, authenticator)
    assert isinstance(first, Authenticated)
    options = await begin_login(state)
    answer = authenticator.get(options.options_json)
    async with state.unit_of_work() as uow:
        again = await passkey_login.finish_login(
            uow, state.services, str(options.challenge_id), answer, CLIENT, first.device_token
        )
    assert isinstance(again, Authenticated) and again.device_token == first.device_token


async def test_each_address_has_its_own_passkey_login_budget(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_login_per_ip="2/hour")
    clients = [ClientInfo(ip_address=f"198.51.100.{n}", user_agent="unit-test") for n in (1, 2, 3)]
    for client in clients:  # a begin and a finish each, within each address's two
        async with state.unit_of_work() as uow:
            issued = await passkey_login.begin_login(uow, state.services, None, client)
            assert isinstance(issued, PasskeyOptionsIssued), issued
            refused = await passkey_login.finish_login(uow, state.services, "x", "{}", client)
            assert refused == InvalidCredentials()
    async with state.unit_of_work() as uow:
        spent = await passkey_login.begin_login(uow, state.services, None, clients[0])
    assert isinstance(spent, RateLimited)


# budgets --------------------------------------------------------------------------------------


async def test_each_passkey_budget_counts_down_its_own_wait(monkeypatch):
    now = [time.time()]  # the windows' clock (the wall clock), moved on by hand
    monkeypatch.setattr(time, "time", lambda: now[0])
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        rate_limit_enabled=True,
        rate_limit_passkey_login_per_ip="1/2 seconds",
        rate_limit_passkey_registrations_per_user="1/2 seconds",
    )
    limits = PasskeyLimits(settings, AttemptLimiter(settings))
    assert await limits.login_attempt("198.51.100.7") is None
    assert await limits.registration("user-a") is None
    now[0] += 1.3
    spent = (await limits.login_attempt("198.51.100.7"), await limits.registration("user-a"))
    assert spent == (RateLimited(retry_after_seconds=1),) * 2
    assert await limits.login_attempt("198.51.100.8") is None  # each its own key
    assert await limits.registration("user-b") is None


async def test_an_ipv6_network_shares_one_passkey_login_budget_and_is_told_the_wait(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_login_per_ip="2/hour")

    async def begin(ip):
        client = ClientInfo(ip_address=ip, user_agent="unit-test")
        async with state.unit_of_work() as uow:
            return await passkey_login.begin_login(uow, state.services, None, client)

    for ip in ("2001:db8:0:1::1", "2001:db8:0:1::2"):  # one /64
        assert isinstance(await begin(ip), PasskeyOptionsIssued)
    spent = await begin("2001:db8:0:1:ffff::3")
    assert isinstance(spent, RateLimited)
    assert waits_out_the_window(spent.retry_after_seconds, 3600)
    assert isinstance(await begin("2001:db8:0:2::1"), PasskeyOptionsIssued)  # the next /64


async def test_a_spent_address_budget_is_counted_as_limited(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_login_per_ip="1/hour")
    limited = logins("limited")
    assert await finish_login(state, "not-an-id", "{}") == InvalidCredentials()
    assert logins("limited") == limited
    assert isinstance(await finish_login(state, "not-an-id", "{}"), RateLimited)
    assert logins("limited") == limited + 1


async def test_forged_answers_spend_no_budget_of_the_account(make_state):
    """No budget per account: answers that name a passkey and fail verification (anyone can
    make them, signatures cannot be guessed) never refuse the owner's own passkey."""
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_login_per_ip="100/hour")
    ada = await account(state)
    adas = SoftAuthenticator()
    await add_passkey(state, ada, adas)
    for _ in range(25):
        assert await log_in(state, adas, spoil_signature=True) == InvalidCredentials()
    limited = logins("limited")
    owner = await log_in(state, adas, "ada_lovelace")
    assert isinstance(owner, Authenticated) and owner.user.id == ada.user.id
    assert logins("limited") == limited


# the account's deletion -----------------------------------------------------------------------


@pytest.mark.parametrize("deleted", ["ada", "bob"])
async def test_deleting_an_account_takes_only_its_passkeys_and_challenges(state, deleted):
    """The foreign keys cascade, on both databases: deleting the account's row is enough."""
    viewers = {"ada": await account(state), "bob": await account(state, **BOB)}
    for viewer in viewers.values():
        await add_passkey(state, viewer, SoftAuthenticator())
        await begin_registration(state, viewer)  # a pending challenge
    await begin_login(state)  # a discoverable challenge belongs to no account
    gone = viewers.pop(deleted).user.id
    [(_, kept)] = viewers.items()
    async with state.unit_of_work() as uow:
        await uow.session.delete(await uow.session.get(User, gone))
    assert await passkeys_of(state, gone) == []
    assert len(await passkeys_of(state, kept.user.id)) == 1
    owners = await challenge_owners(state)
    assert sorted(owners, key=str) == sorted([kept.user.id, None], key=str)


def test_challenges_are_kept_as_unpadded_base64url_and_read_back():
    for data in (bytes(range(32)), bytes([23]) * 33, b"\xff" * 31):
        text = passkey_challenges._b64url(data)
        assert "=" not in text and passkey_challenges._unb64url(text) == data
    assert passkey_challenges._b64url(bytes([23]) * 33).endswith("X")


async def test_a_passkey_challenge_is_consumed_only_before_it_expires(state):
    async with state.unit_of_work() as uow:
        issued = await passkey_challenges.issue(
            uow, state.settings, PasskeyChallengeKind.LOGIN, None
        )
    async with state.unit_of_work() as uow:
        consumed = await passkey_challenges.consume(
            uow, issued.id, (PasskeyChallengeKind.LOGIN,), now=issued.expires_at
        )
        assert consumed is None
    async with state.unit_of_work() as uow:
        just_before = issued.expires_at - timedelta(microseconds=1)
        consumed = await passkey_challenges.consume(
            uow, issued.id, (PasskeyChallengeKind.LOGIN,), now=just_before
        )
        assert consumed is not None


# what only the end-to-end tests used to notice (the mutation run's in-process files) ----------


async def test_a_passkey_is_added_only_to_a_proved_address_from_a_privileged_session(state):
    registered = await register(state)
    assert isinstance(registered, Authenticated)
    viewer = await viewer_of(state, registered.token)
    assert viewer is not None
    async with state.unit_of_work() as uow:  # the address is not proved yet
        refused = await passkey_registration.begin_registration(uow, state.services, viewer, CLIENT)
    assert isinstance(refused, EmailNotVerified)
    await mark_verified(state, viewer.user.id)
    options = await begin_registration(state, viewer)  # fresh sign-in: privileged
    authenticator = SoftAuthenticator()
    credential = authenticator.create(options.options_json)
    stale = utcnow() - state.services.settings.reauth_window - timedelta(seconds=1)
    await prove_session(state, viewer, "PASSWORD", at=stale)
    finished = await finish_registration(state, viewer, options, credential)
    assert isinstance(finished, ReauthenticationRequired), finished
    async with state.unit_of_work() as uow:
        again = await passkey_registration.begin_registration(uow, state.services, viewer, CLIENT)
    assert isinstance(again, ReauthenticationRequired), again
    assert await passkeys_of(state, viewer.user.id) == []


async def test_an_account_has_a_passkey_only_when_one_is_its_own(state):
    ada = await account(state)
    bob = await account(state, email="bob@example.com", username="bob_builder")
    await add_passkey(state, bob, SoftAuthenticator())
    async with state.unit_of_work() as uow:
        assert not await passkeys.has_passkey(uow, ada.user.id)
        assert await passkeys.has_passkey(uow, bob.user.id)


# re-authentication (``signin.reauthentication``) ------------------------------------------------

Reauthentication = reauthentication.Reauthentication


def test_a_reauthentication_says_which_parts_are_missing():
    missing, error = reauthentication._missing, FieldError
    both = "Send both passkey fields."
    assert missing(Reauthentication(passkey_challenge_id="c"), True, True) == [
        error("passkeyCredentialJson", "required", both)
    ]
    assert missing(Reauthentication(passkey_credential_json="{}"), False, False) == [
        error("passkeyChallengeId", "required", both)
    ]
    assert (
        missing(
            Reauthentication(passkey_challenge_id="c", passkey_credential_json="{}"), True, True
        )
        == []
    )
    assert missing(Reauthentication(password="p"), False, False) == [
        error("password", "no_password", "This account has no password: use a passkey.")
    ]
    assert missing(Reauthentication(), True, False) == [
        error("password", "required", "The password is required.")
    ]
    assert missing(Reauthentication(password="p"), True, False) == []
    assert missing(Reauthentication(password="p", code="1"), True, False) == []
    required = error("code", "required", "A code of the second factor is required too.")
    assert missing(Reauthentication(password="p"), True, True) == [required]
    assert missing(Reauthentication(), True, True) == [
        error("password", "required", "The password is required."),
        required,
    ]
    conflict = error("recoveryCode", "conflict", "Send either code or recoveryCode, not both.")
    assert missing(Reauthentication(password="p", code="1", recovery_code="r"), True, False) == [
        conflict
    ]
    assert missing(Reauthentication(password="p", recovery_code="r"), True, True) == []
    assert missing(Reauthentication(password="p", code="1"), True, True) == []


async def _reauthenticate(state, viewer, **parts):
    async with state.unit_of_work() as uow:
        return await reauthentication.reauthenticate(
            uow, state.services, viewer, Reauthentication(**parts), CLIENT
        )


async def _session_proof(state, viewer):
    async with state.session_factory() as db:
        row = await db.get(AuthSession, viewer.session.id)
        return row.methods, row.authenticated_at


async def test_the_password_reauthenticates_a_session_and_a_wrong_one_does_not(state):
    from tests.conftest import PASSWORD

    viewer = await account(state)
    stale = utcnow() - timedelta(hours=1)
    await prove_session(state, viewer, "PASSKEY", at=stale)
    wrong = await _reauthenticate(state, viewer, password="Not-The-Password-1")
    assert isinstance(wrong, InvalidCredentials), wrong
    methods, at = await _session_proof(state, viewer)
    assert (
        methods == "PASSKEY"
        and abs((at.replace(tzinfo=None) - stale.replace(tzinfo=None)).total_seconds()) < 1
    )
    missing = await _reauthenticate(state, viewer)
    assert missing == ValidationFailed(
        [FieldError("password", "required", "The password is required.")]
    )
    before = utcnow()
    done = await _reauthenticate(state, viewer, password=PASSWORD)
    assert isinstance(done, Reauthenticated), done
    window = state.services.settings.reauth_window
    assert before + window <= done.privileged_until <= utcnow() + window
    methods, at = await _session_proof(state, viewer)
    assert methods == "PASSWORD"
    assert viewer.session.methods == (AuthenticationMethod.PASSWORD,)


async def test_a_passkey_reauthenticates_only_its_own_account(state):
    ada = await account(state)
    bob = await account(state, email="bob@example.com", username="bob_builder")
    ada_key, bob_key = SoftAuthenticator(), SoftAuthenticator()
    await add_passkey(state, ada, ada_key)
    await add_passkey(state, bob, bob_key)
    await prove_session(state, ada, "PASSWORD", at=utcnow() - timedelta(hours=1))
    async with state.unit_of_work() as uow:
        issued = await reauthentication.begin_passkey_reauthentication(
            uow, state.services, ada, CLIENT
        )
    foreign = bob_key.get(issued.options_json, credential=bob_key.credentials[0])
    refused = await _reauthenticate(
        state, ada, passkey_challenge_id=str(issued.challenge_id), passkey_credential_json=foreign
    )
    assert refused == InvalidCredentials(message=reauthentication.PASSKEY_REFUSED)
    async with state.unit_of_work() as uow:
        issued = await reauthentication.begin_passkey_reauthentication(
            uow, state.services, ada, CLIENT
        )
    own = ada_key.get(issued.options_json)
    done = await _reauthenticate(
        state, ada, passkey_challenge_id=str(issued.challenge_id), passkey_credential_json=own
    )
    assert isinstance(done, Reauthenticated), done
    assert (await _session_proof(state, ada))[0] == "PASSKEY"


async def test_a_session_ended_meanwhile_is_not_reauthenticated(state):
    from service.accounts.sessions import logouts
    from tests.conftest import PASSWORD

    viewer = await account(state)
    async with state.unit_of_work() as uow:
        await logouts.logout_everywhere(uow, viewer, CLIENT)
    ended = await _reauthenticate(state, viewer, password=PASSWORD)
    assert ended == InvalidCredentials(message=reauthentication.SESSION_ENDED)


async def _remove(state, viewer, passkey_id):
    async with state.unit_of_work() as uow:
        return await removal.remove_passkey(uow, state.services, viewer, passkey_id, CLIENT)


async def test_removing_a_passkey_is_privileged_keeps_the_last_way_in_and_is_recorded(state):
    ada = await account(state)
    bob = await account(state, email="bob@example.com", username="bob_builder")
    first = await add_passkey(state, ada, SoftAuthenticator())
    second = await add_passkey(state, ada, SoftAuthenticator())
    bobs = await add_passkey(state, bob, SoftAuthenticator())
    assert await _remove(state, ada, "not-a-uuid") == NO_SUCH_PASSKEY
    assert await _remove(state, ada, str(bobs.id)) == NO_SUCH_PASSKEY  # another account's
    assert await _remove(state, ada, str(uuid.uuid4())) == NO_SUCH_PASSKEY
    await prove_session(state, ada, "PASSWORD", at=utcnow() - timedelta(hours=1))
    stale = await _remove(state, ada, str(first.id))
    assert isinstance(stale, ReauthenticationRequired), stale
    await prove_session(state, ada, "PASSKEY")
    async with state.session_factory() as db:  # no password: the passkeys are the way in
        await db.execute(update(User).where(col(User.id) == ada.user.id).values(password_hash=None))
        await db.commit()
    assert isinstance(await _remove(state, ada, str(first.id)), PasskeyRemoved)
    last = await _remove(state, ada, str(second.id))
    assert last == ValidationFailed([FieldError("id", "last_way_in", removal.LAST_WAY_IN)])
    assert [p.id for p in await passkeys_of(state, ada.user.id)] == [second.id]
    assert [p.id for p in await passkeys_of(state, bob.user.id)] == [bobs.id]
    assert len(await event_times(state, ada.user.id, SecurityEventKind.PASSKEY_REMOVED)) == 1
    [notice] = await queued_mail(state, "ada@example.com", "passkey_removed")
    assert json.loads(notice.data)["passkey_name"] == first.name
    # a linked external identity is a way in too: the last passkey may go
    from service.db.models import ExternalIdentity

    async with state.session_factory() as db:
        db.add(
            ExternalIdentity(
                user_id=ada.user.id, provider="acme", subject="ada", linked_at=utcnow()
            )
        )
        await db.commit()
    assert isinstance(await _remove(state, ada, str(second.id)), PasskeyRemoved)
    assert await passkeys_of(state, ada.user.id) == []
