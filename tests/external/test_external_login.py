"""Sign-in with an external provider through the ASGI app, against a real OpenID provider
(node oidc-provider on loopback): the browser's part is played by an HTTP client that
follows the redirects and submits the provider's login and consent forms."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
from sqlalchemy import func, select, update

from service.accounts.external import flows, linking
from service.accounts.external import login as external_login
from service.clock import utcnow
from service.db.models import ExternalFlow, ExternalIdentity, SecurityEvent, User
from tests.conftest import PASSWORD
from tests.external.provider import ProviderBrowser, running_provider
from tests.graphql.test_two_factor import clock, complete, enable  # noqa: F401 - fixture
from tests.helpers import ME, login, queued_mail, register_ok, register_verified

PUBLIC = "http://testserver"
RETURN_TO = f"{PUBLIC}/account/external"
CALLBACK = f"{PUBLIC}/auth/external/acme/callback"

BEGIN = """
mutation Begin($input: BeginExternalLoginInput!) {
  beginExternalLogin(input: $input) { __typename
    ... on ExternalLoginStarted { flowId authorizationUrl }
    ... on ValidationError { message fields { field code message } }
    ... on RateLimited { message } } }
"""
BEGIN_LINK = BEGIN.replace("beginExternalLogin", "beginExternalLink").replace(
    "... on RateLimited { message }",
    "... on RateLimited { message } ... on ReauthenticationRequired { message }",
)
COMPLETE = """
mutation Complete($input: CompleteExternalLoginInput!) {
  completeExternalLogin(input: $input) { __typename
    ... on AuthSuccess { token user { username email emailVerified hasPassword firstName lastName
                                      externalIdentities { provider subject email } } }
    ... on TwoFactorRequired { challenge }
    ... on InvalidCredentials { message }
    ... on AccountSuspended { message } } }
"""
COMPLETE_LINK = """
mutation Link($input: CompleteExternalLoginInput!) {
  completeExternalLink(input: $input) { __typename
    ... on ExternalIdentityLinked { identity { id provider subject email } }
    ... on ValidationError { fields { field code message } }
    ... on ReauthenticationRequired { message } } }
"""
UNLINK = """
mutation Unlink($id: ID!) {
  unlinkExternalIdentity(id: $id) { __typename
    ... on ExternalIdentityUnlinked { message }
    ... on ValidationError { fields { field code message } }
    ... on ReauthenticationRequired { message } } }
"""
IDENTITIES = "query { me { externalIdentities { id provider subject email linkedAt } } }"
PROVIDERS = "query { externalProviders { id displayName } }"
SESSION_METHODS = "query { sessions { current methods assurance } }"
SET_PASSWORD = """
mutation Set($input: SetPasswordInput!) {
  setPassword(input: $input) { __typename ... on AuthSuccess { token } } }
