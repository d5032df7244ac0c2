"""The review's attacks, replayed against real servers over HTTP (SQLite and PostgreSQL), with
every code read from the mail a real SMTP server received. Each attack fails cleanly and
changes nothing, and the owner still gets in. The findings are numbered as in the security
guide's table (docs/security.md, "Findings of the review").

Clients are told apart by ``X-Forwarded-For`` (the server trusts loopback as its proxy), so the
owner, a thief and strangers each have their own address and budgets, as on the internet. A
session older than ``WINDOW`` seconds is what a thief copies: its last full proof is stale.
"""

from __future__ import annotations

import itertools
import json
import re
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import httpx
import pyotp
import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from service.graphql.browser_session import COOKIE
from tests.conftest import PASSWORD
from tests.e2e.server import free_port, running_server, service_env
from tests.helpers import registration
from tests.mail.smtp import SmtpServer
from tests.soft_authenticator import Credential, SoftAuthenticator

WINDOW = 3.0  # ACCOUNTS_REAUTH_WINDOW of these servers, in seconds (a loaded machine still
# gets through a sign-in and an enrolment within it)
NEW_PASSWORD = "Another-Horse-7-staple"
_addresses = itertools.count(1)

REGISTER = """mutation ($input: RegisterUserInput!) { registerUser(input: $input) {
  __typename ... on AuthSuccess { token } ... on VerificationRequired { email expiresInSeconds handle }
  ... on UserAlreadyExists { fields { field code } } ... on ValidationError { message } } }"""
VERIFY = """mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) {
  __typename ... on InvalidCode { message } } }"""
LOGIN = """mutation ($input: LoginInput!) { login(input: $input) {
  __typename ... on AuthSuccess { token } ... on TwoFactorRequired { challenge }
  ... on InvalidCredentials { message } ... on RateLimited { message } } }"""
COMPLETE = """mutation ($input: CompleteLoginInput!) { completeLogin(input: $input) {
  __typename ... on AuthSuccess { token } ... on InvalidCredentials { message } } }"""
ME = "{ me { email username emailVerified twoFactorEnabled hasPassword } }"
PASSKEYS = "{ passkeys { id } }"
SESSIONS = "{ sessions { current methods assurance privilegedUntil } }"
LOGOUT_ALL = "mutation { logoutAll { __typename } }"
REQUIRED = "... on ReauthenticationRequired { methods passwordRequired }"
BEGIN_TOTP = (
    f"mutation {{ beginTotpSetup {{ __typename ... on TotpSetup {{ otpauthUri }} {REQUIRED} }} }}"
)
CONFIRM_TOTP = f"""mutation ($code: String!) {{ confirmTotpSetup(input: {{code: $code}}) {{
  __typename ... on RecoveryCodes {{ codes }} {REQUIRED} }} }}"""
BEGIN_PASSKEY = f"""mutation {{ beginPasskeyRegistration {{
  __typename ... on PasskeyOptions {{ challengeId optionsJson }} {REQUIRED} }} }}"""
FINISH_PASSKEY = """mutation ($input: FinishPasskeyRegistrationInput!) {
  finishPasskeyRegistration(input: $input) { __typename ... on PasskeyAdded { passkey { id } } } }"""
REMOVE_PASSKEY = f"mutation ($id: ID!) {{ removePasskey(id: $id) {{ __typename {REQUIRED} }} }}"
REGENERATE = f"""mutation ($input: RegenerateRecoveryCodesInput!) {{
  regenerateRecoveryCodes(input: $input) {{ __typename ... on RecoveryCodes {{ codes }} {REQUIRED} }} }}"""
DISABLE = f"""mutation ($input: DisableTwoFactorInput!) {{
  disableTwoFactor(input: $input) {{ __typename {REQUIRED} }} }}"""
UPDATE = f"""mutation ($input: UpdateUserInput!) {{ updateUser(input: $input) {{
  __typename ... on UpdateUserSuccess {{ user {{ email pendingEmail }} }} {REQUIRED} }} }}"""
CHANGE_PASSWORD = f"""mutation ($input: ChangePasswordInput!) {{ changePassword(input: $input) {{
  __typename {REQUIRED} }} }}"""
DELETE = f"""mutation ($input: DeleteAccountInput!) {{ deleteAccount(input: $input) {{
  __typename {REQUIRED} }} }}"""
