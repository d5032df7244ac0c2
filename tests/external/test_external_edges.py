"""External sign-in at its edges, on the service layer: which other ways in let an account
unlink an identity (its own passkey, its other identities, never another account's), which
identity an id names, each client address's budget for beginning flows, which flows a purge
deletes; and the ID token's algorithms (the announced ones also after keys are read again,
none when none announced is asymmetric), a minute of clock leeway, and a token that is not
text."""

from __future__ import annotations

import json
import time
import uuid
from datetime import timedelta

import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey
from sqlalchemy import select, update

from service.accounts.external import flows, linking
from service.accounts.external.values import Asserted, ProviderRefused
from service.accounts.outcomes import FieldError, RateLimited, ValidationFailed
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import (
    ExternalFlow,
    ExternalFlowPurpose,
    ExternalIdentity,
    Passkey,
    SecurityEvent,
    User,
)
from tests.accounts.passkeys.test_passkeys import BOB, account
from tests.accounts.support import CLIENT, prove_session
from tests.external.test_external_login import FakeProvider
from tests.external.test_id_tokens import (
    EC,
    ISSUER,
    NONCE,
    OTHER_KID,
    SIGNING,
    claims,
    client,
    ec_signed,
    refused,
    signed,
)
from tests.helpers import queued_mail

LAST_WAY_IN = ValidationFailed([FieldError("id", "last_way_in", linking.LAST_WAY_IN)])
NO_SUCH = ValidationFailed([FieldError("id", "not_found", linking.NO_SUCH)])


# unlinking: the account's other ways in ----------------------------------------------------


async def _made_by_a_provider(state, **overrides):
    """An account with no password, signed in through a provider just now."""
    viewer = await account(state, **overrides)
    async with state.session_factory() as db:
        await db.execute(update(User).where(User.id == viewer.user.id).values(password_hash=None))
        await db.commit()
    await prove_session(state, viewer, "EXTERNAL")
    return viewer


async def _identity(state, user_id, subject):
    async with state.session_factory() as db:
        identity = ExternalIdentity(
            user_id=user_id, provider="acme", subject=subject, linked_at=utcnow()
        )
        db.add(identity)
        await db.commit()
        return identity.id


async def _passkey(state, user_id):
    async with state.session_factory() as db:
        db.add(
            Passkey(
                user_id=user_id,
                credential_id=uuid.uuid4().hex,
                public_key=b"cose",
                name="key",
                created_at=utcnow(),
            )
        )
        await db.commit()


async def _unlink(state, viewer, identity_id):
    async with state.unit_of_work() as uow:
        return await linking.unlink(uow, state.services, viewer, str(identity_id), CLIENT)


async def _identities(state, user_id):
    async with state.session_factory() as db:
        rows = await db.execute(
            select(ExternalIdentity.id).where(ExternalIdentity.user_id == user_id)
        )
        return set(rows.scalars())


async def test_a_passkey_is_another_way_in_only_for_its_own_account(state):
    ada = await _made_by_a_provider(state)
    bob = await _made_by_a_provider(state, **BOB)
    identity = await _identity(state, ada.user.id, "ada-at-acme")
    await _passkey(state, bob.user.id)  # another account's passkey
    assert await _unlink(state, ada, identity) == LAST_WAY_IN
    assert await _identities(state, ada.user.id) == {identity}
    await _passkey(state, ada.user.id)
    assert isinstance(await _unlink(state, ada, identity), linking.IdentityUnlinked)
    assert await _identities(state, ada.user.id) == set()
    async with state.session_factory() as db:
        kinds = (
            await db.execute(select(SecurityEvent.kind).where(SecurityEvent.user_id == ada.user.id))
        ).scalars()
        assert "EXTERNAL_IDENTITY_UNLINKED" in set(kinds)
    # a provider no longer configured is named by its own name
    [notice] = await queued_mail(state, "ada@example.com", "external_identity_unlinked")
    assert json.loads(notice.data)["provider"] == "acme"


async def test_another_identity_of_the_account_is_another_way_in(state):
    ada = await _made_by_a_provider(state)
    bob = await _made_by_a_provider(state, **BOB)
    first = await _identity(state, ada.user.id, "ada-1")
    second = await _identity(state, ada.user.id, "ada-2")
    bobs = await _identity(state, bob.user.id, "bob-1")
    assert isinstance(await _unlink(state, ada, first), linking.IdentityUnlinked)
    assert await _identities(state, ada.user.id) == {second}
    # the last one left is the last way in, whatever identities other accounts have
    assert await _unlink(state, ada, second) == LAST_WAY_IN
    # and another account's identity is no identity of this one's
    assert await _unlink(state, ada, bobs) == NO_SUCH
    assert await _identities(state, bob.user.id) == {bobs}


async def test_an_identity_id_is_read_from_its_first_64_characters(state):
    """``uuid.UUID`` takes hyphens anywhere: an id padded with them still names the identity
    within 64 characters, and names none beyond."""
    ada = await account(state)  # with a password: every identity may go
    identity = await _identity(state, ada.user.id, "ada-at-acme")
    padded = "-" * 33 + identity.hex  # 65 characters: its last digit is not read
    assert await _unlink(state, ada, padded) == NO_SUCH
    assert await _identities(state, ada.user.id) == {identity}
    within = "-" * 32 + identity.hex  # 64 characters
    assert isinstance(await _unlink(state, ada, within), linking.IdentityUnlinked)
    assert await _identities(state, ada.user.id) == set()