"""


# Which pages a flow may come back to (``flows.allowed_return_to``), on their own.


def test_an_origin_is_its_scheme_host_and_port_unless_the_default():
    origin = flows._origin
    assert origin("https://a.example:443/p?q") == "https://a.example"
    assert origin("http://a.example:80/") == "http://a.example"
    assert origin("http://A.Example:8080/x") == "http://a.example:8080"
    assert origin("https://a.example:80/") == "https://a.example:80"
    assert origin("http://a.example:443/") == "http://a.example:443"
    assert origin("https://a.example") == "https://a.example"
    for nothing in ("ftp://a.example/", "https:///no-host", "javascript:alert(1)", "a.example"):
        assert origin(nothing) is None, nothing


def test_which_return_pages_are_allowed(make_settings_for_flows):
    services = make_settings_for_flows
    allowed = flows.allowed_return_to
    page = "https://accounts.example/account/external"
    assert allowed(services, page)
    assert allowed(services, "https://partner.example/back")  # a CORS origin
    assert not allowed(services, "https://evil.example/back")
    assert allowed(services, page + "?" + "x" * (flows.MAX_RETURN_TO - len(page) - 1))
    assert not allowed(services, page + "?" + "x" * (flows.MAX_RETURN_TO - len(page)))
    for bad in (
        page + "#frag",
        page + "\\evil",
        page + " x",
        page + "\x7f",
        "https://user@accounts.example/account/external",
        "https://user:pw@accounts.example/account/external",
    ):
        assert not allowed(services, bad), bad
    assert allowed(services, page + "!x")


# The callback on its own (``flows.callback``), with a provider client made here.


class FakeProvider:
    """Starts flows like a provider client and answers ``finish`` with ``asserted``,
    recording what it was given."""

    def __init__(self, asserted) -> None:
        from service.config.external import OidcProvider

        self.provider = OidcProvider("acme", "Acme ID", "c", "s", "openid", "https://id.example")
        self.asserted = asserted
        self.finished: list[tuple] = []

    async def start(self, redirect_uri, state):
        from service.accounts.external.provider import Started

        return Started(
            url=f"https://id.example/auth?state={state}", nonce="n-1", code_verifier="v-1"
        )

    async def close(self):
        pass

    async def finish(self, redirect_uri, code, code_verifier, nonce):
        self.finished.append((redirect_uri, code, code_verifier, nonce))
        if isinstance(self.asserted, BaseException):
            raise self.asserted
        return self.asserted


async def _begun(state, fake):
    from service.accounts.values import ClientInfo
    from service.db.models import ExternalFlowPurpose

    state.services.providers = {"acme": fake}
    async with state.unit_of_work() as uow:
        started = await flows.begin(
            uow,
            state.services,
            "acme",
            f"{state.settings.public_url}/account/external",
            ClientInfo(),
            purpose=ExternalFlowPurpose.LOGIN,
        )
    assert isinstance(started, flows.FlowStarted), started
    return parse_qs(urlsplit(started.authorization_url).query)["state"][0]


async def _called_back(state, query):
    async with state.unit_of_work() as uow:
        return await flows.callback(uow, state.services, "acme", query)


async def test_the_callback_hands_what_the_provider_asserted_to_the_flow(make_state):
    from service.accounts.external.values import Asserted

    state = make_state(public_url="https://accounts.example")
    long = "x" * 400
    fake = FakeProvider(
        Asserted(
            subject="s" * 300,
            email=long + "@example.com",
            email_verified=True,
            given_name="g" * 200,
            family_name=None,
            preferred_username="pref",
        )
    )
    flow_state = await _begun(state, fake)
    # twenty other parameters first: only the first twenty are read, so no state is found
    padding = "&".join(f"p{n}=1" for n in range(20))
    assert (await _called_back(state, f"{padding}&state={flow_state}&code=c")).location is None
    code = "c" * 3000
    went = await _called_back(state, f"state={flow_state}&code={code}&iss=https://id.example")
    assert went.location is not None and "#handoff=" in went.location
    [(redirect_uri, sent_code, verifier, nonce)] = fake.finished
    assert redirect_uri == "https://accounts.example/auth/external/acme/callback"
    assert (sent_code, verifier, nonce) == ("c" * 2048, "v-1", "n-1")
    async with state.session_factory() as db:
        flow = (await db.execute(select(ExternalFlow))).scalar_one()
    assert (flow.subject, flow.email, flow.email_verified) == (
        "s" * 255,
        (long + "@example.com")[:320],
        True,
    )
    assert (flow.given_name, flow.family_name, flow.preferred_username) == ("g" * 150, None, "pref")
    # the state is spent
    assert (await _called_back(state, f"state={flow_state}&code=c")).location is None


async def test_what_the_callback_answers_besides_a_handoff(make_state):
    from service.accounts.external.values import Asserted, ProviderRefused, ProviderUnavailable

    state = make_state(public_url="https://accounts.example")
    who = Asserted(subject="s", email=None, email_verified=False)
    for query, answer, reason in (
        ("error=access_denied", who, "access_denied"),
        ("error=server_error&code=c", who, "denied"),
        ("code=", who, "denied"),
        ("code=c&iss=https://evil.example", who, "invalid_issuer"),
        ("code=c", ProviderUnavailable("down"), "provider_unavailable"),
        ("code=c", ProviderRefused("bad_signature"), "bad_signature"),
    ):
        fake = FakeProvider(answer)
        flow_state = await _begun(state, fake)
        went = await _called_back(state, f"state={flow_state}&{query}")
        assert went.location == f"https://accounts.example/account/external#error={reason}", query
    async with state.session_factory() as db:  # each failed flow is gone
        assert (await db.execute(select(func.count()).select_from(ExternalFlow))).scalar() == 0
    fake = FakeProvider(who)
    flow_state = await _begun(state, fake)
    async with state.unit_of_work() as uow:  # another provider's name, the same state
        assert (
            await flows.callback(uow, state.services, "other", f"state={flow_state}&code=c")
        ).location is None
    assert fake.finished == []


# The code exchange on its own (``ProviderClient.finish``), against a token endpoint and user
# info answered here: quick, so a mutant of it meets these first.


class TokenEndpoint:
    """Stands in for Authlib's OAuth client: records the exchange, answers ``answer``."""

    def __init__(self, answer: object) -> None:
        self.answer = answer
        self.asked: list[tuple[str, dict]] = []

    async def fetch_token(self, url: str, **kwargs: object) -> object:
        self.asked.append((url, kwargs))
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


def exchanging(answer: object, *, github: bool = False, userinfo: dict | None = None):
    from tests.external.test_id_tokens import SIGNING, client

    made = client([SIGNING])
    if github:
        made.provider = replace(made.provider, name="github", issuer=None)
    endpoint = TokenEndpoint(answer)
    made._oauth["https://app.example/cb"] = endpoint  # type: ignore[assignment]
    asked: list[tuple[str, object]] = []

    async def get_json(url, headers=None):
        asked.append((url, headers))
        if url.endswith("/user/emails"):
            return [{"email": "gh@example.com", "primary": True, "verified": True}]
        if url.endswith("/user"):
            return {"id": 42, "login": "octo", "name": "Octo Cat"}
        return userinfo

    made._get_json = get_json  # type: ignore[method-assign]
    if userinfo is not None:
        made._metadata.value = {
            **made._metadata.value,
            "userinfo_endpoint": "https://id.example/me",
        }
    return made, endpoint, asked


async def test_the_code_is_exchanged_at_the_token_endpoint_and_the_id_token_checked():
    from tests.external.test_id_tokens import NONCE, signed

    made, endpoint, asked = exchanging({"access_token": "at-1", "id_token": signed()})
    who = await made.finish("https://app.example/cb", "the-code", "the-verifier", NONCE)
    assert (who.subject, who.email, who.email_verified) == ("user-1", "ada@example.com", True)
    assert endpoint.asked == [
        (
            "https://id.example/token",
            {
                "code": "the-code",
                "code_verifier": "the-verifier",
                "headers": {"Accept": "application/json"},
            },
        )
    ]
    assert asked == []  # the ID token had the email: no user info asked