SET_PASSWORD = f"""mutation ($input: SetPasswordInput!) {{ setPassword(input: $input) {{
  __typename {REQUIRED} }} }}"""
REAUTHENTICATE = """mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) {
  __typename ... on Reauthenticated { privilegedUntil } } }"""
REQUEST_RESET = """mutation ($email: String!) { requestPasswordReset(input: {email: $email}) {
  __typename ... on CodeSent { handle } } }"""
RESET = """mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) {
  __typename ... on AuthSuccess { token } ... on InvalidCode { message } } }"""
BEGIN_PASSKEY_LOGIN = """mutation ($input: BeginPasskeyLoginInput!) { beginPasskeyLogin(input: $input) {
  __typename ... on PasskeyOptions { challengeId optionsJson } } }"""
FINISH_PASSKEY_LOGIN = """mutation ($input: FinishPasskeyLoginInput!) {
  finishPasskeyLogin(input: $input) { __typename ... on AuthSuccess { token } } }"""

SUBJECT_VERIFY = "Your verification code"
SUBJECT_RESET = "Your password reset code"
SUBJECT_SECOND_FACTOR = "A wrong second-factor code was entered for your account"
SUBJECT_REGISTRATION = "Someone tried to register with your address"


def new_address() -> str:
    """A client address of its own (TEST-NET-3), so budgets never meet across tests."""
    number = next(_addresses)
    return f"203.0.{113 + number // 250}.{number % 250 + 1}"


@dataclass
class Client:
    base: str
    address: str = field(default_factory=new_address)
    token: str | None = None

    def post(self, query: str, variables: dict[str, Any] | None = None, **headers: str) -> Any:
        sent = {"X-Forwarded-For": self.address, **headers}
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        payload = {"query": query, "variables": variables or {}}
        return httpx.post(f"{self.base}/graphql", json=payload, headers=sent, timeout=30)

    def __call__(self, query: str, variables: dict[str, Any] | None = None) -> Any:
        """The one root field's answer; a GraphQL error fails the test."""
        response = self.post(query, variables)
        assert response.status_code == 200, response.text
        body = response.json()
        assert "errors" not in body, body
        [answer] = body["data"].values()
        return answer


@dataclass
class Live:
    base: str
    port: int
    smtp: SmtpServer

    def client(self, token: str | None = None) -> Client:
        return Client(self.base, token=token)

    def mails(self, to: str, subject: str) -> list[EmailMessage]:
        with self.smtp.recorder.lock:
            messages = list(self.smtp.recorder.messages)
        return [m for m in messages if str(m["To"]) == to and str(m["Subject"]) == subject]

    def mail(self, to: str, subject: str, count: int = 1) -> EmailMessage:
        """The ``count``-th message to ``to`` with ``subject``, waiting for it."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            found = self.mails(to, subject)
            if len(found) >= count:
                return found[count - 1]
            time.sleep(0.05)
        raise AssertionError(f"no mail {count} {subject!r} to {to} arrived")

    def code(self, to: str, subject: str, count: int = 1) -> str:
        text = self.mail(to, subject, count).get_body(preferencelist=("plain",))
        assert text is not None
        match = re.search(r"\b(\d{6})\b", text.get_content())
        assert match, text.get_content()
        return match.group(1)

    def authenticator(self) -> SoftAuthenticator:
        return SoftAuthenticator(origin=f"http://localhost:{self.port}")


def environment(smtp: SmtpServer, **extra: str) -> dict[str, str]:
    return {
        "ACCOUNTS_SMTP_URL": smtp.url(),
        "ACCOUNTS_MAIL_POLL_INTERVAL": "0.1",
        "ACCOUNTS_REAUTH_WINDOW": str(WINDOW),
        "ACCOUNTS_RATE_LIMIT_ENABLED": "true",
        "ACCOUNTS_TRUSTED_PROXIES": "127.0.0.1",
        # finding 7 walks to the long ceiling, past the short budget's 10 tries a quarter
        "ACCOUNTS_RATE_LIMIT_TWO_FACTOR_CHECKS_PER_ACCOUNT": "1000/hour",
        **extra,
    }


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(request, tmp_path_factory, fresh_database) -> Iterator[Live]:
    """A server as production runs it on these points: registration hides taken emails."""
    smtp = SmtpServer("plain").start()
    port = free_port()
    env = environment(smtp, ACCOUNTS_HIDE_REGISTERED_EMAILS="true")
    workdir = tmp_path_factory.mktemp("takeover")
    try:
        with running_server(fresh_database(request.param), workdir, env=env, port=port) as base:
            yield Live(base, port, smtp)
    finally:
        smtp.stop()


@dataclass
class Owner:
    username: str
    email: str
    client: Client  # signed in, from the owner's own address
    signed_in_at: float
    totp: pyotp.TOTP | None = None
    recovery_codes: list[str] = field(default_factory=list)
    authenticator: SoftAuthenticator | None = None
    passkey_id: str | None = None


def join(live: Live, name: str) -> Owner:
    """Register, verify the address from the mail with the request's handle, sign in."""
    client = live.client()
    email = f"{name}@example.com"
    registered = client(REGISTER, {"input": registration(email=email, username=name)})
    assert registered["__typename"] == "VerificationRequired", registered
    proof = {
        "email": email,
        "code": live.code(email, SUBJECT_VERIFY),
        "handle": registered["handle"],
    }
    assert client(VERIFY, {"input": proof})["__typename"] == "EmailVerified"
    signed_in = client(LOGIN, {"input": {"identifier": name, "password": PASSWORD}})
    assert signed_in["__typename"] == "AuthSuccess", signed_in
    client.token = signed_in["token"]
    return Owner(name, email, client, time.monotonic())


