"""The accounts an external sign-in reaches, on the service layer with a provider made here
(``FakeProvider``): which account a (provider, subject) names, the account made for a new
one (its names, its username and the tries for a free one), a known device on the way in, a
provider dropped from the configuration while a handoff is still live, the order of an
account's identities; and the callback route's bound on the query it reads."""

from __future__ import annotations

import itertools
import json
import uuid
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select

from service.accounts.external import flows, linking
from service.accounts.external import login as external_login
from service.accounts.external.values import Asserted
from service.accounts.outcomes import Authenticated, InvalidCredentials
from service.accounts.profile import validation as v
from service.clock import utcnow
from service.db.models import ExternalFlowPurpose, ExternalIdentity, SecurityEvent, User
from tests.accounts.passkeys.test_passkeys import account
from tests.accounts.support import CLIENT, settle
from tests.external.test_external_login import FakeProvider
from tests.helpers import queued_mail

PUBLIC = "https://accounts.example"
RETURN_TO = f"{PUBLIC}/account/external"


def _who(subject="s-1", email="new@example.com", **names) -> Asserted:
    return Asserted(subject=subject, email=email, email_verified=True, **names)


async def _handed_off(state, asserted, *, user_id=None):
    """A flow of ``acme`` begun, called back with ``asserted``: its flowId and handoff."""
    state.services.providers = {"acme": FakeProvider(asserted)}
    purpose = ExternalFlowPurpose.LOGIN if user_id is None else ExternalFlowPurpose.LINK
    async with state.unit_of_work() as uow:
        started = await flows.begin(
            uow, state.services, "acme", RETURN_TO, CLIENT, purpose=purpose, user_id=user_id
        )
    assert isinstance(started, flows.FlowStarted), started
    flow_state = parse_qs(urlsplit(started.authorization_url).query)["state"][0]
    async with state.unit_of_work() as uow:
        went = await flows.callback(uow, state.services, "acme", f"state={flow_state}&code=c")
    assert went.location is not None and "#handoff=" in went.location, went
    return started.flow_id, parse_qs(urlsplit(went.location).fragment)["handoff"][0]


async def _complete(state, flow_id, handoff, device_token=None):
    return await settle(
        state,
        lambda uow: external_login.complete_external_login(
            uow, state.services, flow_id, handoff, CLIENT, device_token
        ),
    )


async def _signed_in(state, asserted, device_token=None):
    return await _complete(state, *await _handed_off(state, asserted), device_token)


async def _user(state, username, email=None) -> User:
    """An account, written as it is (no password: nothing here signs in with one)."""
    email = email or f"{username}@example.org"
    user = User(
        email=email,
        email_normalized=v.email_key(email),
        username=username,
        username_normalized=v.username_key(username),
        first_name="",
        last_name="",
        date_joined=utcnow(),
        email_verified=True,
    )
    async with state.session_factory() as db:
        db.add(user)
        await db.commit()
    return user


async def _usernames(state) -> set[str]:
    async with state.session_factory() as db:
        return set((await db.execute(select(User.username))).scalars())


# which account, and the account made -------------------------------------------------------


async def test_a_subject_at_another_provider_is_another_person(make_state):
    state = make_state(public_url=PUBLIC)
    grace = await _user(state, "grace_h")
    async with state.session_factory() as db:
        db.add(
            ExternalIdentity(user_id=grace.id, provider="beta", subject="s-1", linked_at=utcnow())
        )
        await db.commit()
    done = await _signed_in(state, _who(subject="s-1"))
    assert isinstance(done, Authenticated), done
    assert done.user.id != grace.id and done.user.email == "new@example.com"


async def test_a_new_account_takes_the_names_the_provider_gave_and_no_more(make_state):
    state = make_state(public_url=PUBLIC)
    done = await _signed_in(state, _who(preferred_username="xavier_n"))
    assert isinstance(done, Authenticated), done
    assert (done.user.username, done.user.first_name, done.user.last_name) == (
        "xavier_n",
        "xavier_n",  # no given name: the username stands in
        "",
    )
    async with state.session_factory() as db:
        stored = await db.get(User, done.user.id)
        [identity] = (await db.execute(select(ExternalIdentity))).scalars()
        events = dict((await db.execute(select(SecurityEvent.kind, SecurityEvent.at))).all())
    assert stored is not None and (stored.first_name, stored.last_name) == ("xavier_n", "")
    # what a registration leaves empty or at its default
    assert (stored.bio, stored.contact, stored.status, stored.locale) == ("", "", "ACTIVE", "en")
    # made, linked and recorded at one instant
    assert identity.linked_at == stored.date_joined
    assert events["REGISTERED"] == events["EXTERNAL_IDENTITY_LINKED"] == stored.date_joined


async def test_a_taken_username_gets_four_digits_and_a_short_one_six(make_state, monkeypatch):
    """The suffixes are drawn from all their digits and never longer: the largest draw
    (here every draw is the largest) still has four, or six."""
    state = make_state(public_url=PUBLIC)
    await _user(state, "grace_h")
    highest = SimpleNamespace(randbelow=lambda bound: bound - 1)
    monkeypatch.setattr(external_login, "secrets", highest)
    done = await _signed_in(state, _who(preferred_username="grace_h"))
    assert isinstance(done, Authenticated), done
    assert done.user.username == "grace_h_9999"
    made = external_login.username_base
    assert made(SimpleNamespace(preferred_username="al", email=None)) == "al_999999"
    assert made(SimpleNamespace(preferred_username="<>", email=None)) == "user_999999"


