"""A flow's way through a provider at its edges, on the service layer: the loopback names of a
public URL without a port or on IPv6, what the callback keeps of what a provider asserted,
which flow a state names (among others in flight, at another configured provider, at one no
longer configured), an empty error, the instant a flow and its handoff end; and the provider
client's own: the claims it reads, the user info it asks, GitHub's authorization page, and a
provider that never answers."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from joserfc import jwt
from sqlalchemy import delete, select, update

from service.accounts.external import flows
from service.accounts.external import login as external_login
from service.accounts.external.provider import GITHUB_AUTHORIZE, ProviderClient, _asserted
from service.accounts.external.values import Asserted, ProviderUnavailable
from service.accounts.outcomes import InvalidCredentials
from service.clock import utcnow
from service.config.external import OidcProvider
from service.db.models import ExternalFlow
from tests.conftest import make_settings
from tests.external.test_external_accounts import _complete, _handed_off, _who
from tests.external.test_external_login import FakeProvider, _begun, _called_back, exchanging
from tests.external.test_id_tokens import NONCE, SIGNING, claims, signed

MEMORY = "sqlite+aiosqlite:///:memory:"
PUBLIC = "https://accounts.example"


def _allowed(public_url: str, page: str) -> bool:
    services = SimpleNamespace(settings=make_settings(MEMORY, public_url=public_url))
    return flows.allowed_return_to(services, page)  # type: ignore[arg-type]


def test_loopback_names_stand_for_each_other_without_a_port_and_on_ipv6():
    assert _allowed("http://localhost", "http://127.0.0.1/account")
    assert _allowed("http://localhost", "http://[::1]/account")
    assert not _allowed("http://localhost", "http://127.0.0.1:8000/account")
    assert _allowed("http://[::1]:8000", "http://localhost:8000/account")
    assert _allowed("http://[::1]:8000", "http://127.0.0.1:8000/account")


def test_a_return_page_that_cannot_be_parsed_is_refused():
    assert not _allowed(PUBLIC, "https://[accounts.example/account")  # an IPv6 host unclosed


# the callback -------------------------------------------------------------------------------


async def _flow(state) -> ExternalFlow:
    async with state.session_factory() as db:
        return (await db.execute(select(ExternalFlow))).scalar_one()


async def test_the_callback_keeps_nothing_for_what_the_provider_left_out(make_state):
    state = make_state(public_url=PUBLIC)
    for asserted, kept in (
        (
            Asserted(subject="s", email=None, email_verified=False, family_name="f" * 200),
            (None, None, "f" * 150, None),
        ),
        (
            Asserted(
                subject="s",
                email="a@example.com",
                email_verified=True,
                given_name="Ada",
                preferred_username="p" * 200,
            ),
            ("a@example.com", "Ada", None, "p" * 150),
        ),
    ):
        flow_state = await _begun(state, FakeProvider(asserted))
        assert "#handoff=" in (await _called_back(state, f"state={flow_state}&code=c")).location
        flow = await _flow(state)
        assert (flow.email, flow.given_name, flow.family_name, flow.preferred_username) == kept
        async with state.unit_of_work() as uow:
            await uow.session.execute(delete(ExternalFlow))


async def test_a_state_names_its_own_flow_among_others_and_at_its_own_provider(make_state):
    state = make_state(public_url=PUBLIC)
    acme = FakeProvider(_who())
    first = await _begun(state, acme)
    second = await _begun(state, acme)
    beta = FakeProvider(_who())
    beta.provider = OidcProvider("beta", "Beta", "c", "s", "openid", "https://id.example")
    state.services.providers["beta"] = beta
    async with state.unit_of_work() as uow:  # another configured provider's callback
        went = await flows.callback(uow, state.services, "beta", f"state={second}&code=c")
    assert went.location is None and beta.finished == []
    state.services.providers = {}  # acme no longer configured: its flows are not found
    assert (await _called_back(state, f"state={second}&code=c")).location is None
    state.services.providers = {"acme": acme}  # and were left as they were
    for flow_state in (second, first):
        assert "#handoff=" in (await _called_back(state, f"state={flow_state}&code=c")).location


async def test_an_error_parameter_even_empty_is_a_denial(make_state):
    state = make_state(public_url=PUBLIC)
    fake = FakeProvider(_who())
    flow_state = await _begun(state, fake)
    went = await _called_back(state, f"state={flow_state}&code=c&error=")
    assert went.location == f"{PUBLIC}/account/external#error=denied"
    assert fake.finished == []


async def test_a_flow_and_its_handoff_end_at_their_expiry_instant(make_state, monkeypatch):
    state = make_state(public_url=PUBLIC)
    end = utcnow().replace(microsecond=0) + timedelta(minutes=1)
    flow_state = await _begun(state, FakeProvider(_who()))
    async with state.unit_of_work() as uow:
        await uow.session.execute(update(ExternalFlow).values(expires_at=end))
    monkeypatch.setattr(flows, "utcnow", lambda: end)
    assert (await _called_back(state, f"state={flow_state}&code=c")).location is None
    monkeypatch.undo()
    flow_id, handoff = await _handed_off(state, _who())
    async with state.unit_of_work() as uow:
        await uow.session.execute(update(ExternalFlow).values(handoff_expires_at=end))
    monkeypatch.setattr(flows, "utcnow", lambda: end)
    assert await _complete(state, flow_id, handoff) == InvalidCredentials(
        message=external_login.EXPIRED
    )


# the provider client ------------------------------------------------------------------------


def test_blank_or_non_text_claims_are_left_out():
    who = _asserted(
        {"sub": "s", "email": " ", "given_name": 7, "family_name": "", "preferred_username": ["x"]}
    )
    assert (who.email, who.given_name, who.family_name, who.preferred_username) == (None,) * 4


INFO = {"sub": "user-1", "email": "info@example.com", "email_verified": True}


async def test_an_email_in_the_id_token_is_not_asked_of_user_info():
    made, _, asked = exchanging({"access_token": "at", "id_token": signed()}, userinfo=INFO)
    who = await made.finish("https://app.example/cb", "c", "v", NONCE)
    assert (who.email, asked) == ("ada@example.com", [])


async def test_an_id_token_email_of_null_is_taken_from_user_info():
    null = {**claims(email=None, email_verified=None), "email": None}
    token = jwt.encode({"alg": "RS256", "kid": "k1"}, null, SIGNING, algorithms=["RS256"])
    made, _, asked = exchanging({"access_token": "at", "id_token": token}, userinfo=INFO)
    who = await made.finish("https://app.example/cb", "c", "v", NONCE)
    assert (who.email, who.email_verified) == ("info@example.com", True)
    assert [url for url, _ in asked] == ["https://id.example/me"]


async def test_github_is_sent_to_its_own_authorization_page_without_a_nonce():
    github = OidcProvider("github", "GitHub", "c", "s", "read:user user:email", None)
    made = ProviderClient(github, make_settings(MEMORY))
    started = await made.start("https://app.example/cb", "xst_the-state")
    await made.close()
    assert started.url.startswith(GITHUB_AUTHORIZE + "?")
    params = parse_qs(urlsplit(started.url).query)
    assert "nonce" not in params and params["state"] == ["xst_the-state"]
    assert params["code_challenge_method"] == ["S256"]


@contextlib.contextmanager
def _silent_provider():
    """An address that takes connections and never answers a request."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


async def test_a_provider_that_never_answers_is_given_up_after_the_timeout():
    """Its discovery document and its token endpoint alike: unavailable, not waited for (the
    test's own bound, far beyond the timeout, only keeps a hang from hanging the suite)."""
    with _silent_provider() as silent:
        settings = make_settings(MEMORY, oidc_timeout=timedelta(milliseconds=200))
        made = ProviderClient(OidcProvider("acme", "Acme", "c", "s", "openid", silent), settings)
        with pytest.raises(ProviderUnavailable) as discovery:
            await asyncio.wait_for(made.metadata(), 30)
        assert str(discovery.value).endswith(": ReadTimeout")
        made._metadata.value = {"issuer": silent, "token_endpoint": f"{silent}/token"}
        made._metadata.until = time.monotonic() + 3600
        with pytest.raises(ProviderUnavailable) as exchange:
            await asyncio.wait_for(made.finish("https://app.example/cb", "c", "v", "n"), 30)
        assert str(exchange.value) == "token endpoint: ReadTimeout"
        await made.close()