def enrol_totp(owner: Owner) -> None:
    """From a fresh sign-in (privileged): TOTP on, recovery codes kept."""
    setup = owner.client(BEGIN_TOTP)
    assert setup["__typename"] == "TotpSetup", setup
    owner.totp = pyotp.parse_uri(setup["otpauthUri"])
    confirmed = owner.client(CONFIRM_TOTP, {"code": owner.totp.now()})
    assert confirmed["__typename"] == "RecoveryCodes", confirmed
    owner.recovery_codes = list(confirmed["codes"])


def enrol_passkey(live: Live, owner: Owner) -> None:
    owner.authenticator = live.authenticator()
    options = owner.client(BEGIN_PASSKEY)
    assert options["__typename"] == "PasskeyOptions", options
    credential = owner.authenticator.create(options["optionsJson"])
    added = owner.client(
        FINISH_PASSKEY,
        {"input": {"challengeId": options["challengeId"], "credentialJson": credential}},
    )
    assert added["__typename"] == "PasskeyAdded", added
    owner.passkey_id = added["passkey"]["id"]


def stale(owner: Owner) -> Client:
    """The owner's session as a thief copied it: on another address, its proof older than the
    window."""
    time.sleep(max(0.0, owner.signed_in_at + WINDOW + 0.2 - time.monotonic()))
    return Client(owner.client.base, token=owner.client.token)


def password_login(live: Live, owner: Owner, password: str = PASSWORD) -> Any:
    return live.client()(LOGIN, {"input": {"identifier": owner.username, "password": password}})


def sign_in_with_recovery_code(live: Live, owner: Owner) -> str:
    started = password_login(live, owner)
    assert started["__typename"] == "TwoFactorRequired", started
    code = owner.recovery_codes.pop()
    done = live.client()(
        COMPLETE, {"input": {"challenge": started["challenge"], "recoveryCode": code}}
    )
    assert done["__typename"] == "AuthSuccess", done
    token: str = done["token"]
    return token


def passkey_sign_in(live: Live, authenticator: SoftAuthenticator, **spoil: Any) -> Any:
    client = live.client()
    options = client(BEGIN_PASSKEY_LOGIN, {"input": {}})
    assert options["__typename"] == "PasskeyOptions", options
    answer = authenticator.get(options["optionsJson"], **spoil)
    return client(
        FINISH_PASSKEY_LOGIN,
        {"input": {"challengeId": options["challengeId"], "credentialJson": answer}},
    )


# findings 1, 2 and 8: a copied session token, with or without the password -------------------


