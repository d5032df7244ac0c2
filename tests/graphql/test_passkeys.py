"""Passkeys through the ASGI app, with a software authenticator (``tests.soft_authenticator``):
registration, listing, removal, and logging in with and without an identifier, against every
way an answer can be wrong."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from service.accounts.passkeys import registration as passkey_registration
from service.accounts.profile import users
from service.clock import utcnow
from service.db.models import (
    AccountStatus,
    AuthSession,
    Passkey,
    PasskeyChallenge,
    SecurityEvent,
)
from tests.conftest import PASSWORD
from tests.graphql.test_email_flows import count
from tests.graphql.test_two_factor import clock  # noqa: F401 (a fixture)
from tests.helpers import (
    DELETE_ACCOUNT,
    ME,
    login,
    queued_mail,
    register,
    register_verified,
)
from tests.soft_authenticator import FLAG_UP, FLAG_UV, SoftAuthenticator, b64url

OPTIONS_FIELDS = """
    __typename
    ... on PasskeyOptions { challengeId optionsJson }
    ... on RateLimited { message retryAfterSeconds }
"""
BEGIN_REGISTRATION = f"mutation {{ beginPasskeyRegistration {{ {OPTIONS_FIELDS} }} }}"
FINISH_REGISTRATION = """
mutation Finish($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) {
    __typename
    ... on PasskeyAdded { passkey { id name createdAt lastUsedAt } }
    ... on ValidationError { message fields { field code message } }
    ... on InvalidCode { message }
  }
}
"""
BEGIN_LOGIN = f"""
mutation Begin($input: BeginPasskeyLoginInput!) {{
  beginPasskeyLogin(input: $input) {{ {OPTIONS_FIELDS} }}
}}
"""
FINISH_LOGIN = """
mutation Finish($input: FinishPasskeyLoginInput!) {
  finishPasskeyLogin(input: $input) {
    __typename
    ... on AuthSuccess { token deviceToken user { username } }
    ... on InvalidCredentials { message }
    ... on AccountSuspended { message }
    ... on RateLimited { message retryAfterSeconds }
    ... on EmailNotVerified { message }
  }
}
"""
PASSKEYS = "query { passkeys { id name createdAt lastUsedAt } }"
REMOVE = """
mutation Remove($id: ID!) {
  removePasskey(id: $id) {
    __typename
    ... on PasskeyRemoved { message }
    ... on InvalidCredentials { message }
    ... on ReauthenticationRequired { message methods passwordRequired }
    ... on ValidationError { fields { field code message } }
  }
}
"""
INVALID = {"__typename": "InvalidCredentials", "message": "Invalid credentials."}
NO_SUCH_PASSKEY = {"__typename": "InvalidCredentials", "message": "No such passkey."}


async def data(gql, query, variables=None, token=None):
    body = await gql(query, variables, token=token)
    assert "errors" not in body, body
    return body["data"]


async def begin_registration(gql, token):
    options = (await data(gql, BEGIN_REGISTRATION, token=token))["beginPasskeyRegistration"]
    assert options["__typename"] == "PasskeyOptions", options
    return options


async def finish_registration(gql, token, challenge_id, credential_json, name=None):
    variables = {"input": {"challengeId": challenge_id, "credentialJson": credential_json}}
    if name is not None:
        variables["input"]["name"] = name
    return (await data(gql, FINISH_REGISTRATION, variables, token))["finishPasskeyRegistration"]


async def add_passkey(gql, token, authenticator, name=None):
    options = await begin_registration(gql, token)
    credential = authenticator.create(options["optionsJson"])
    added = await finish_registration(gql, token, options["challengeId"], credential, name)
    assert added["__typename"] == "PasskeyAdded", added
    return added["passkey"]


async def begin_login(gql, identifier=None):
    variables = {"input": {} if identifier is None else {"identifier": identifier}}
    return (await data(gql, BEGIN_LOGIN, variables))["beginPasskeyLogin"]


async def finish_login(gql, challenge_id, credential_json, device_token=None):
    variables = {"input": {"challengeId": challenge_id, "credentialJson": credential_json}}
    if device_token is not None:
        variables["input"]["deviceToken"] = device_token
    return (await data(gql, FINISH_LOGIN, variables))["finishPasskeyLogin"]


async def passkey_login(gql, authenticator, identifier=None, **spoil):
    options = await begin_login(gql, identifier)
    assert options["__typename"] == "PasskeyOptions", options
    return await finish_login(
        gql, options["challengeId"], authenticator.get(options["optionsJson"], **spoil)
    )


async def event_kinds(state, user_id=None):
    async with state.session_factory() as db:
        statement = select(SecurityEvent.kind).order_by(SecurityEvent.at)
        if user_id is not None:
            statement = statement.where(SecurityEvent.user_id == user_id)
        return [row[0] for row in await db.execute(statement)]


@pytest.fixture
async def ada(gql):
    registered = await register_verified(gql)
    return registered["token"], uuid.UUID(registered["user"]["id"])


# registration and listing ---------------------------------------------------------------------


async def test_register_several_passkeys_and_list_them(gql, state, ada):
    token, user_id = ada
    authenticator = SoftAuthenticator()
    options = await begin_registration(gql, token)
    parsed = json.loads(options["optionsJson"])
    assert parsed["rp"] == {"id": "localhost", "name": "accounts"}
    assert parsed["user"]["id"] == b64url(user_id.bytes)
    assert parsed["user"]["name"] == "ada_lovelace"
    assert parsed["authenticatorSelection"]["residentKey"] == "required"
    assert parsed["authenticatorSelection"]["userVerification"] == "required"
    assert parsed["attestation"] == "none"
    assert parsed["excludeCredentials"] == []
    credential = authenticator.create(options["optionsJson"])
    first = await finish_registration(gql, token, options["challengeId"], credential, "Laptop")
    assert first["__typename"] == "PasskeyAdded"
    assert first["passkey"]["name"] == "Laptop" and first["passkey"]["lastUsedAt"] is None

    second_options = await begin_registration(gql, token)
    excluded = json.loads(second_options["optionsJson"])["excludeCredentials"]
    assert [entry["id"] for entry in excluded] == [json.loads(credential)["id"]]
    second = await finish_registration(
        gql,
        token,
        second_options["challengeId"],
        authenticator.create(second_options["optionsJson"]),
    )
    assert second["passkey"]["name"] == "Passkey"

    listed = (await data(gql, PASSKEYS, token=token))["passkeys"]
    assert [p["id"] for p in listed] == [first["passkey"]["id"], second["passkey"]["id"]]
    assert await event_kinds(state, user_id) == [
        "REGISTERED",
        "EMAIL_VERIFIED",
        "PASSKEY_ADDED",
        "PASSKEY_ADDED",
    ]
    notices = await queued_mail(state, "ada@example.com", "passkey_added")
    assert [json.loads(m.data)["passkey_name"] for m in notices] == ["Laptop", "Passkey"]
    unauthenticated = await gql(PASSKEYS)
    assert unauthenticated["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    begin_anonymously = await gql(BEGIN_REGISTRATION)
    assert begin_anonymously["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_passkeys_lists_only_the_callers_own(gql, ada):
    token, _ = ada
    await add_passkey(gql, token, SoftAuthenticator())
    bob = (await register_verified(gql, email="bob@example.com", username="bob_builder"))["token"]
    assert (await data(gql, PASSKEYS, token=bob))["passkeys"] == []


async def test_a_registration_challenge_is_single_use_bound_and_short_lived(gql, state, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    options = await begin_registration(gql, token)
    credential = authenticator.create(options["optionsJson"])
    bob = (await register_verified(gql, email="bob@example.com", username="bob_builder"))["token"]
    bobs = await finish_registration(gql, bob, options["challengeId"], credential)
    assert bobs["__typename"] == "InvalidCode"  # bound to ada
    assert (await finish_registration(gql, token, options["challengeId"], credential))[
        "__typename"
    ] == "PasskeyAdded"
    again = await finish_registration(gql, token, options["challengeId"], credential)
    assert again == {
        "__typename": "InvalidCode",
        "message": "The challenge is unknown, expired or used: begin again.",
    }
    unknown = await finish_registration(gql, token, str(uuid.uuid4()), credential)
    assert unknown["__typename"] == "InvalidCode"
    assert (await finish_registration(gql, token, "not-an-id", credential))[
        "__typename"
    ] == "InvalidCode"

    expiring = await begin_registration(gql, token)
    async with state.session_factory() as db:
        await db.execute(
            update(PasskeyChallenge).values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await db.commit()
    late = authenticator.create(expiring["optionsJson"])
    assert (await finish_registration(gql, token, expiring["challengeId"], late))[
        "__typename"
    ] == "InvalidCode"


def _invalid_credential(result, code="invalid"):
    assert result["__typename"] == "ValidationError", result
    assert [(f["field"], f["code"]) for f in result["fields"]] == [("credentialJson", code)]


async def test_a_registration_from_another_origin_or_rp_id_is_refused(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    for spoil in (
        {"origin": "http://localhost:8001"},
        {"origin": "https://evil.example"},
        {"rp_id": "evil.example"},
        {"flags": FLAG_UP},  # no user verification
        {"client_data": {"crossOrigin": True, "topOrigin": "https://evil.example"}},  # framed
    ):
        options = await begin_registration(gql, token)
        credential = authenticator.create(options["optionsJson"], **spoil)
        _invalid_credential(
            await finish_registration(gql, token, options["challengeId"], credential)
        )
    # an answer to another challenge
    first, second = await begin_registration(gql, token), await begin_registration(gql, token)
    credential = authenticator.create(first["optionsJson"])
    _invalid_credential(await finish_registration(gql, token, second["challengeId"], credential))
    assert (await data(gql, PASSKEYS, token=token))["passkeys"] == []


MALFORMED = [
    "not json",
    "",
    "[]",
    "null",
    '"a string"',
    '{"id": 1}',
    '{"id": "AA", "rawId": "AA", "type": "public-key", "response": "nope"}',
    '{"id": "AA", "rawId": "AA", "type": "public-key", "response": {"clientDataJSON": "%%%",'
    ' "attestationObject": "!!", "authenticatorData": "??", "signature": "--"}}',
    '{"id": "AA", "rawId": "AA", "type": "public-key", "response": {"clientDataJSON": "AAAA",'
    ' "attestationObject": "AAAA", "authenticatorData": "AAAA", "signature": "AAAA"}}',
    "[" * 5000 + "]" * 5000,
    '{"x": "' + "A" * 20000 + '"}',
]


@pytest.mark.parametrize("credential_json", MALFORMED)
async def test_malformed_credential_json_is_a_typed_answer(gql, ada, credential_json):
    token, _ = ada
    options = await begin_registration(gql, token)
    result = await finish_registration(gql, token, options["challengeId"], credential_json)
    _invalid_credential(result, "too_large" if len(credential_json) > 16 * 1024 else "invalid")
    await add_passkey(gql, token, SoftAuthenticator())
    login_options = await begin_login(gql, "ada_lovelace")
    assert await finish_login(gql, login_options["challengeId"], credential_json) == INVALID


async def test_a_long_or_broken_name_is_refused_before_the_challenge_is_used(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    options = await begin_registration(gql, token)
    credential = authenticator.create(options["optionsJson"])
    for name, code in (("x" * 65, "too_long"), ("bad\x07name", "invalid_characters")):
        refused = await finish_registration(gql, token, options["challengeId"], credential, name)
        assert [(f["field"], f["code"]) for f in refused["fields"]] == [("name", code)]
    added = await finish_registration(gql, token, options["challengeId"], credential, " Phone ")
    assert added["passkey"]["name"] == "Phone"


async def test_a_credential_registers_once(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    taken_id = authenticator.credentials[0].credential_id
    bob = (await register_verified(gql, email="bob@example.com", username="bob_builder"))["token"]
    for caller in (token, bob):
        options = await begin_registration(gql, caller)
        again = authenticator.create(options["optionsJson"], credential_id=taken_id)
        result = await finish_registration(gql, caller, options["challengeId"], again)
        _invalid_credential(result, "taken")
    assert len((await data(gql, PASSKEYS, token=token))["passkeys"]) == 1
    assert (await data(gql, PASSKEYS, token=bob))["passkeys"] == []


async def test_one_credential_registered_by_accounts_concurrently_is_added_once(gql, ada):
    """Racing finishes that name one credential id: one is added, every other finish gets the
    typed ``taken`` (the unique index decides on PostgreSQL), and each challenge is used up."""
    tokens = [ada[0]] + [
        (await register_verified(gql, email=f"racer{i}@example.com", username=f"racer_{i}"))[
            "token"
        ]
        for i in range(5)
    ]
    authenticator = SoftAuthenticator()
    options = [await begin_registration(gql, token) for token in tokens]
    credentials = [
        authenticator.create(o["optionsJson"], credential_id=b"one credential id") for o in options
    ]
    results = await asyncio.gather(
        *(
            finish_registration(gql, token, o["challengeId"], credential)
            for token, o, credential in zip(tokens, options, credentials, strict=True)
        )
    )
    assert sorted(r["__typename"] for r in results) == ["PasskeyAdded"] + ["ValidationError"] * 5
    for result in results:
        if result["__typename"] != "PasskeyAdded":
            _invalid_credential(result, "taken")
    for token, o, credential in zip(tokens, options, credentials, strict=True):
        used = await finish_registration(gql, token, o["challengeId"], credential)
        assert used["__typename"] == "InvalidCode", used
    counts = [len((await data(gql, PASSKEYS, token=token))["passkeys"]) for token in tokens]
    assert sum(counts) == 1, counts


async def test_concurrent_registrations_stop_at_the_cap(gql, ada, monkeypatch):
    """Finishes of one account racing past the cap: the account row is locked while counting,
    so only as many as fit are added and the others answer ``too_many``."""
    monkeypatch.setattr(passkey_registration, "MAX_PASSKEYS_PER_USER", 2)
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    options = [await begin_registration(gql, token) for _ in range(4)]
    results = await asyncio.gather(
        *(
            finish_registration(
                gql, token, o["challengeId"], authenticator.create(o["optionsJson"])
            )
            for o in options
        )
    )
    assert sorted(r["__typename"] for r in results) == ["PasskeyAdded"] + ["ValidationError"] * 3
    for result in results:
        if result["__typename"] != "PasskeyAdded":
            _invalid_credential(result, "too_many")
    assert len((await data(gql, PASSKEYS, token=token))["passkeys"]) == 2


async def test_the_named_id_must_be_the_attested_one(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    options = await begin_registration(gql, token)
    named = authenticator.create(options["optionsJson"], named_id=b"another id")
    _invalid_credential(await finish_registration(gql, token, options["challengeId"], named))


# logging in -----------------------------------------------------------------------------------


async def test_log_in_with_an_identifier(gql, state, ada):
    token, user_id = ada
    authenticator = SoftAuthenticator()
    passkey = await add_passkey(gql, token, authenticator)
    options = await begin_login(gql, "ADA@example.com")
    parsed = json.loads(options["optionsJson"])
    assert parsed["rpId"] == "localhost" and parsed["userVerification"] == "required"
    assert parsed["allowCredentials"] == []  # no credential id is ever told to a stranger
    result = await finish_login(
        gql, options["challengeId"], authenticator.get(options["optionsJson"])
    )
    assert result["__typename"] == "AuthSuccess", result
    assert result["user"]["username"] == "ada_lovelace"
    me = await data(gql, ME, token=result["token"])
    assert me["me"]["username"] == "ada_lovelace"
    [listed] = (await data(gql, PASSKEYS, token=token))["passkeys"]
    assert listed["id"] == passkey["id"] and listed["lastUsedAt"] is not None
    assert (await event_kinds(state, user_id))[-1] == "LOGIN"
    assert len(await queued_mail(state, "ada@example.com", "new_signin")) == 1
    # a device token from that login: no new-sign-in notice the next time
    options = await begin_login(gql, "ada_lovelace")
    again = await finish_login(
        gql,
        options["challengeId"],
        authenticator.get(options["optionsJson"]),
        result["deviceToken"],
    )
    assert again["__typename"] == "AuthSuccess" and again["deviceToken"] == result["deviceToken"]
    assert len(await queued_mail(state, "ada@example.com", "new_signin")) == 1


async def test_log_in_with_a_discoverable_credential(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    options = await begin_login(gql)
    assert json.loads(options["optionsJson"])["allowCredentials"] == []
    result = await finish_login(
        gql, options["challengeId"], authenticator.get(options["optionsJson"])
    )
    assert result["__typename"] == "AuthSuccess" and result["user"]["username"] == "ada_lovelace"
    blank = await begin_login(gql, "  ")
    assert json.loads(blank["optionsJson"])["allowCredentials"] == []


async def test_an_identifier_gets_the_same_options_whatever_it_names(gql, state, ada):
    """An account with passkeys, one without, and no account: options of one shape, none of
    them listing a credential id."""
    token, _ = ada
    bob = (await register_verified(gql, email="bob@example.com", username="bob_builder"))["token"]
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)

    def shape(options):
        parsed = json.loads(options["optionsJson"])
        parsed.pop("challenge")
        return parsed

    with_passkey = await begin_login(gql, "ada_lovelace")
    known_without = await begin_login(gql, "bob_builder")
    unknown = await begin_login(gql, "ghost")
    assert shape(with_passkey) == shape(known_without) == shape(unknown)
    assert shape(unknown)["allowCredentials"] == []
    # ada's passkey cannot answer a challenge issued for another identifier
    for options in (known_without, unknown):
        credential = authenticator.get(
            options["optionsJson"], credential=authenticator.credentials[0]
        )
        assert await finish_login(gql, options["challengeId"], credential) == INVALID
    assert bob


async def test_a_login_challenge_is_single_use(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    options = await begin_login(gql, "ada_lovelace")
    first = authenticator.get(options["optionsJson"])
    assert (await finish_login(gql, options["challengeId"], first))["__typename"] == "AuthSuccess"
    second = authenticator.get(options["optionsJson"])  # a higher counter, the same challenge
    assert await finish_login(gql, options["challengeId"], second) == INVALID
    assert await finish_login(gql, str(uuid.uuid4()), second) == INVALID
    assert await finish_login(gql, "not-an-id", second) == INVALID
    # an answer to one challenge sent with another's id
    one, other = await begin_login(gql, "ada_lovelace"), await begin_login(gql, "ada_lovelace")
    crossed = authenticator.get(one["optionsJson"])
    assert await finish_login(gql, other["challengeId"], crossed) == INVALID
    # which used the other challenge up, not this one: the right pair still logs in
    assert (await finish_login(gql, one["challengeId"], crossed))["__typename"] == "AuthSuccess"


async def test_concurrent_finishes_of_one_challenge_exactly_one_wins(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    options = await begin_login(gql, "ada_lovelace")
    answers = [authenticator.get(options["optionsJson"]) for _ in range(5)]  # counters 1..5
    results = await asyncio.gather(
        *(finish_login(gql, options["challengeId"], answer) for answer in answers)
    )
    assert sorted(r["__typename"] for r in results) == ["AuthSuccess"] + ["InvalidCredentials"] * 4


async def test_an_expired_login_challenge_is_refused(gql, state, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    options = await begin_login(gql, "ada_lovelace")
    async with state.session_factory() as db:
        row = await db.get(PasskeyChallenge, uuid.UUID(options["challengeId"]))
        assert timedelta(minutes=4) < row.expires_at - utcnow() <= timedelta(minutes=5)
        await db.execute(
            update(PasskeyChallenge).values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await db.commit()
    answer = authenticator.get(options["optionsJson"])
    assert await finish_login(gql, options["challengeId"], answer) == INVALID


async def test_a_counter_that_does_not_grow_is_refused_and_recorded(gql, state, ada):
    token, user_id = ada
    authenticator = SoftAuthenticator()
    passkey = await add_passkey(gql, token, authenticator)
    assert (await passkey_login(gql, authenticator, counter=5))["__typename"] == "AuthSuccess"
    for counter in (5, 3):
        assert await passkey_login(gql, authenticator, counter=counter) == INVALID
    async with state.session_factory() as db:
        row = await db.get(Passkey, uuid.UUID(passkey["id"]))
        assert row.sign_count == 5 and row.clone_detected_at is not None
    kinds = await event_kinds(state, user_id)
    assert kinds[-2:] == ["LOGIN_FAILED", "LOGIN_FAILED"]
    assert (await passkey_login(gql, authenticator, counter=6))["__typename"] == "AuthSuccess"


async def test_an_authenticator_without_a_counter_logs_in_every_time(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator(counting=False)
    await add_passkey(gql, token, authenticator)
    for _ in range(3):
        assert (await passkey_login(gql, authenticator))["__typename"] == "AuthSuccess"
    assert await passkey_login(gql, authenticator, counter=0) != INVALID


@pytest.mark.parametrize(
    "spoil",
    [
        {"origin": "http://localhost:8001"},
        {"origin": "https://accounts.example.evil"},
        {"rp_id": "evil.example"},
        {"flags": FLAG_UP},  # not user-verified
        {"flags": FLAG_UV},  # not user-present
        {"spoil_signature": True},
        {"user_handle": uuid.uuid4().bytes},
        {"challenge": b64url(b"\x00" * 32)},
        # made in a frame of this origin inside a page of another (a framing, UI-redress attack)
        {"client_data": {"crossOrigin": True, "topOrigin": "https://evil.example"}},
        {"client_data": {"crossOrigin": True}},
    ],
)
async def test_a_wrong_assertion_is_refused(gql, state, ada, spoil):
    token, user_id = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    assert await passkey_login(gql, authenticator, "ada_lovelace", **spoil) == INVALID
    assert await passkey_login(gql, authenticator, **spoil) == INVALID
    assert (await event_kinds(state, user_id))[-1] == "LOGIN_FAILED"
    assert (await passkey_login(gql, authenticator))["__typename"] == "AuthSuccess"


async def test_another_accounts_passkey_or_an_unknown_one_is_refused(gql, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    stranger = SoftAuthenticator()
    options = await begin_registration(gql, token)
    stranger.create(options["optionsJson"])  # never finished: the service does not know it
    assert await passkey_login(gql, stranger) == INVALID


async def test_a_suspended_account_is_refused(gql, state, ada):
    token, _ = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        await users.set_status(uow, user, AccountStatus.SUSPENDED)
    assert await passkey_login(gql, authenticator) == {
        "__typename": "AccountSuspended",
        "message": "This account is suspended.",
    }


async def test_a_deactivated_account_is_reactivated_like_by_a_password_login(gql, state, ada):
    token, user_id = ada
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        await users.set_status(uow, user, AccountStatus.DEACTIVATED)
    result = await passkey_login(gql, authenticator)
    assert result["__typename"] == "AuthSuccess"
    assert (await data(gql, ME, token=result["token"]))["me"]["status"] == "ACTIVE"
    assert (await event_kinds(state, user_id))[-2:] == ["ACCOUNT_REACTIVATED", "LOGIN"]


async def test_an_unverified_email_is_refused_when_verification_is_required(
    make_state, make_client
):
    state = make_state(require_verified_email=True)
    gql = make_client(state)
    assert (await register(gql))["__typename"] == "VerificationRequired"
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        user.email_verified = True
    token = (await login(gql, "ada_lovelace"))["token"]
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        user.email_verified = False
    assert (await passkey_login(gql, authenticator))["__typename"] == "EmailNotVerified"


# removal --------------------------------------------------------------------------------------


async def test_remove_a_passkey(gql, state, ada):
    token, user_id = ada
    authenticator = SoftAuthenticator()
    passkey = await add_passkey(gql, token, authenticator, "Laptop")
    removed = (await data(gql, REMOVE, {"id": passkey["id"]}, token))["removePasskey"]
    assert removed == {"__typename": "PasskeyRemoved", "message": "The passkey was removed."}
    assert (await data(gql, PASSKEYS, token=token))["passkeys"] == []
    assert (await event_kinds(state, user_id))[-1] == "PASSKEY_REMOVED"
    [notice] = await queued_mail(state, "ada@example.com", "passkey_removed")
    assert json.loads(notice.data)["passkey_name"] == "Laptop"
    assert await passkey_login(gql, authenticator) == INVALID
    assert (await data(gql, REMOVE, {"id": passkey["id"]}, token))["removePasskey"] == (
        NO_SUCH_PASSKEY
    )


async def test_another_users_passkey_answers_like_an_unknown_one(gql, state, ada):
    token, _ = ada
    passkey = await add_passkey(gql, token, SoftAuthenticator())
    bob = (await register_verified(gql, email="bob@example.com", username="bob_builder"))["token"]
    for passkey_id in (passkey["id"], str(uuid.uuid4()), "not-an-id"):
        answer = (await data(gql, REMOVE, {"id": passkey_id}, bob))["removePasskey"]
        assert answer == NO_SUCH_PASSKEY
    assert len((await data(gql, PASSKEYS, token=token))["passkeys"]) == 1
    assert await queued_mail(state, template="passkey_removed") == []


REAUTHENTICATE = """
mutation R($input: ReauthenticateInput!) { reauthenticate(input: $input) { __typename
  ... on Reauthenticated { privilegedUntil } ... on InvalidCredentials { message } } }
