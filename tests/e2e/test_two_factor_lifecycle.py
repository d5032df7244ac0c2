"""Two-factor sign-in as a client meets it, against a real server: set TOTP up from the QR
code's URI, sign in with a code and with a recovery code, turn it off. Codes come from pyotp
on the test's clock, as an authenticator app makes them."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pyotp
import pytest

from tests.e2e.server import running_server
from tests.e2e.test_email_lifecycle import code_in, next_mail
from tests.helpers import REGISTER, VERIFY_EMAIL, registration
from tests.mail.smtp import SmtpServer

BEGIN = "mutation { beginTotpSetup { __typename ... on TotpSetup { otpauthUri qrSvg } } }"
CONFIRM = """
mutation ($code: String!) { confirmTotpSetup(input: {code: $code}) {
  __typename ... on RecoveryCodes { codes } ... on InvalidCode { message } } }
"""
LOGIN = """
mutation { login(input: {identifier: "ada_lovelace", password: "Correct-Horse-9-battery"}) {
  __typename ... on TwoFactorRequired { challenge methods } ... on AuthSuccess { token } } }
"""
COMPLETE = """
mutation ($input: CompleteLoginInput!) { completeLogin(input: $input) {
  __typename ... on AuthSuccess { token user { username twoFactorEnabled } }
  ... on InvalidCredentials { message } } }
"""
DISABLE = """
mutation ($code: String!) { disableTwoFactor(input: {currentPassword: "Correct-Horse-9-battery",
  code: $code}) { __typename } }
"""


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer("plain").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_factor_lifecycle(fresh_database, tmp_path, backend, smtp):
    env = {"ACCOUNTS_SMTP_URL": smtp.url(), "ACCOUNTS_MAIL_POLL_INTERVAL": "0.2"}
    with running_server(fresh_database(backend), tmp_path, env=env) as base:

        def call(query, variables=None, token=None):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            body = httpx.post(
                f"{base}/graphql",
                json={"query": query, "variables": variables or {}},
                headers=headers,
                timeout=30,
            ).json()
            assert "errors" not in body, body
            return body["data"]

        token = call(REGISTER, {"input": registration()})["registerUser"]["token"]
        # no factor is added to an account before its mailbox is proved
        assert call(BEGIN, token=token)["beginTotpSetup"]["__typename"] == "EmailNotVerified"
        message, _ = next_mail(smtp, "ada@example.com", 0)
        proof = {"email": "ada@example.com", "code": code_in(message)}
        verified = call(VERIFY_EMAIL, {"input": proof}, token)["verifyEmail"]
        assert verified["__typename"] == "EmailVerified"
        setup = call(BEGIN, token=token)["beginTotpSetup"]
        assert setup["__typename"] == "TotpSetup" and setup["qrSvg"].startswith("<svg")
        app = pyotp.parse_uri(setup["otpauthUri"])  # what scanning the QR code gives an app
        confirmed = call(CONFIRM, {"code": app.now()}, token)["confirmTotpSetup"]
        assert confirmed["__typename"] == "RecoveryCodes"
        codes = confirmed["codes"]

        first = call(LOGIN)["login"]
        assert first == {
            "__typename": "TwoFactorRequired",
            "challenge": first["challenge"],
            "methods": ["TOTP", "RECOVERY_CODE"],
        }
        # the code that confirmed the setup is used; the app's next one is within the window
        upcoming = app.at(time.time() + app.interval)
        done = call(COMPLETE, {"input": {"challenge": first["challenge"], "code": upcoming}})
        signed_in = done["completeLogin"]
        assert signed_in["__typename"] == "AuthSuccess", signed_in
        assert signed_in["user"] == {"username": "ada_lovelace", "twoFactorEnabled": True}

        second = call(LOGIN)["login"]["challenge"]
        recovered = call(COMPLETE, {"input": {"challenge": second, "recoveryCode": codes[0]}})
        assert recovered["completeLogin"]["__typename"] == "AuthSuccess"

        disabled = call(DISABLE, {"code": codes[1]}, signed_in["token"])["disableTwoFactor"]
        assert disabled["__typename"] == "TwoFactorDisabled"
        assert call(LOGIN)["login"]["__typename"] == "AuthSuccess"
