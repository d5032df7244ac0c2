"""Passkeys end to end: Debian's Chromium (through Playwright, as the GraphiQL test launches
it) with the DevTools protocol's virtual authenticator, against a real server whose relying
party is ``localhost`` and whose one allowed origin is ``http://localhost:<port>``.

The account's address is verified first (the code from the mail the service wrote): no factor
is added to an address not yet proved. On a page the service serves on that origin (its
GraphiQL page), the page's own ``fetch`` and ``navigator.credentials`` register a passkey, log
out, and log in with it by identifier and as a discoverable credential: the request options
list no credential ids either way (they would tell anyone which accounts have passkeys), so
the authenticator finds its resident key itself. Then the credential is exported (``WebAuthn.getCredentials``)
into a second authenticator with its signature counter reset, as a cloned authenticator
would hold it: its login is refused and recorded. Last, a page on another origin
(``http://localhost:<other port>``, which the RP ID allows but the service does not) makes
an assertion with the same credential and a counter well ahead: refused too.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sqlite3
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import httpx

from tests.e2e.server import free_port, running_server
from tests.e2e.test_email_lifecycle import code_in
from tests.e2e.test_graphiql_browser import CHROMIUM, CHROMIUM_ARGS, browser_or_skip
from tests.helpers import REGISTER, VERIFY_EMAIL, registration

HELPERS = """
const b64u = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
  .replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
const unb64u = (text) => Uint8Array.from(
  atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4)),
  (c) => c.charCodeAt(0));