async def test_an_email_only_in_user_info_is_asked_for_with_the_access_token():
    from tests.external.test_id_tokens import NONCE, signed

    info = {"sub": "user-1", "email": "info@example.com", "email_verified": True}
    made, _, asked = exchanging(
        {"access_token": "at-2", "id_token": signed(email=None, email_verified=None)},
        userinfo=info,
    )
    who = await made.finish("https://app.example/cb", "c", "v", NONCE)
    assert who.email == "info@example.com"
    assert asked == [("https://id.example/me", {"Authorization": "Bearer at-2"})]


async def test_what_the_token_endpoint_may_answer_instead():
    import httpx2

    from service.accounts.external.values import ProviderRefused, ProviderUnavailable
    from tests.external.test_id_tokens import NONCE, signed

    for answer, reason in (
        ({"token_type": "bearer"}, "token_refused"),
        ({"access_token": 7}, "token_refused"),
        ("not a token", "token_refused"),
        (ValueError("invalid_grant"), "token_refused"),
        ({"access_token": "at-3"}, "no_id_token"),
        # an ID token for another access token
        ({"access_token": "at-3", "id_token": signed(at_hash="A" * 22)}, "invalid_at_hash"),
    ):
        made, _, _ = exchanging(answer)
        with pytest.raises(ProviderRefused) as caught:
            await made.finish("https://app.example/cb", "c", "v", NONCE)
        assert caught.value.reason == reason, answer
    made, _, _ = exchanging(httpx2.ConnectError("refused"))
    with pytest.raises(ProviderUnavailable) as down:
        await made.finish("https://app.example/cb", "c", "v", NONCE)
    assert str(down.value) == "token endpoint: ConnectError"


async def test_github_exchanges_at_its_own_endpoint_and_reads_its_api():
    made, endpoint, asked = exchanging({"access_token": "gh-at"}, github=True)
    who = await made.finish("https://app.example/cb", "c", "v", "unused")
    assert endpoint.asked[0][0] == "https://github.com/login/oauth/access_token"
    assert endpoint.asked[0][1]["headers"] == {"Accept": "application/json"}
    assert (who.subject, who.email) == ("42", "gh@example.com")
    assert {headers["Authorization"] for _, headers in asked} == {"Bearer gh-at"}


@pytest.fixture
def make_settings_for_flows():
    from types import SimpleNamespace

    from tests.conftest import make_settings

    settings = make_settings(
        "sqlite+aiosqlite:///:memory:",
        public_url="https://accounts.example",
        cors_origins=["https://partner.example"],
    )
    return SimpleNamespace(settings=settings)


@pytest.fixture(scope="module")
def provider():
    with running_provider([CALLBACK]) as running:
        yield running


@pytest.fixture
def ext_state(provider, make_state, monkeypatch):
    for name, value in provider.env().items():
        monkeypatch.setenv(name, value)
    return make_state(public_url=PUBLIC, oidc_providers=["acme"])


@pytest.fixture
def ext(ext_state, make_client):
    return make_client(ext_state)


@pytest.fixture
async def browser(provider):
    walker = ProviderBrowser(provider)
    yield walker
    await walker.close()


async def data(gql, query, variables=None, token=None):
    body = await gql(query, variables, token=token)
    assert "errors" not in body, body
    return body["data"]


async def begin(gql, return_to=RETURN_TO, provider="acme", token=None, query=BEGIN):
    name = "beginExternalLink" if "beginExternalLink" in query else "beginExternalLogin"
    variables = {"input": {"provider": provider, "returnTo": return_to}}
    return (await data(gql, query, variables, token))[name]


async def callback(gql, url: str):
    """The browser arrives at the service's callback: where it is sent next, and the values
    of that address's fragment."""
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == CALLBACK, url
    response = await gql.http.get(f"{parts.path}?{parts.query}")
    if response.status_code != 303:
        return response, {}
    location = response.headers["location"]
    return location, {k: v[0] for k, v in parse_qs(urlsplit(location).fragment).items()}


async def through(gql, browser, login="ada", token=None, query=BEGIN):
    started = await begin(gql, token=token, query=query)
    assert started["__typename"] == "ExternalLoginStarted", started
    url = await browser.sign_in(started["authorizationUrl"], login)
    location, fragment = await callback(gql, url)
    assert location.startswith(RETURN_TO + "#"), location
    return started["flowId"], fragment


async def complete_login(gql, flow_id, handoff):
    variables = {"input": {"flowId": flow_id, "handoff": handoff}}
    return (await data(gql, COMPLETE, variables))["completeExternalLogin"]


async def signed_in(gql, browser, login="ada"):
    flow_id, fragment = await through(gql, browser, login)
    assert "handoff" in fragment, fragment
    return await complete_login(gql, flow_id, fragment["handoff"])


async def kinds(state):
    async with state.session_factory() as db:
        rows = await db.execute(select(SecurityEvent.kind).order_by(SecurityEvent.at))
        return list(rows.scalars())


# the providers and the authorization request ------------------------------------------------