# beginning and purging flows ----------------------------------------------------------------


async def test_each_client_address_has_its_own_budget_for_beginning_flows(make_state):
    state = make_state(
        public_url="https://accounts.example",
        rate_limit_enabled=True,
        rate_limit_external_flows_per_ip="2/hour",
    )
    state.services.providers = {
        "acme": FakeProvider(Asserted(subject="s", email=None, email_verified=False))
    }

    async def begin(ip):
        async with state.unit_of_work() as uow:
            return await flows.begin(
                uow,
                state.services,
                "acme",
                "https://accounts.example/account/external",
                ClientInfo(ip_address=ip),
                purpose=ExternalFlowPurpose.LOGIN,
            )

    spent = [await begin("203.0.113.1") for _ in range(3)]
    assert [type(answer) for answer in spent] == [
        flows.FlowStarted,
        flows.FlowStarted,
        RateLimited,
    ]
    assert isinstance(await begin("198.51.100.7"), flows.FlowStarted)


async def test_a_purge_deletes_the_flows_past_their_lifetime_and_keeps_live_ones(state):
    now = utcnow().replace(microsecond=0)
    ends = {
        "gone": now - timedelta(seconds=1),
        "ends-now": now,
        "live": now + timedelta(seconds=1),
    }
    async with state.session_factory() as db:
        for name, expires_at in ends.items():
            db.add(
                ExternalFlow(
                    flow_digest=f"f-{name}",
                    state_digest=f"s-{name}",
                    provider="acme",
                    purpose="login",
                    nonce="n",
                    code_verifier="v",
                    return_to="https://accounts.example/",
                    created_at=expires_at - flows.FLOW_LIFETIME,
                    expires_at=expires_at,
                )
            )
        await db.commit()
    async with state.unit_of_work() as uow:
        assert await flows.purge_expired(uow, now) == 2
    async with state.session_factory() as db:
        left = (await db.execute(select(ExternalFlow.flow_digest))).scalars()
        assert list(left) == ["f-live"]


# the ID token -------------------------------------------------------------------------------


PSS = RSAKey.generate_key(2048, parameters={"kid": "p1", "alg": "PS256", "use": "sig"})


async def test_keys_read_again_still_take_the_announced_algorithms():
    """A token of a key not yet seen reads the keys again, and is checked against the new keys
    with the algorithms the provider announces (PS256 here, which joserfc would not take by
    default); one of an algorithm not announced is refused without reading them."""
    made = client([OTHER_KID])
    made._metadata.value = {
        **made._metadata.value,
        "id_token_signing_alg_values_supported": ["PS256", "RS256"],
    }
    reads = []

    async def get_json(url, headers=None):
        reads.append(url)
        return {"keys": [PSS.as_dict(private=False), EC.as_dict(private=False)]}

    made._get_json = get_json  # type: ignore[method-assign]
    made._keys_read_at = 0.0  # read long ago: a refresh is allowed
    with pytest.raises(ProviderRefused) as caught:
        await made.check_id_token(ec_signed(), NONCE)  # ES256: not announced
    assert caught.value.reason == "bad_signature" and reads == []
    rotated = jwt.encode({"alg": "PS256", "kid": "p1"}, claims(), PSS, algorithms=["PS256"])
    assert (await made.check_id_token(rotated, NONCE))["sub"] == "user-1"
    assert reads == [f"{ISSUER}/jwks"]


async def test_a_provider_announcing_no_asymmetric_algorithm_has_every_token_refused():
    """Only symmetric algorithms (or none) announced: nothing this service checks is left, and
    no token holds, not even one signed with a key the provider publishes."""
    for announced in (["HS256"], ["none"], ["HS256", "none"]):
        made = client([SIGNING])
        made._metadata.value = {
            **made._metadata.value,
            "id_token_signing_alg_values_supported": announced,
        }
        with pytest.raises(ProviderRefused) as caught:
            await made.check_id_token(signed(), NONCE)
        assert caught.value.reason == "bad_signature", announced


async def test_clocks_may_differ_by_a_minute():
    now = int(time.time())
    late = await client([SIGNING]).check_id_token(signed(exp=now - 30, iat=now - 600), NONCE)
    assert late["sub"] == "user-1"  # expired 30 seconds ago by this clock
    early = await client([SIGNING]).check_id_token(signed(iat=now + 30, nbf=now + 30), NONCE)
    assert early["sub"] == "user-1"  # issued 30 seconds ahead of this clock
    assert await refused(signed(iat=now + 120)) == "invalid_iat"


async def test_a_token_that_is_not_text_is_a_bad_signature():
    """A JSON string may carry a lone surrogate, which no encoding turns into bytes."""
    assert await refused("\ud800") == "bad_signature"
    head, payload, signature = signed().split(".")
    assert await refused(f"{head}.{payload}\ud800.{signature}") == "bad_signature"