def test_a_stolen_session_changes_nothing_about_how_the_account_signs_in(live):
    owner = join(live, "owner_one")
    enrol_totp(owner)
    enrol_passkey(live, owner)  # both within the sign-in's window: the owner's own changes
    thief = stale(owner)
    assert thief(ME)["twoFactorEnabled"] is True  # the token works: only privilege is gone

    required = {"__typename": "ReauthenticationRequired", "passwordRequired": True}
    attempts: list[tuple[str, dict[str, Any]]] = [
        (BEGIN_TOTP, {}),
        (CONFIRM_TOTP, {"code": owner.totp.now()}),
        (BEGIN_PASSKEY, {}),
        (REMOVE_PASSKEY, {"id": owner.passkey_id}),
        (REGENERATE, {"input": {"currentPassword": ""}}),
        (DISABLE, {"input": {"currentPassword": "", "code": ""}}),
        (UPDATE, {"input": {"email": "thief@example.net"}}),
        (DELETE, {"input": {"currentPassword": ""}}),
        (
            SET_PASSWORD,
            {"input": {"newPassword": NEW_PASSWORD, "newPasswordConfirmation": NEW_PASSWORD}},
        ),
    ]
    for query, variables in attempts:
        answer = thief(query, variables)
        assert {k: answer.get(k) for k in required} == required, (query, answer)
        assert set(answer["methods"]) >= {"TOTP", "RECOVERY_CODE", "PASSKEY"}, answer
    alone = thief(REAUTHENTICATE, {"input": {"password": "not-the-password-1A"}})
    assert alone["__typename"] == "ValidationError"  # two-factor on: a code is asked for too
    guess = {"password": "not-the-password-1A", "code": "123456"}
    assert thief(REAUTHENTICATE, {"input": guess})["__typename"] == "InvalidCredentials"

    # finding 8: the password alone (say, phished) does not replace the second factor
    with_password: list[tuple[str, dict[str, Any]]] = [
        (REGENERATE, {"input": {"currentPassword": PASSWORD}}),
        (DELETE, {"input": {"currentPassword": PASSWORD}}),
        (
            CHANGE_PASSWORD,
            {
                "input": {
                    "currentPassword": PASSWORD,
                    "newPassword": NEW_PASSWORD,
                    "newPasswordConfirmation": NEW_PASSWORD,
                }
            },
        ),
        (UPDATE, {"input": {"email": "thief@example.net", "currentPassword": PASSWORD}}),
    ]
    for query, variables in with_password:
        answer = thief(query, variables)
        assert answer["__typename"] in {"ReauthenticationRequired", "InvalidCode"}, (query, answer)
    half = thief(REAUTHENTICATE, {"input": {"password": PASSWORD}})
    assert half["__typename"] != "Reauthenticated", half
    assert thief(BEGIN_TOTP)["__typename"] == "ReauthenticationRequired"

    # nothing changed: the thief's own logoutAll is all it could do, and the owner still gets in
    assert thief(LOGOUT_ALL)["__typename"] == "LogoutSuccess"
    token = sign_in_with_recovery_code(live, owner)
    owner.client.token = token
    assert owner.client(ME) == {
        "email": owner.email,
        "username": owner.username,
        "emailVerified": True,
        "twoFactorEnabled": True,
        "hasPassword": True,
    }
    assert owner.client(PASSKEYS) == [{"id": owner.passkey_id}]
    assert passkey_sign_in(live, owner.authenticator)["__typename"] == "AuthSuccess"
    # the owner steps up on the spot and may change what the thief could not
    proof = {"password": PASSWORD, "recoveryCode": owner.recovery_codes.pop()}
    assert owner.client(REAUTHENTICATE, {"input": proof})["__typename"] == "Reauthenticated"
    fresh = owner.client(REGENERATE, {"input": {"currentPassword": ""}})
    assert fresh["__typename"] == "RecoveryCodes"


def test_a_privileged_window_dies_with_its_session(live):
    owner = join(live, "owner_two")
    copied = Client(live.base, token=owner.client.token)  # copied while still privileged
    assert owner.client(LOGOUT_ALL)["__typename"] == "LogoutSuccess"
    response = copied.post(BEGIN_TOTP)
    body = response.json()
    assert body.get("data") is None or body["data"]["beginTotpSetup"] is None
    assert "errors" in body and "Traceback" not in response.text
    assert copied(ME) is None
    owner.client.token = password_login(live, owner)["token"]
    assert owner.client(ME)["twoFactorEnabled"] is False