async def test_the_providers_offered_and_the_authorization_request(ext, provider):
    assert (await data(ext, PROVIDERS))["externalProviders"] == [
        {"id": "acme", "displayName": "Acme ID"}
    ]
    started = await begin(ext)
    url = urlsplit(started["authorizationUrl"])
    assert started["authorizationUrl"].startswith(provider.issuer + "/auth?")
    params = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert params["client_id"] == provider.client_id and params["response_type"] == "code"
    assert params["redirect_uri"] == CALLBACK and params["code_challenge_method"] == "S256"
    assert set(params["scope"].split()) == {"openid", "email", "profile"}
    assert len(params["state"]) > 30 and len(params["nonce"]) > 30
    assert len(params["code_challenge"]) == 43  # a SHA-256, base64url
    again = await begin(ext)
    assert again["flowId"] != started["flowId"]
    assert parse_qs(urlsplit(again["authorizationUrl"]).query)["state"][0] != params["state"]


async def test_unknown_providers_and_foreign_return_addresses_are_refused(ext):
    unknown = await begin(ext, provider="nowhere")
    assert unknown["fields"] == [
        {
            "field": "provider",
            "code": "unknown",
            "message": "There is no sign-in with this provider.",
        }
    ]
    for return_to in [
        "https://evil.example/account",
        "http://testserver.evil.example/x",
        "//evil.example/x",
        "/account/external",
        "http://user:pw@testserver/account",
        "http://testserver/account#x",
        "javascript:alert(1)",
        "http://testserver\\@evil.example/",
    ]:
        refused = await begin(ext, return_to=return_to)
        assert refused["__typename"] == "ValidationError", (return_to, refused)
        assert refused["fields"] == [
            {
                "field": "returnTo",
                "code": "not_allowed",
                "message": "returnTo must be a page of this service or of an allowed origin.",
            }
        ]


async def test_a_provider_that_is_down_answers_in_time(make_state, make_client, monkeypatch):
    from tests.e2e.server import free_port

    monkeypatch.setenv("ACCOUNTS_OIDC_DOWN_ISSUER", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("ACCOUNTS_OIDC_DOWN_CLIENT_ID", "x")
    monkeypatch.setenv("ACCOUNTS_OIDC_DOWN_CLIENT_SECRET", "y")
    state = make_state(public_url=PUBLIC, oidc_providers=["down"], oidc_timeout=1)
    refused = await begin(make_client(state), provider="down")
    assert refused["__typename"] == "ValidationError"
    assert refused["fields"] == [
        {
            "field": "provider",
            "code": "unavailable",
            "message": "Down cannot be reached; try again later.",
        }
    ]


# sign-in ------------------------------------------------------------------------------------


async def test_a_new_verified_identity_creates_an_account_and_signs_in(ext, ext_state, browser):
    done = await signed_in(ext, browser, "ada")
    assert done["__typename"] == "AuthSuccess", done
    user = done["user"]
    assert user["email"] == "ada@example.com" and user["emailVerified"] is True
    assert user["hasPassword"] is False and user["username"] == "ada_" + user["username"][4:]
    assert (user["firstName"], user["lastName"]) == ("ada", "Example")
    profile = (await data(ext, "{ me { bio contact locale } }", token=done["token"]))["me"]
    assert profile == {"bio": "", "contact": "", "locale": "en"}
    assert user["externalIdentities"] == [
        {"provider": "acme", "subject": "ada", "email": "ada@example.com"}
    ]
    methods = (await data(ext, SESSION_METHODS, token=done["token"]))["sessions"]
    assert [(s["methods"], s["assurance"]) for s in methods if s["current"]] == [
        (["EXTERNAL"], "AAL1")
    ]
    assert (await kinds(ext_state))[:3] == ["REGISTERED", "EXTERNAL_IDENTITY_LINKED", "LOGIN"]
    assert (await login(ext, "ada@example.com"))["__typename"] == "InvalidCredentials"
    # returning: the same account, no second one
    again = await signed_in(ext, browser, "ada")
    assert again["__typename"] == "AuthSuccess"
    assert again["user"]["username"] == user["username"]
    async with ext_state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 1


async def test_a_taken_username_gets_another(ext, browser):
    await register_ok(ext, username="grace_", email="grace.other@example.com")
    done = await signed_in(ext, browser, "grace@example.org")
    assert done["__typename"] == "AuthSuccess", done
    assert done["user"]["username"].startswith("grace_") and done["user"]["username"] != "grace_"


async def test_an_email_an_account_has_is_never_linked_automatically(ext, ext_state, browser):
    registered = await register_verified(ext)  # ada@example.com, with a password
    refused = await signed_in(ext, browser, "ada")
    assert refused["__typename"] == "InvalidCredentials"
    assert refused["message"] == external_login.EMAIL_TAKEN.format(provider="Acme ID")
    async with ext_state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(ExternalIdentity))).scalar() == 0
    # the owner links it from the account, then signs in with it
    flow_id, fragment = await through(ext, browser, "ada", registered["token"], BEGIN_LINK)
    variables = {"input": {"flowId": flow_id, "handoff": fragment["handoff"]}}
    linked = (await data(ext, COMPLETE_LINK, variables, registered["token"]))[
        "completeExternalLink"
    ]
    assert linked["__typename"] == "ExternalIdentityLinked", linked
    assert linked["identity"]["subject"] == "ada"
    assert linked["identity"]["email"] == "ada@example.com"
    [notice] = await queued_mail(ext_state, "ada@example.com", "external_identity_linked")
    values = json.loads(notice.data)
    assert values["provider"] == "Acme ID" and values["at"] and values["ip_address"]
    async with ext_state.session_factory() as db:
        [event] = (
            await db.execute(
                select(SecurityEvent).where(SecurityEvent.kind == "EXTERNAL_IDENTITY_LINKED")
            )
        ).scalars()
        [row] = (await db.execute(select(ExternalIdentity))).scalars()
    assert event.at == row.linked_at
    done = await signed_in(ext, browser, "ada")
    assert done["__typename"] == "AuthSuccess" and done["user"]["hasPassword"] is True