"""


async def age_proofs(state, by: timedelta) -> None:
    """Every session's last proof moved ``by`` into the past."""
    async with state.session_factory() as db:
        await db.execute(update(AuthSession).values(authenticated_at=utcnow() - by))
        await db.commit()


async def test_removal_needs_a_privileged_session(gql, state, ada):
    token, _ = ada
    passkey = await add_passkey(gql, token, SoftAuthenticator())
    await age_proofs(state, timedelta(minutes=10, seconds=5))
    stale = (await data(gql, REMOVE, {"id": passkey["id"]}, token))["removePasskey"]
    assert stale == {
        "__typename": "ReauthenticationRequired",
        "message": stale["message"],
        "methods": ["PASSKEY"],
        "passwordRequired": True,
    }
    assert len((await data(gql, PASSKEYS, token=token))["passkeys"]) == 1
    wrong = {"input": {"password": "Wrong-Password-1"}}
    assert (await data(gql, REAUTHENTICATE, wrong, token))["reauthenticate"]["__typename"] == (
        "InvalidCredentials"
    )
    proved = {"input": {"password": PASSWORD}}
    assert (await data(gql, REAUTHENTICATE, proved, token))["reauthenticate"]["__typename"] == (
        "Reauthenticated"
    )
    removed = (await data(gql, REMOVE, {"id": passkey["id"]}, token))["removePasskey"]
    assert removed["__typename"] == "PasskeyRemoved"