const descriptors = (list) => (list || []).map((d) => ({ ...d, id: unb64u(d.id) }));
const creationOptions = (json) => {
  const o = JSON.parse(json);
  return { ...o, challenge: unb64u(o.challenge), user: { ...o.user, id: unb64u(o.user.id) },
           excludeCredentials: descriptors(o.excludeCredentials) };
};
const requestOptions = (json) => {
  const o = JSON.parse(json);
  return { ...o, challenge: unb64u(o.challenge), allowCredentials: descriptors(o.allowCredentials) };
};
const credentialJson = (c) => {
  const r = c.response;
  const response = r.attestationObject
    ? { clientDataJSON: b64u(r.clientDataJSON), attestationObject: b64u(r.attestationObject),
        transports: r.getTransports() }
    : { clientDataJSON: b64u(r.clientDataJSON), authenticatorData: b64u(r.authenticatorData),
        signature: b64u(r.signature), userHandle: r.userHandle ? b64u(r.userHandle) : null };
  return JSON.stringify({ id: c.id, rawId: b64u(c.rawId), type: c.type,
                          authenticatorAttachment: c.authenticatorAttachment,
                          clientExtensionResults: {}, response });
};
const gql = async (query, variables, token) => {
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const answer = await fetch("/graphql", { method: "POST", headers,
                                           body: JSON.stringify({ query, variables }) });
  const body = await answer.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const OPTIONS = "__typename ... on PasskeyOptions { challengeId optionsJson }";
"""

REGISTER_PASSKEY = (
    "async ([token, name]) => {"
    + HELPERS
    + """
  const begun = (await gql(`mutation { beginPasskeyRegistration { ${OPTIONS} } }`, {}, token))
    .beginPasskeyRegistration;
  const credential = await navigator.credentials.create({
    publicKey: creationOptions(begun.optionsJson) });
  const finish = `mutation ($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) { __typename
      ... on PasskeyAdded { passkey { id name } }
      ... on ValidationError { fields { field code message } }
      ... on InvalidCode { message } } }`;
  const input = { challengeId: begun.challengeId, credentialJson: credentialJson(credential), name };
  return (await gql(finish, { input }, token)).finishPasskeyRegistration;
}"""
)

LOG_IN = (
    "async (identifier) => {"
    + HELPERS
    + """
  const begin = `mutation ($input: BeginPasskeyLoginInput!) {
    beginPasskeyLogin(input: $input) { ${OPTIONS} } }`;
  const input = identifier === null ? {} : { identifier };
  const begun = (await gql(begin, { input })).beginPasskeyLogin;
  const allowed = JSON.parse(begun.optionsJson).allowCredentials.length;
  const credential = await navigator.credentials.get({
    publicKey: requestOptions(begun.optionsJson) });
  const finish = `mutation ($input: FinishPasskeyLoginInput!) {
    finishPasskeyLogin(input: $input) { __typename
      ... on AuthSuccess { token user { username } }
      ... on InvalidCredentials { message } ... on AccountSuspended { message } } }`;
  const done = (await gql(finish, { input: { challengeId: begun.challengeId,
                                             credentialJson: credentialJson(credential) } }))
    .finishPasskeyLogin;
  return { allowed, ...done };
}"""
)

LOG_OUT = (
    "async (token) => {"
    + HELPERS
    + """
  const out = await gql("mutation { logout { ... on LogoutSuccess { revokedSessions } } }",
                        {}, token);
  const me = await gql("{ me { username } }", {}, token);
  return { revoked: out.logout.revokedSessions, me: me.me };
}"""
)

ME = "async (token) => {" + HELPERS + 'return (await gql("{ me { username } }", {}, token)).me; }'

ASSERT_ONLY = (
    "async (optionsJson) => {"
    + HELPERS
    + """
  const credential = await navigator.credentials.get({ publicKey: requestOptions(optionsJson) });
  return credentialJson(credential);
}"""
)

AUTHENTICATOR = {
    "protocol": "ctap2",
    "transport": "internal",
    "hasResidentKey": True,
    "hasUserVerification": True,
    "isUserVerified": True,
    "automaticPresenceSimulation": True,
}
BEGIN_LOGIN = (
    "mutation ($input: BeginPasskeyLoginInput!) { beginPasskeyLogin(input: $input) "
    "{ __typename ... on PasskeyOptions { challengeId optionsJson } } }"
)
FINISH_LOGIN = (
    "mutation ($input: FinishPasskeyLoginInput!) { finishPasskeyLogin(input: $input) "
    "{ __typename ... on AuthSuccess { token } ... on InvalidCredentials { message } } }"
)


async def new_authenticator(cdp, credential=None) -> str:
    added = await cdp.send("WebAuthn.addVirtualAuthenticator", {"options": AUTHENTICATOR})
    authenticator_id: str = added["authenticatorId"]
    if credential is not None:
        await cdp.send(
            "WebAuthn.addCredential",
            {"authenticatorId": authenticator_id, "credential": credential},
        )
    return authenticator_id


def passkey_row(database: str) -> tuple[int, str | None]:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT sign_count, clone_detected_at FROM passkeys").fetchone()


def event_kinds(database: str) -> list[str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT kind FROM security_events ORDER BY at").fetchall()
    return [kind for (kind,) in rows]


def written_mail(folder: Path, to: str) -> EmailMessage:
    """The first message to ``to`` the service wrote as a ``.eml`` file (no SMTP configured)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for path in sorted(folder.glob("*.eml")):
            message = message_from_bytes(path.read_bytes(), policy=policy.default)
            if str(message["To"]) == to:
                assert isinstance(message, EmailMessage)
                return message
        time.sleep(0.1)
    raise AssertionError(f"no mail to {to} was written")


def test_passkeys_in_chromium_with_a_virtual_authenticator(fresh_database, tmp_path):
    async_playwright = browser_or_skip()
    url = fresh_database("sqlite")
    database = url.removeprefix("sqlite+aiosqlite:///")
    port = free_port()
    origin = f"http://localhost:{port}"
    env = {"ACCOUNTS_WEBAUTHN_RP_ID": "localhost", "ACCOUNTS_WEBAUTHN_ORIGINS": origin}
    with running_server(url, tmp_path, env=env, port=port) as base:
        created = httpx.post(
            f"{base}/graphql", json={"query": REGISTER, "variables": {"input": registration()}}
        ).json()["data"]["registerUser"]
        assert created["__typename"] == "AuthSuccess"
        email = created["user"]["email"]
        code = code_in(written_mail(tmp_path / "mail", email))
        verified = httpx.post(
            f"{base}/graphql",
            json={"query": VERIFY_EMAIL, "variables": {"input": {"email": email, "code": code}}},
            headers={"Authorization": f"Bearer {created['token']}"},
        ).json()["data"]["verifyEmail"]
        assert verified["__typename"] == "EmailVerified", verified
        asyncio.run(drive(async_playwright, base, origin, created["token"], database))