def test_reauthentication_and_the_privileged_call_race_to_no_bypass(live):
    """A thief firing privileged calls while the owner re-authenticates another session gets
    nothing: privilege belongs to the session that proved itself."""
    owner = join(live, "owner_three")
    thief = stale(owner)
    second = Client(live.base, token=password_login(live, owner)["token"])
    time.sleep(WINDOW + 0.2)
    assert (
        second(REAUTHENTICATE, {"input": {"password": PASSWORD}})["__typename"] == "Reauthenticated"
    )
    assert thief(BEGIN_TOTP)["__typename"] == "ReauthenticationRequired"
    assert second(BEGIN_TOTP)["__typename"] == "TotpSetup"
    privileged = {s["current"]: s["privilegedUntil"] for s in second(SESSIONS)}
    assert privileged[True] is not None and privileged[False] is None


# finding 3: pre-hijacking, on a server that answers registration with a session -------------


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_squatter_of_an_address_keeps_nothing(fresh_database, tmp_path, backend):
    smtp = SmtpServer("plain").start()
    port = free_port()
    env = environment(smtp, ACCOUNTS_HIDE_REGISTERED_EMAILS="false")
    try:
        with running_server(fresh_database(backend), tmp_path, env=env, port=port) as base:
            live = Live(base, port, smtp)
            for victim, proof_of_mailbox in (
                ("victim_reset", "reset"),
                ("victim_verify", "verify"),
            ):
                email = f"{victim}@example.com"
                squatter = live.client()
                squatted = squatter(REGISTER, {"input": registration(email=email, username=victim)})
                assert squatted["__typename"] == "AuthSuccess"
                squatter.token = squatted["token"]
                assert squatter(BEGIN_TOTP)["__typename"] == "EmailNotVerified"
                assert squatter(BEGIN_PASSKEY)["__typename"] == "EmailNotVerified"

                owner = live.client()
                if proof_of_mailbox == "reset":
                    handle = owner(REQUEST_RESET, {"email": email})["handle"]
                    code = live.code(email, SUBJECT_RESET)
                    reset = {
                        "email": email,
                        "code": code,
                        "handle": handle,
                        "newPassword": NEW_PASSWORD,
                        "newPasswordConfirmation": NEW_PASSWORD,
                    }
                    done = owner(RESET, {"input": reset})
                    assert done["__typename"] == "AuthSuccess", done
                    owner.token = done["token"]
                else:  # the code the registration mailed, read by the mailbox's owner
                    code = live.code(email, SUBJECT_VERIFY)
                    assert (
                        owner(VERIFY, {"input": {"email": email, "code": code}})["__typename"]
                        == "EmailVerified"
                    )
                assert squatter(ME) is None  # every session of the squatter ended
                if proof_of_mailbox == "reset":
                    assert owner(ME)["twoFactorEnabled"] is False
                    assert owner(PASSKEYS) == []
                # the squatter's password went with the owner's proof (a claim, for a code
                # typed without the handle the squatter's registration answered)
                squatter_login = {"identifier": email, "password": PASSWORD}
                assert (
                    squatter(LOGIN, {"input": squatter_login})["__typename"] == "InvalidCredentials"
                )
    finally:
        smtp.stop()


# finding 4: recovery that strangers cannot deny --------------------------------------------


def test_strangers_cannot_deny_the_owner_a_password_reset(live):
    owner = join(live, "owner_four")
    handle = owner.client(REQUEST_RESET, {"email": owner.email})["handle"]
    code = live.code(owner.email, SUBJECT_RESET)

    guesser = live.client()
    answers = set()
    for guess in range(12):  # wrong codes without a handle, past the guesser's own budget
        attempt = {
            "email": owner.email,
            "code": f"{guess:06d}",
            "newPassword": NEW_PASSWORD,
            "newPasswordConfirmation": NEW_PASSWORD,
        }
        answers.add(guesser(RESET, {"input": attempt})["__typename"])
    assert answers == {"InvalidCode", "RateLimited"}
    for _ in range(6):  # with made-up handles, from other addresses
        attempt = {
            "email": owner.email,
            "code": "000000",
            "handle": f"cod_{secrets.token_urlsafe(32)}",
            "newPassword": NEW_PASSWORD,
            "newPasswordConfirmation": NEW_PASSWORD,
        }
        assert live.client()(RESET, {"input": attempt})["__typename"] == "InvalidCode"
    requester = live.client()
    asked = [requester(REQUEST_RESET, {"email": owner.email})["__typename"] for _ in range(6)]
    assert asked == ["CodeSent"] * 5 + ["RateLimited"]  # the stranger's own budget, not the owner's

    mine = {
        "email": owner.email,
        "code": code,
        "handle": handle,
        "newPassword": NEW_PASSWORD,
        "newPasswordConfirmation": NEW_PASSWORD,
    }
    done = owner.client(RESET, {"input": mine})
    assert done["__typename"] == "AuthSuccess", done
    assert password_login(live, owner, NEW_PASSWORD)["__typename"] == "AuthSuccess"