async def test_the_reauthentication_window_is_configurable(make_state, make_client):
    state = make_state(reauth_window=timedelta(hours=1))
    gql = make_client(state)
    token = (await register_verified(gql))["token"]
    passkey = await add_passkey(gql, token, SoftAuthenticator())
    await age_proofs(state, timedelta(minutes=30))
    removed = (await data(gql, REMOVE, {"id": passkey["id"]}, token))["removePasskey"]
    assert removed["__typename"] == "PasskeyRemoved"


# rate limits ----------------------------------------------------------------------------------


def aliased(field: str, count_: int, arguments: str = "") -> str:
    selections = " ".join(f"a{i}: {field}{arguments} {{ __typename }}" for i in range(count_))
    return f"mutation {{ {selections} }}"


async def test_passkey_logins_are_limited_per_client_address_with_aliases(make_state, make_client):
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_login_per_ip="4/hour")
    gql = make_client(state)
    body = await gql(aliased("beginPasskeyLogin", 6, "(input: {})"))
    kinds = [body["data"][f"a{i}"]["__typename"] for i in range(6)]
    assert kinds.count("PasskeyOptions") == 4 and kinds.count("RateLimited") == 2
    finish = '(input: {challengeId: "x", credentialJson: "{}"})'
    body = await gql(aliased("finishPasskeyLogin", 3, finish))
    assert {body["data"][f"a{i}"]["__typename"] for i in range(3)} == {"RateLimited"}
    other = await gql(
        aliased("beginPasskeyLogin", 1, "(input: {})"), headers={"X-Forwarded-For": "203.0.113.9"}
    )
    assert other["data"]["a0"]["__typename"] == "RateLimited"  # not a trusted proxy: same peer


