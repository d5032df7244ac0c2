"""The email lifecycle as a user meets it: a real server, a real SMTP server, codes read from mail.

Each flow goes over HTTP to ``accounts serve`` (its courier inline), and every code is read
from the message the SMTP server received, never from the database.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from email.message import EmailMessage

import httpx
import pytest

from tests.conftest import PASSWORD
from tests.e2e.server import running_server
from tests.helpers import (
    CONFIRM_EMAIL_CHANGE,
    DELETE_ACCOUNT,
    LOGIN,
    ME,
    REGISTER,
    REQUEST_PASSWORD_RESET,
    RESET_PASSWORD,
    UPDATE,
    VERIFY_EMAIL,
    registration,
)
from tests.mail.smtp import SmtpServer

NEW_PASSWORD = "Another-Horse-7-staple"


@pytest.fixture(params=["sqlite", "postgresql"])
def live(request, tmp_path_factory, fresh_database) -> Iterator[tuple[str, SmtpServer]]:
    smtp = SmtpServer("plain").start()
    workdir = tmp_path_factory.mktemp("email-e2e")
    env = {"ACCOUNTS_SMTP_URL": smtp.url(), "ACCOUNTS_MAIL_POLL_INTERVAL": "0.2"}
    try:
        with running_server(fresh_database(request.param), workdir, env=env) as base:
            yield base, smtp
    finally:
        smtp.stop()


def call(base: str, query: str, variables: dict | None = None, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        f"{base}/graphql",
        json={"query": query, "variables": variables or {}},
        headers=headers,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    body: dict = response.json()
    assert "errors" not in body, body
    return body["data"]


def next_mail(smtp: SmtpServer, to: str, seen: int) -> tuple[EmailMessage, int]:
    """The first message to ``to`` after the ``seen`` first ones the server received."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with smtp.recorder.lock:
            messages = list(smtp.recorder.messages)
        for index, message in enumerate(messages[seen:], start=seen):
            if str(message["To"]) == to:
                return message, index + 1
        time.sleep(0.05)
    raise AssertionError(f"no mail to {to} arrived")


def code_in(message: EmailMessage) -> str:
    text = message.get_body(preferencelist=("plain",))
    assert text is not None
    match = re.search(r"\b(\d{6,})\b", text.get_content())
    assert match, text.get_content()
    return match.group(1)


def test_every_email_flow_over_http_with_codes_from_the_mailbox(live):
    base, smtp = live
    registered = call(base, REGISTER, {"input": registration()})["registerUser"]
    assert registered["__typename"] == "AuthSuccess"
    token = registered["token"]

    welcome, seen = next_mail(smtp, "ada@example.com", 0)
    code = code_in(welcome)
    verified = call(base, VERIFY_EMAIL, {"input": {"email": "ada@example.com", "code": code}})
    assert verified["verifyEmail"]["__typename"] == "EmailVerified"
    again = call(base, VERIFY_EMAIL, {"input": {"email": "ada@example.com", "code": code}})
    assert again["verifyEmail"]["__typename"] == "InvalidCode"  # single use

    # Forgotten password: the reset code ends every session and gives a fresh one.
    asked = call(base, REQUEST_PASSWORD_RESET, {"input": {"email": "ADA@example.com"}})
    assert asked["requestPasswordReset"]["__typename"] == "CodeSent"
    reset_mail, seen = next_mail(smtp, "ada@example.com", seen)
    reset = call(
        base,
        RESET_PASSWORD,
        {
            "input": {
                "email": "ada@example.com",
                "code": code_in(reset_mail),
                "newPassword": NEW_PASSWORD,
                "newPasswordConfirmation": NEW_PASSWORD,
            }
        },
    )["resetPassword"]
    assert reset["__typename"] == "AuthSuccess"
    assert call(base, ME, token=token)["me"] is None
    token = reset["token"]
    notice, seen = next_mail(smtp, "ada@example.com", seen)  # "your password was changed"
    assert not re.search(r"\b\d{6,}\b", notice.get_body(preferencelist=("plain",)).get_content())
    old = call(base, LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}})
    assert old["login"]["__typename"] == "InvalidCredentials"

    # Email change: pending until the code sent to the new address comes back.
    changed = call(
        base,
        UPDATE,
        {"input": {"email": "lovelace@example.org", "currentPassword": NEW_PASSWORD}},
        token,
    )["updateUser"]
    assert changed["__typename"] == "UpdateUserSuccess"
    me = call(base, "{ me { email pendingEmail emailVerified } }", token=token)["me"]
    assert me == {
        "email": "ada@example.com",
        "pendingEmail": "lovelace@example.org",
        "emailVerified": True,
    }
    confirm_mail, seen = next_mail(smtp, "lovelace@example.org", seen)
    confirmed = call(base, CONFIRM_EMAIL_CHANGE, {"input": {"code": code_in(confirm_mail)}}, token)
    assert confirmed["confirmEmailChange"]["__typename"] == "UpdateUserSuccess"
    _, seen = next_mail(smtp, "ada@example.com", seen)  # the notice to the old address
    me = call(base, "{ me { email pendingEmail emailVerified } }", token=token)["me"]
    assert me == {"email": "lovelace@example.org", "pendingEmail": None, "emailVerified": True}

    # Deletion: the goodbye goes out, the names are free again.
    deleted = call(base, DELETE_ACCOUNT, {"input": {"currentPassword": NEW_PASSWORD}}, token)
    assert deleted["deleteAccount"]["__typename"] == "AccountDeleted"
    next_mail(smtp, "lovelace@example.org", seen)
    assert call(base, ME, token=token)["me"] is None
    again = call(
        base,
        REGISTER,
        {"input": registration(email="lovelace@example.org")},
    )["registerUser"]
    assert again["__typename"] == "AuthSuccess"


def test_an_unknown_address_gets_the_same_answer_and_no_mail(live):
    base, smtp = live
    call(base, REGISTER, {"input": registration()})
    next_mail(smtp, "ada@example.com", 0)  # the verification code
    known = call(base, REQUEST_PASSWORD_RESET, {"input": {"email": "ada@example.com"}})
    unknown = call(base, REQUEST_PASSWORD_RESET, {"input": {"email": "nobody@example.com"}})
    known_answer, unknown_answer = known["requestPasswordReset"], unknown["requestPasswordReset"]
    assert known_answer["handle"].startswith("cod_") and unknown_answer["handle"].startswith("cod_")
    # handles are random for both, so nothing but their existence can be compared
    assert {**known_answer, "handle": ""} == {**unknown_answer, "handle": ""}
    next_mail(smtp, "ada@example.com", 1)
    time.sleep(0.5)  # the courier polls every 0.2 s: anything queued would have gone out
    with smtp.recorder.lock:
        assert [str(m["To"]) for m in smtp.recorder.messages] == ["ada@example.com"] * 2