async def test_eight_usernames_are_tried_before_the_sign_in_gives_up(make_state, monkeypatch):
    """The provider's username, then seven with a suffix drawn at random (drawn here as 0, 1,
    2…): with only the eighth free, it is the one; with none free, no account is made."""
    state = make_state(public_url=PUBLIC)
    for name in ["grace_h", *(f"grace_h_{n:04d}" for n in range(6))]:
        await _user(state, name)
    drawn = itertools.count()
    monkeypatch.setattr(external_login, "secrets", SimpleNamespace(randbelow=lambda _: next(drawn)))
    done = await _signed_in(state, _who(subject="s-1", preferred_username="grace_h"))
    assert isinstance(done, Authenticated), done
    assert done.user.username == "grace_h_0006"
    before = await _usernames(state)
    drawn = itertools.count()  # the same seven suffixes again: every one is taken now
    refused = await _signed_in(
        state, _who(subject="s-2", email="other@example.com", preferred_username="grace_h")
    )
    assert refused == InvalidCredentials(
        message=external_login.EMAIL_TAKEN.format(provider="Acme ID")
    )
    assert await _usernames(state) == before


async def test_a_known_device_keeps_its_token_on_an_external_sign_in(make_state):
    state = make_state(public_url=PUBLIC)
    first = await _signed_in(state, _who())
    assert isinstance(first, Authenticated), first
    again = await _signed_in(state, _who(), device_token=first.device_token)
    assert isinstance(again, Authenticated), again
    assert again.user.id == first.user.id and again.device_token == first.device_token


# a provider dropped from the configuration, a handoff still live -----------------------------


async def test_a_sign_in_through_a_provider_no_longer_configured_names_it_by_its_name(make_state):
    state = make_state(public_url=PUBLIC)
    flow_id, handoff = await _handed_off(
        state, Asserted(subject="s", email=None, email_verified=False)
    )
    state.services.providers = {}
    refused = await _complete(state, flow_id, handoff)
    assert refused == InvalidCredentials(
        message=external_login.NO_VERIFIED_EMAIL.format(provider="acme")
    )


async def test_a_link_through_a_provider_no_longer_configured_names_it_by_its_name(make_state):
    state = make_state(public_url=PUBLIC)
    ada = await account(state)
    flow_id, handoff = await _handed_off(state, _who(subject="ada-1"), user_id=ada.user.id)
    state.services.providers = {}
    linked = await settle(
        state,
        lambda uow: linking.complete_link(uow, state.services, ada, flow_id, handoff, CLIENT),
    )
    assert isinstance(linked, linking.IdentityLinked), linked
    [notice] = await queued_mail(state, "ada@example.com", "external_identity_linked")
    assert json.loads(notice.data)["provider"] == "acme"


# an account's identities --------------------------------------------------------------------


async def test_identities_are_listed_by_when_they_were_linked_then_by_id(make_state):
    state = make_state(public_url=PUBLIC)
    grace = await _user(state, "grace_h")
    now = utcnow()
    linked = {  # inserted in this order; the ids run against it
        "oldest": (uuid.UUID(int=9), now - timedelta(hours=2)),
        "older": (uuid.UUID(int=1), now - timedelta(hours=1)),
        "now, higher id": (uuid.UUID(int=8), now),
        "now, lower id": (uuid.UUID(int=2), now),
    }
    async with state.session_factory() as db:
        for subject, (key, at) in linked.items():
            db.add(
                ExternalIdentity(
                    id=key, user_id=grace.id, provider="acme", subject=subject, linked_at=at
                )
            )
            await db.flush()
        await db.commit()
    async with state.unit_of_work() as uow:
        listed = await linking.list_identities(uow, grace.id)
    assert [identity.subject for identity in listed] == [
        "oldest",
        "older",
        "now, lower id",
        "now, higher id",
    ]


# the callback route ------------------------------------------------------------------------


async def test_the_callback_reads_the_first_8192_characters_of_its_query(make_state, make_client):
    """A state cut at the 8192nd character names no flow; within them it does."""
    state = make_state(public_url=PUBLIC)
    state.services.providers = {"acme": FakeProvider(_who())}
    http = make_client(state).http

    async def called_back(length):
        async with state.unit_of_work() as uow:
            started = await flows.begin(
                uow, state.services, "acme", RETURN_TO, CLIENT, purpose=ExternalFlowPurpose.LOGIN
            )
        flow_state = parse_qs(urlsplit(started.authorization_url).query)["state"][0]
        head = "code=c&pad="
        query = head + "x" * (length - len(head) - len("&state=") - len(flow_state))
        query += "&state=" + flow_state
        assert len(query) == length
        return await http.get(f"/auth/external/acme/callback?{query}")

    assert (await called_back(8193)).status_code == 400
    within = await called_back(8192)
    assert within.status_code == 303 and "#handoff=" in within.headers["location"]