async def test_forged_answers_never_lock_the_owners_passkey_out(make_state, make_client):
    """Signatures cannot be guessed: no budget per account that forged answers could spend.
    Twenty-five forgeries later the owner's own passkey still signs in."""
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_login_per_ip="100/15 minutes")
    gql = make_client(state)
    token = (await register_verified(gql))["token"]
    authenticator = SoftAuthenticator()
    await add_passkey(gql, token, authenticator)
    for _ in range(25):
        assert await passkey_login(gql, authenticator, spoil_signature=True) == INVALID
    assert (await passkey_login(gql, authenticator))["__typename"] == "AuthSuccess"


async def test_registrations_are_limited_per_user(make_state, make_client):
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_registrations_per_user="2/hour")
    gql = make_client(state)
    token = (await register_verified(gql))["token"]
    body = await gql(aliased("beginPasskeyRegistration", 3), token=token)
    kinds = [body["data"][f"a{i}"]["__typename"] for i in range(3)]
    assert kinds == ["PasskeyOptions", "PasskeyOptions", "RateLimited"]


# the account's lifecycle ----------------------------------------------------------------------


async def test_deleting_the_account_deletes_its_passkeys_and_challenges(gql, state, ada):
    token, _ = ada
    await add_passkey(gql, token, SoftAuthenticator())
    await begin_registration(gql, token)
    await begin_login(gql, "ada_lovelace")
    await begin_login(gql)  # a discoverable challenge belongs to no account: it stays
    assert await count(state, Passkey) == 1 and await count(state, PasskeyChallenge) == 3
    deleted = await data(
        gql, DELETE_ACCOUNT, {"input": {"currentPassword": "Correct-Horse-9-battery"}}, token
    )
    assert deleted["deleteAccount"]["__typename"] == "AccountDeleted"
    assert await count(state, Passkey) == 0 and await count(state, PasskeyChallenge) == 1