def test_a_code_typed_without_its_handle_still_works_after_strangers_failed(live):
    owner = join(live, "owner_five")
    owner.client(REQUEST_RESET, {"email": owner.email})
    code = live.code(owner.email, SUBJECT_RESET)
    for address in range(3):
        stranger = live.client()
        for guess in range(10):
            attempt = {
                "email": owner.email,
                "code": f"{address}{guess:05d}",
                "newPassword": NEW_PASSWORD,
                "newPasswordConfirmation": NEW_PASSWORD,
            }
            if attempt["code"] != code:
                assert stranger(RESET, {"input": attempt})["__typename"] == "InvalidCode"
    other_device = live.client()  # the code read on a phone, typed on a laptop: no handle
    mine = {
        "email": owner.email,
        "code": code,
        "newPassword": NEW_PASSWORD,
        "newPasswordConfirmation": NEW_PASSWORD,
    }
    assert other_device(RESET, {"input": mine})["__typename"] == "AuthSuccess"


# finding 5: passkey sign-in nobody can lock ------------------------------------------------


def test_forged_passkey_assertions_neither_learn_ids_nor_lock_the_owner_out(live):
    owner = join(live, "owner_six")
    enrol_passkey(live, owner)
    stranger = live.client()
    options = stranger(BEGIN_PASSKEY_LOGIN, {"input": {"identifier": owner.username}})
    assert json.loads(options["optionsJson"]).get("allowCredentials", []) == []

    assert owner.authenticator is not None
    [real] = owner.authenticator.credentials
    leaked = Credential(
        real.credential_id, ec.generate_private_key(ec.SECP256R1()), real.rp_id, real.user_handle
    )  # a real id, a forged key
    made_up = Credential(
        secrets.token_bytes(16),
        ec.generate_private_key(ec.SECP256R1()),
        real.rp_id,
        secrets.token_bytes(32),
    )
    forger = live.authenticator()
    for attempt in range(25):
        challenge = stranger(BEGIN_PASSKEY_LOGIN, {"input": {"identifier": owner.username}})
        answer = forger.get(challenge["optionsJson"], credential=leaked if attempt % 2 else made_up)
        refused = stranger(
            FINISH_PASSKEY_LOGIN,
            {"input": {"challengeId": challenge["challengeId"], "credentialJson": answer}},
        )
        assert refused["__typename"] == "InvalidCredentials", refused
    assert passkey_sign_in(live, owner.authenticator)["__typename"] == "AuthSuccess"


# finding 6: registration without enumeration -----------------------------------------------


def test_registering_a_taken_email_answers_as_a_new_one_and_tells_the_owner(live):
    owner = join(live, "owner_seven")
    stranger = live.client()
    taken = stranger(REGISTER, {"input": registration(email=owner.email, username="someone_else")})
    fresh = stranger(
        REGISTER, {"input": registration(email="brand_new@example.com", username="brand_new")}
    )
    assert taken["__typename"] == fresh["__typename"] == "VerificationRequired"
    assert taken["expiresInSeconds"] == fresh["expiresInSeconds"]
    assert taken["email"] == owner.email and taken["handle"].startswith("cod_")
    live.mail(owner.email, SUBJECT_REGISTRATION)
    live.mail("brand_new@example.com", SUBJECT_VERIFY)
    assert len(live.mails(owner.email, SUBJECT_VERIFY)) == 1  # only the owner's own
    username_taken = stranger(
        REGISTER, {"input": registration(email="x@example.com", username=owner.username)}
    )
    assert username_taken == {
        "__typename": "UserAlreadyExists",
        "fields": [{"field": "username", "code": "taken"}],
    }
    assert password_login(live, owner)["__typename"] == "AuthSuccess"
    stranger_login = {"identifier": "someone_else", "password": PASSWORD}
    assert stranger(LOGIN, {"input": stranger_login})["__typename"] == "InvalidCredentials"