async def test_an_unverified_or_missing_email_creates_nothing(ext, ext_state, browser):
    for who in ("unverified-bob", "nomail-carl"):
        refused = await signed_in(ext, browser, who)
        assert refused == {
            "__typename": "InvalidCredentials",
            "message": external_login.NO_VERIFIED_EMAIL.format(provider="Acme ID"),
        }
    async with ext_state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 0


async def test_two_factor_still_applies_after_an_external_sign_in(ext, browser, clock):  # noqa: F811
    first = await signed_in(ext, browser, "ada")
    await enable(ext, clock, first["token"])
    required = await signed_in(ext, browser, "ada")
    assert required["__typename"] == "TwoFactorRequired", required
    clock.tick()
    done = await complete(ext, required["challenge"], code=clock.code())
    assert done["__typename"] == "AuthSuccess", done
    methods = (await data(ext, SESSION_METHODS, token=done["token"]))["sessions"]
    assert [s["methods"] for s in methods if s["current"]] == [["EXTERNAL", "TOTP"]]


# the handoff and the state ------------------------------------------------------------------


async def test_a_handoff_is_single_use_and_worthless_without_its_flow(ext, ext_state, browser):
    flow_id, fragment = await through(ext, browser)
    other_flow = (await begin(ext))["flowId"]
    expired = {"__typename": "InvalidCredentials", "message": external_login.EXPIRED}
    assert await complete_login(ext, other_flow, fragment["handoff"]) == expired
    assert await complete_login(ext, flow_id, fragment["handoff"] + "x") == expired
    assert await complete_login(ext, "xfl_" + "A" * 43, fragment["handoff"]) == expired
    done = await complete_login(ext, flow_id, fragment["handoff"])
    assert done["__typename"] == "AuthSuccess"
    assert await complete_login(ext, flow_id, fragment["handoff"]) == expired  # replayed


async def test_a_handoff_expires_after_a_minute(ext, ext_state, browser):
    flow_id, fragment = await through(ext, browser)
    async with ext_state.unit_of_work() as uow:
        await uow.session.execute(
            update(ExternalFlow).values(handoff_expires_at=utcnow() - timedelta(seconds=1))
        )
    done = await complete_login(ext, flow_id, fragment["handoff"])
    assert done == {"__typename": "InvalidCredentials", "message": external_login.EXPIRED}


async def test_a_tampered_or_replayed_state_is_refused(ext, ext_state, browser):
    started = await begin(ext)
    url = await browser.sign_in(started["authorizationUrl"])
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    for state in ("xst_" + "B" * 43, "", "nonsense"):
        forged = urlunsplit(parts._replace(query=urlencode({**query, "state": state})))
        response, _ = await callback(ext, forged)
        assert response.status_code == 400 and "not valid" in response.text
    _, fragment = await callback(ext, url)
    assert "handoff" in fragment
    response, _ = await callback(ext, url)  # the same state again
    assert response.status_code == 400


async def test_a_state_of_another_providers_flow_is_refused(ext, ext_state, browser):
    """Mix-up: a response for one provider's flow arriving at another provider's callback."""
    started = await begin(ext)
    url = await browser.sign_in(started["authorizationUrl"])
    parts = urlsplit(url)
    response = await ext.http.get(parts.path.replace("/acme/", "/other/") + "?" + parts.query)
    assert response.status_code == 400
    assert "handoff" in (await callback(ext, url))[1]


async def test_a_nonce_changed_on_the_way_is_refused(ext, ext_state, browser):
    """The browser's request to the provider carries another nonce: the ID token's nonce is
    not the flow's, and nobody signs in."""
    started = await begin(ext)
    parts = urlsplit(started["authorizationUrl"])
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    forged = urlunsplit(parts._replace(query=urlencode({**query, "nonce": "attacker-nonce"})))
    _, fragment = await callback(ext, await browser.sign_in(forged))
    assert fragment == {"error": "invalid_nonce"}
    async with ext_state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(ExternalFlow))).scalar() == 0


async def test_a_code_without_its_verifier_is_refused(ext, ext_state, browser):
    """PKCE: a code the provider issued for another verifier (the flow's verifier replaced
    before the callback) exchanges for nothing."""
    started = await begin(ext)
    url = await browser.sign_in(started["authorizationUrl"])
    async with ext_state.unit_of_work() as uow:
        await uow.session.execute(update(ExternalFlow).values(code_verifier="v" * 64))
    _, fragment = await callback(ext, url)
    assert fragment == {"error": "token_refused"}


async def test_a_denied_consent_goes_back_with_an_error(ext, browser):
    started = await begin(ext)
    parts = urlsplit(started["authorizationUrl"])
    state = parse_qs(parts.query)["state"][0]
    _, fragment = await callback(ext, f"{CALLBACK}?error=access_denied&state={state}")
    assert fragment == {"error": "access_denied"}