async def test_events_purge_deletes_expired_challenges(gql, state, ada):
    from service.accounts.maintenance import purge_events_and_codes

    token, _ = ada
    await begin_registration(gql, token)
    live = await begin_login(gql)
    async with state.session_factory() as db:
        await db.execute(
            update(PasskeyChallenge)
            .where(PasskeyChallenge.id != uuid.UUID(live["challengeId"]))
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await db.commit()
    async with state.unit_of_work() as uow:
        _, purged, _ = await purge_events_and_codes(uow, state.settings)
    assert purged == 1
    assert await count(state, PasskeyChallenge) == 1


async def test_a_second_factor_challenge_offers_a_passkey_when_the_account_has_one(
    gql,
    clock,  # noqa: F811 (the fixture imported above)
):
    """With TOTP on, ``TwoFactorRequired.methods`` names PASSKEY once a passkey exists (the
    sign-in may start over with it); passkeys alone ask no second factor of a password."""
    from tests.graphql.test_two_factor import enable
    from tests.graphql.test_two_factor import login as password_login

    token = (await register_verified(gql))["token"]
    await add_passkey(gql, token, SoftAuthenticator())
    assert (await password_login(gql))["__typename"] == "AuthSuccess"
    await enable(gql, clock, token)
    answer = await password_login(gql)
    assert answer["__typename"] == "TwoFactorRequired"
    assert answer["methods"] == ["TOTP", "RECOVERY_CODE", "PASSKEY"]