async def drive(async_playwright, base: str, origin: str, token: str, database: str) -> None:
    page_errors: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context()
            page = await context.new_page()
            page.on("pageerror", lambda error: page_errors.append(str(error)))
            response = await page.goto(f"{origin}/graphql")
            assert response is not None and response.status == 200
            cdp = await context.new_cdp_session(page)
            await cdp.send("WebAuthn.enable", {"enableUI": False})
            device = await new_authenticator(cdp)

            added = await page.evaluate(REGISTER_PASSKEY, [token, "Chromium"])
            assert added["__typename"] == "PasskeyAdded", added
            assert added["passkey"]["name"] == "Chromium"
            assert await page.evaluate(LOG_OUT, token) == {"revoked": 1, "me": None}

            by_name = await page.evaluate(LOG_IN, "ada_lovelace")
            assert by_name["__typename"] == "AuthSuccess", by_name
            assert by_name["allowed"] == 0
            assert await page.evaluate(ME, by_name["token"]) == {"username": "ada_lovelace"}
            discovered = await page.evaluate(LOG_IN, None)
            assert discovered["__typename"] == "AuthSuccess", discovered
            assert discovered["allowed"] == 0
            assert discovered["user"] == {"username": "ada_lovelace"}
            stored_count, clone_seen = passkey_row(database)
            assert stored_count >= 2 and clone_seen is None

            # A clone: the same key in another authenticator, its counter back at zero.
            [credential] = (await cdp.send("WebAuthn.getCredentials", {"authenticatorId": device}))[
                "credentials"
            ]
            assert credential["isResidentCredential"] is True
            await cdp.send("WebAuthn.removeVirtualAuthenticator", {"authenticatorId": device})
            clone = await new_authenticator(cdp, {**credential, "signCount": 0})
            cloned = await page.evaluate(LOG_IN, "ada_lovelace")
            assert cloned == {
                "allowed": 0,
                "__typename": "InvalidCredentials",
                "message": "Invalid credentials.",
            }
            assert passkey_row(database)[1] is not None  # recorded
            assert event_kinds(database)[-1] == "LOGIN_FAILED"
            # the same key with a counter ahead of the stored one still logs in
            await cdp.send("WebAuthn.removeVirtualAuthenticator", {"authenticatorId": clone})
            ahead = {**credential, "signCount": stored_count + 10}
            await new_authenticator(cdp, ahead)
            assert (await page.evaluate(LOG_IN, None))["__typename"] == "AuthSuccess"

            # Another origin: the RP ID allows it, the service does not.
            elsewhere = f"http://localhost:{free_port()}"
            other = await context.new_page()
            await other.route(
                f"{elsewhere}/**",
                lambda route: route.fulfill(
                    status=200, content_type="text/html", body="<!doctype html><title>x</title>"
                ),
            )
            await other.goto(f"{elsewhere}/")
            other_cdp = await context.new_cdp_session(other)
            await other_cdp.send("WebAuthn.enable", {"enableUI": False})
            await new_authenticator(other_cdp, {**credential, "signCount": stored_count + 100})
            async with httpx.AsyncClient(base_url=base) as http:
                begun = (
                    await http.post(
                        "/graphql",
                        json={"query": BEGIN_LOGIN, "variables": {"input": {}}},
                    )
                ).json()["data"]["beginPasskeyLogin"]
                answer = await other.evaluate(ASSERT_ONLY, begun["optionsJson"])
                assert (
                    json.loads(json.loads(answer) and _client_data(answer))["origin"] == elsewhere
                )
                finished = (
                    await http.post(
                        "/graphql",
                        json={
                            "query": FINISH_LOGIN,
                            "variables": {
                                "input": {
                                    "challengeId": begun["challengeId"],
                                    "credentialJson": answer,
                                }
                            },
                        },
                    )
                ).json()["data"]["finishPasskeyLogin"]
            assert finished == {
                "__typename": "InvalidCredentials",
                "message": "Invalid credentials.",
            }
        finally:
            await browser.close()
    assert page_errors == [], page_errors


def _client_data(credential_json: str) -> str:
    encoded = json.loads(credential_json)["response"]["clientDataJSON"]
    return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