# linking and unlinking ----------------------------------------------------------------------


async def test_linking_is_privileged_and_one_identity_has_one_account(
    ext, ext_state, browser, make_client
):
    ada = await register_verified(ext)
    async with ext_state.unit_of_work() as uow:
        from service.db.models import AuthSession

        await uow.session.execute(
            update(AuthSession).values(authenticated_at=utcnow() - timedelta(hours=1))
        )
    stale = await begin(ext, token=ada["token"], query=BEGIN_LINK)
    assert stale["__typename"] == "ReauthenticationRequired"
    fresh = await login(ext, "ada_lovelace")
    flow_id, fragment = await through(ext, browser, "shared", fresh["token"], BEGIN_LINK)
    variables = {"input": {"flowId": flow_id, "handoff": fragment["handoff"]}}
    assert (await data(ext, COMPLETE_LINK, variables, fresh["token"]))["completeExternalLink"][
        "__typename"
    ] == "ExternalIdentityLinked"
    other = await register_verified(ext, email="other@example.com", username="other_person")
    flow_id, fragment = await through(ext, browser, "shared", other["token"], BEGIN_LINK)
    variables = {"input": {"flowId": flow_id, "handoff": fragment["handoff"]}}
    taken = (await data(ext, COMPLETE_LINK, variables, other["token"]))["completeExternalLink"]
    assert taken["fields"] == [
        {"field": "provider", "code": "taken", "message": linking.TAKEN.format(provider="Acme ID")}
    ]


async def test_a_link_flow_completes_only_for_the_account_that_began_it(ext, browser):
    ada = await register_verified(ext)
    other = await register_verified(ext, email="other@example.com", username="other_person")
    flow_id, fragment = await through(ext, browser, "ada", ada["token"], BEGIN_LINK)
    variables = {"input": {"flowId": flow_id, "handoff": fragment["handoff"]}}
    stolen = (await data(ext, COMPLETE_LINK, variables, other["token"]))["completeExternalLink"]
    assert stolen["fields"] == [{"field": "handoff", "code": "expired", "message": linking.EXPIRED}]
    # and a link flow does not sign in
    flow_id, fragment = await through(ext, browser, "ada", ada["token"], BEGIN_LINK)
    assert (await complete_login(ext, flow_id, fragment["handoff"]))["__typename"] == (
        "InvalidCredentials"
    )


async def test_linking_waits_for_a_proved_address(ext):
    ada = await register_ok(ext)
    refused = await begin(ext, token=ada["token"], query=BEGIN_LINK)
    assert refused["fields"] == [
        {"field": "email", "code": "not_verified", "message": linking.NOT_VERIFIED}
    ]


async def test_unlinking_never_removes_the_last_way_in(ext, ext_state, browser):
    done = await signed_in(ext, browser, "ada")
    token = done["token"]
    [identity] = (await data(ext, IDENTITIES, token=token))["me"]["externalIdentities"]
    last = (await data(ext, UNLINK, {"id": identity["id"]}, token))["unlinkExternalIdentity"]
    assert last["fields"] == [
        {"field": "id", "code": "last_way_in", "message": linking.LAST_WAY_IN}
    ]
    # a password set, the identity can go
    body = await ext(
        SET_PASSWORD,
        {"input": {"newPassword": PASSWORD, "newPasswordConfirmation": PASSWORD}},
        token=token,
    )
    assert body["data"]["setPassword"]["__typename"] == "AuthSuccess", body
    token = body["data"]["setPassword"]["token"]
    gone = (await data(ext, UNLINK, {"id": identity["id"]}, token))["unlinkExternalIdentity"]
    assert gone["__typename"] == "ExternalIdentityUnlinked", gone
    assert (await data(ext, IDENTITIES, token=token))["me"]["externalIdentities"] == []
    assert (await kinds(ext_state))[-1] == "EXTERNAL_IDENTITY_UNLINKED"
    [notice] = await queued_mail(ext_state, "ada@example.com", "external_identity_unlinked")
    assert json.loads(notice.data)["provider"] == "Acme ID" and json.loads(notice.data)["at"]
    again = (await data(ext, UNLINK, {"id": identity["id"]}, token))["unlinkExternalIdentity"]
    assert again["fields"] == [{"field": "id", "code": "not_found", "message": linking.NO_SUCH}]


async def test_the_last_way_in_is_counted_for_each_account_alone(ext, provider):
    """Two accounts made by the provider, each with its identity alone: neither may unlink it,
    whatever the other has."""
    for login_name in ("ada", "grace@example.org"):
        walker = ProviderBrowser(provider)  # a browser of its own: no provider session kept
        done = await signed_in(ext, walker, login_name)
        await walker.close()
        assert done["user"]["email"] == ("ada@example.com" if login_name == "ada" else login_name)
        [identity] = (await data(ext, IDENTITIES, token=done["token"]))["me"]["externalIdentities"]
        last = (await data(ext, UNLINK, {"id": identity["id"]}, done["token"]))[
            "unlinkExternalIdentity"
        ]
        assert last["fields"] == [
            {"field": "id", "code": "last_way_in", "message": linking.LAST_WAY_IN}
        ], login_name