# finding 7: a long ceiling on wrong second-factor codes, and the owner told -----------------


def test_wrong_second_factor_codes_reach_a_ceiling_the_owners_sign_ins_do_not_lift(live):
    owner = join(live, "owner_eight")
    enrol_totp(owner)
    enrol_passkey(live, owner)
    wrong = 0
    while wrong < 100:
        started = password_login(live, owner)  # the password is known to the attacker
        assert started["__typename"] == "TwoFactorRequired", started
        attacker = live.client()
        for _ in range(5):  # a challenge takes five wrong codes
            guess = {"challenge": started["challenge"], "code": f"{wrong:06d}"}
            refused = attacker(COMPLETE, {"input": guess})
            assert refused["__typename"] == "InvalidCredentials", refused
            wrong += 1
        if wrong == 5:
            live.mail(owner.email, SUBJECT_SECOND_FACTOR)  # the first wrong code: the owner hears
            sign_in_with_recovery_code(live, owner)  # which clears short budgets, not the count
    started = password_login(live, owner)
    code = owner.recovery_codes.pop()
    locked = live.client()(
        COMPLETE, {"input": {"challenge": started["challenge"], "recoveryCode": code}}
    )
    assert locked["__typename"] == "InvalidCredentials"
    assert "Too many wrong codes" in locked["message"]
    # a passkey proves both factors: it gets the owner in and lifts the ceiling
    assert passkey_sign_in(live, owner.authenticator)["__typename"] == "AuthSuccess"
    started = password_login(live, owner)
    again = {"challenge": started["challenge"], "recoveryCode": code}
    assert live.client()(COMPLETE, {"input": again})["__typename"] == "AuthSuccess"


# finding 9: several workers without Redis ---------------------------------------------------


def test_production_refuses_several_workers_without_redis(fresh_database, tmp_path):
    env = service_env(
        fresh_database("sqlite"),
        ACCOUNTS_ENV="production",
        ACCOUNTS_SECRET_KEY="k" * 48,
        ACCOUNTS_PUBLIC_URL="https://accounts.example.com",
        ACCOUNTS_WEBAUTHN_RP_ID="accounts.example.com",
        ACCOUNTS_WEBAUTHN_ORIGINS="https://accounts.example.com",
        ACCOUNTS_RATE_LIMIT_ENABLED="true",
    )
    env.pop("ACCOUNTS_REDIS_URL", None)
    command = [
        sys.executable,
        "-m",
        "service.cli",
        "serve",
        "--port",
        str(free_port()),
        "--workers",
        "2",
    ]
    done = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "ACCOUNTS_REDIS_URL" in done.stderr and "Traceback" not in done.stderr


# finding 10: a cookie session replaced by a new sign-in ends -------------------------------


def test_a_sign_in_that_replaces_the_session_cookie_ends_the_replaced_session(live):
    owner = join(live, "owner_nine")
    ask = {"Accounts-Session": "cookie"}
    browser = live.client()
    credentials = {"input": {"identifier": owner.username, "password": PASSWORD}}
    first = browser.post(LOGIN, credentials, **ask)
    old = first.cookies.get(COOKIE) or _cookie(first)
    second = browser.post(LOGIN, credentials, **ask, Cookie=f"{COOKIE}={old}")
    new = _cookie(second)
    assert new and new != old
    me_old = browser.post(ME, Cookie=f"{COOKIE}={old}").json()["data"]["me"]
    me_new = browser.post(ME, Cookie=f"{COOKIE}={new}").json()["data"]["me"]
    assert me_old is None and me_new["username"] == owner.username


def _cookie(response: httpx.Response) -> str:
    for name, value in response.headers.multi_items():
        if name.lower() == "set-cookie" and value.startswith(f"{COOKIE}="):
            return value.split(";", 1)[0].split("=", 1)[1]
    raise AssertionError(f"no session cookie in {response.headers}")