async def test_deleting_the_account_removes_its_identities(ext, ext_state, browser):
    await register_verified(ext)
    fresh = await login(ext, "ada_lovelace")
    flow_id, fragment = await through(ext, browser, "ada", fresh["token"], BEGIN_LINK)
    variables = {"input": {"flowId": flow_id, "handoff": fragment["handoff"]}}
    await data(ext, COMPLETE_LINK, variables, fresh["token"])
    from tests.helpers import DELETE_ACCOUNT

    body = await ext(DELETE_ACCOUNT, {"input": {"currentPassword": PASSWORD}}, token=fresh["token"])
    assert body["data"]["deleteAccount"]["__typename"] == "AccountDeleted", body
    async with ext_state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(ExternalIdentity))).scalar() == 0
    assert (await data(ext, ME, token=fresh["token"]))["me"] is None
    # the identity is free again: it creates a new account
    assert (await signed_in(ext, browser, "ada"))["__typename"] == "AuthSuccess"


def test_usernames_derived_from_what_the_provider_knows():
    def flow(**values):
        return ExternalFlow(**{"preferred_username": None, "email": None, **values})

    base = external_login.username_base
    assert base(flow(preferred_username="grace.hopper", email="g@x.org")) == "grace.hopper"
    assert base(flow(email="ada.byron+tag@example.com")) == "ada.byron_tag"
    assert base(flow(preferred_username="._grace-hopper_.", email=None)) == "grace-hopper"
    long = base(flow(preferred_username="g" * 200))
    assert long == "g" * 144  # room for a suffix: _1234 within the 150 characters
    for nothing in ("<>", "", "123456789"):
        made = base(flow(preferred_username=nothing or None))
        assert len(made) == 11 and made[:5] == "user_" and made[5:].isdigit(), (nothing, made)
    short = base(flow(preferred_username="al"))
    assert len(short) == 9 and short[:3] == "al_" and short[3:].isdigit()
    # what registration refuses (no letter) is not taken from a provider either
    assert external_login.username_base(flow(email="1234567@example.net")).startswith("user_")
    assert linking.LAST_WAY_IN and timedelta(seconds=60) == flows.HANDOFF_LIFETIME
    # what is kept of a name: its own letters (an X too), six characters as they are
    assert base(flow(preferred_username="Xena_X")) == "Xena_X"
    assert base(flow(preferred_username="x.Xavi.X")) == "x.Xavi.X"
    suffixes = {base(flow(preferred_username="al"))[3:] for _ in range(40)}
    assert any(int(s) >= 100 for s in suffixes)  # six digits drawn from all of them
    drawn = {base(flow(preferred_username="<>"))[5:] for _ in range(40)}
    assert any(int(s) >= 100 for s in drawn)


def test_what_the_provider_asserts_is_read_from_its_claims():
    from service.accounts.external.provider import _asserted

    who = _asserted(
        {
            "sub": "s-1",
            "email": "a@example.com",
            "email_verified": True,
            "given_name": "Ada",
            "family_name": "Lovelace",
            "preferred_username": "countess",
        }
    )
    assert (who.subject, who.email, who.email_verified) == ("s-1", "a@example.com", True)
    assert (who.given_name, who.family_name, who.preferred_username) == (
        "Ada",
        "Lovelace",
        "countess",
    )


async def test_a_provider_that_goes_down_mid_flow_sends_the_browser_back_with_an_error(
    make_state, make_client, monkeypatch
):
    """The provider stops between the person's consent and the code exchange: the callback
    answers within the timeout, back to returnTo with an error, and nobody signs in."""
    with running_provider([CALLBACK]) as doomed:
        for name, value in doomed.env().items():
            monkeypatch.setenv(name, value)
        state = make_state(public_url=PUBLIC, oidc_providers=["acme"], oidc_timeout=2)
        gql = make_client(state)
        started = await begin(gql)
        walker = ProviderBrowser(doomed)
        url = await walker.sign_in(started["authorizationUrl"])
        await walker.close()
        doomed.stop()
        location, fragment = await callback(gql, url)
    assert location.startswith(RETURN_TO + "#") and fragment == {"error": "provider_unavailable"}
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(ExternalFlow))).scalar() == 0


async def test_two_callbacks_racing_with_one_state_leave_one_handoff(ext, ext_state, browser):
    """A doubled callback request (a reload, a retry, someone racing it): one of them goes on
    with the flow, the other finds nothing, and the handoff still signs in."""
    import asyncio

    started = await begin(ext)
    url = await browser.sign_in(started["authorizationUrl"])
    answers = await asyncio.gather(*(callback(ext, url) for _ in range(4)))
    handoffs = [fragment["handoff"] for _, fragment in answers if "handoff" in fragment]
    refused = [answer for answer, fragment in answers if not fragment]
    assert len(handoffs) == 1 and len(refused) == 3, answers
    assert all(response.status_code == 400 for response in refused)
    done = await complete_login(ext, started["flowId"], handoffs[0])
    assert done["__typename"] == "AuthSuccess", done


async def test_another_accounts_attempt_leaves_a_link_flow_to_its_owner(ext, browser):
    ada = await register_verified(ext)
    other = await register_verified(ext, email="other@example.com", username="other_person")
    flow_id, fragment = await through(ext, browser, "ada", ada["token"], BEGIN_LINK)
    variables = {"input": {"flowId": flow_id, "handoff": fragment["handoff"]}}
    stolen = (await data(ext, COMPLETE_LINK, variables, other["token"]))["completeExternalLink"]
    assert stolen["fields"] == [{"field": "handoff", "code": "expired", "message": linking.EXPIRED}]
    owned = (await data(ext, COMPLETE_LINK, variables, ada["token"]))["completeExternalLink"]
    assert owned["__typename"] == "ExternalIdentityLinked", owned


async def test_an_address_no_mail_could_reach_creates_nothing(ext, ext_state, browser):
    refused = await signed_in(ext, browser, "ａｄｍｉｎｉｓｔｒａｔｏｒ@example.net")
    assert refused == {
        "__typename": "InvalidCredentials",
        "message": external_login.UNUSABLE_EMAIL.format(provider="Acme ID"),
    }
    async with ext_state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 0


async def test_a_public_url_on_loopback_is_reached_by_any_loopback_name(
    make_state, make_client, provider, monkeypatch
):
    """In development the web app may be opened at 127.0.0.1 while the public URL says
    localhost: both are this machine, and only they are allowed besides the public URL."""
    for name, value in provider.env().items():
        monkeypatch.setenv(name, value)
    state = make_state(public_url="http://localhost:8000", oidc_providers=["acme"])
    gql = make_client(state)
    for allowed in (
        "http://localhost:8000/account/external",
        "http://127.0.0.1:8000/account/external",
        "http://[::1]:8000/account/external",
    ):
        assert (await begin(gql, return_to=allowed))["__typename"] == "ExternalLoginStarted"
    for refused in (
        "http://127.0.0.1:8001/x",
        "https://127.0.0.1:8000/x",
        "http://10.0.0.1:8000/x",
    ):
        assert (await begin(gql, return_to=refused))["__typename"] == "ValidationError"


async def test_the_callback_answers_are_never_kept_and_send_no_referrer(ext, browser):
    from service.external_callback import UNKNOWN

    started = await begin(ext)
    url = await browser.sign_in(started["authorizationUrl"])
    parts = urlsplit(url)
    response = await ext.http.get(f"{parts.path}?{parts.query}")
    assert response.status_code == 303
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"
    again = await ext.http.get(f"{parts.path}?{parts.query}")
    assert again.status_code == 400 and again.text == UNKNOWN
    assert again.headers["cache-control"] == "no-store"
    assert again.headers["referrer-policy"] == "no-referrer"


async def test_a_response_naming_another_issuer_or_no_code_is_refused(ext, browser):
    for change, expected in (
        ({"iss": "https://evil.example"}, "invalid_issuer"),
        ({"code": ""}, "denied"),
        ({"error": "server_error"}, "denied"),
        ({"error": "access_denied"}, "access_denied"),
    ):
        started = await begin(ext)
        url = await browser.sign_in(started["authorizationUrl"])
        parts = urlsplit(url)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        assert "iss" in query  # the provider names itself (RFC 9207)
        forged = urlunsplit(parts._replace(query=urlencode({**query, **change})))
        _, fragment = await callback(ext, forged)
        assert fragment == {"error": expected}, change


async def test_a_flow_lives_ten_minutes(ext, ext_state, browser):
    started = await begin(ext)
    async with ext_state.session_factory() as db:
        [flow] = (await db.execute(select(ExternalFlow))).scalars()
    assert flow.expires_at - flow.created_at == timedelta(minutes=10)
    assert flow.purpose == "login" and flow.user_id is None and flow.provider == "acme"
    url = await browser.sign_in(started["authorizationUrl"])
    async with ext_state.unit_of_work() as uow:
        await uow.session.execute(update(ExternalFlow).values(expires_at=utcnow()))
    response, fragment = await callback(ext, url)
    assert response.status_code == 400 and fragment == {}


async def test_beginning_is_budgeted_per_client_address(
    make_state, make_client, provider, monkeypatch
):
    for name, value in provider.env().items():
        monkeypatch.setenv(name, value)
    state = make_state(
        public_url=PUBLIC,
        oidc_providers=["acme"],
        rate_limit_enabled=True,
        rate_limit_external_flows_per_ip="2/hour",
    )
    gql = make_client(state)
    assert [(await begin(gql))["__typename"] for _ in range(3)] == [
        "ExternalLoginStarted",
        "ExternalLoginStarted",
        "RateLimited",
    ]


async def test_a_callback_while_the_database_is_unreachable_is_a_plain_503(
    ext, ext_state, browser, monkeypatch, caplog
):
    from service.accounts.external import flows as flows_module
    from service.db.faults import DatabaseUnavailable
    from service.external_callback import UNAVAILABLE

    started = await begin(ext)
    url = await browser.sign_in(started["authorizationUrl"])

    async def down(*args, **kwargs):
        raise DatabaseUnavailable("gone")

    monkeypatch.setattr(flows_module, "callback", down)
    parts = urlsplit(url)
    response = await ext.http.get(f"{parts.path}?{parts.query}")
    assert (response.status_code, response.text) == (503, UNAVAILABLE)
    assert response.headers["retry-after"] == "5"
    assert response.headers["cache-control"] == "no-store"
    assert "external callback: storage unavailable: DatabaseUnavailable" in caplog.messages
    # the callback is a GET: the provider's redirect; nothing else is answered there
    assert (await ext.http.post(f"{parts.path}?{parts.query}")).status_code == 405
