"""Breached passwords: a real HTTP range API on loopback (the answers Have I Been Pwned gives,
padding rows included), the lookup sending only the 5-digit prefix, and the rules acting on
the answer: `enforce` refuses, `warn` accepts, `off` asks nothing, an unreachable API lets the
password through."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from service.accounts.passwords import breached
from service.accounts.passwords.rules import (
    BREACHED_MESSAGE,
    NewPassword,
    Owner,
    check_new_password,
)
from service.config import Settings
from service.observability import BREACHED_PASSWORD_CHECKS

LEAKED = "Correct-Horse-Battery-9"  # strong by every other rule, and "breached" here
CLEAN = "Quixotic-Lantern-77"


def sha1(password: str) -> str:
    return hashlib.sha1(password.encode(), usedforsecurity=False).hexdigest().upper()


class RangeApi:
    """A range API: knows LEAKED (count 3), pads every answer with a zero-count row that is
    CLEAN's suffix, and can be told to fail or to answer slowly."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.status = 200
        self.delay = 0.0
        self.body: str | None = None
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                api.paths.append(self.path)
                api.headers.append(dict(self.headers))
                time.sleep(api.delay)
                rows = [
                    f"{sha1(LEAKED)[5:].lower()}:3",  # lower case: matched regardless
                    f"{sha1(CLEAN)[5:]}:0",  # a padding row
                    "0018A45C4D1DEF81644B54AB7F969B88D65:1",
                ]
                body = (api.body if api.body is not None else "\r\n".join(rows)).encode()
                self.send_response(api.status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/range/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def api() -> Iterator[RangeApi]:
    server = RangeApi()
    yield server
    server.server.shutdown()
    server.server.server_close()


def settings(url: str, **overrides: Any) -> Settings:
    values = {"breached_password_url": url, "breached_password_timeout": 1, **overrides}
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def count(outcome: breached.Breached) -> float:
    return BREACHED_PASSWORD_CHECKS.labels(outcome.value)._value.get()


def test_a_suffix_counts_only_when_listed_with_a_count_above_zero():
    assert breached.found_in("ABC:2\r\nDEF:0", "ABC")
    assert breached.found_in("abc:2", "ABC")
    assert not breached.found_in("ABC:2", "ABD")
    assert not breached.found_in("DEF:0", "DEF")  # padding
    assert not breached.found_in("ABC:x", "ABC")
    assert not breached.found_in("ABC", "ABC")
    assert not breached.found_in("", "ABC")
    assert breached.found_in("DEF:0\r\n ABC:1 \r\n", "ABC")


async def test_only_the_prefix_leaves_and_the_answer_is_matched_here(api):
    before = count(breached.Breached.YES), count(breached.Breached.NO)
    assert await breached.look_up(settings(api.url), LEAKED) == breached.Breached.YES
    assert await breached.look_up(settings(api.url), CLEAN) == breached.Breached.NO
    assert api.paths == [f"/range/{sha1(LEAKED)[:5]}", f"/range/{sha1(CLEAN)[:5]}"]
    assert all(h.get("Add-Padding") == "true" for h in api.headers)
    assert all(h.get("User-Agent") == "accounts" for h in api.headers)
    assert (count(breached.Breached.YES), count(breached.Breached.NO)) == (
        before[0] + 1,
        before[1] + 1,
    )


@pytest.mark.parametrize(
    ("failure", "error"),
    [("status", "HTTPStatusError"), ("slow", "ReadTimeout"), ("closed", "ConnectError")],
)
async def test_an_api_that_fails_lets_the_password_through(api, failure, error, caplog):
    url = api.url
    if failure == "status":
        api.status = 503
    elif failure == "slow":
        api.delay = 1.5
    else:
        url = "http://127.0.0.1:9/range/"  # discard port: nothing listens
    before = count(breached.Breached.UNKNOWN)
    started = time.monotonic()
    answer = await breached.look_up(settings(url), LEAKED)
    assert answer == breached.Breached.UNKNOWN
    assert time.monotonic() - started < 1.4  # the timeout bounds the wait
    assert count(breached.Breached.UNKNOWN) == before + 1
    assert [r.getMessage() for r in caplog.records if r.name == "service.accounts"] == [
        f"breached-password lookup failed ({error}): the password is let through"
    ]


async def test_enforce_refuses_warn_accepts_and_off_asks_nothing(api, caplog):
    new = NewPassword(LEAKED, LEAKED, "newPassword", "newPasswordConfirmation")
    owner = Owner("ada_lovelace", "ada@example.com", "Ada", "Lovelace")
    refused = await check_new_password(
        settings(api.url, breached_password_check="enforce"), new, owner
    )
    assert [(e.field, e.code, e.message) for e in refused] == [
        ("newPassword", "breached", BREACHED_MESSAGE)
    ]
    warned = await check_new_password(settings(api.url, breached_password_check="warn"), new, owner)
    assert warned == []
    assert "appears in a known breach" in caplog.text
    asked = len(api.paths)
    off = await check_new_password(settings(api.url, breached_password_check="off"), new, owner)
    assert off == [] and len(api.paths) == asked
    clean = NewPassword(CLEAN, CLEAN, "newPassword", "newPasswordConfirmation")
    enforce = settings(api.url, breached_password_check="enforce")
    assert await check_new_password(enforce, clean, owner) == []


async def test_a_weak_password_is_refused_without_asking_the_api(api):
    new = NewPassword("short", "short", "password", "passwordConfirmation")
    owner = Owner("ada_lovelace", "ada@example.com")
    errors = await check_new_password(
        settings(api.url, breached_password_check="enforce"), new, owner
    )
    assert errors and api.paths == []


async def test_an_unreachable_api_lets_a_new_password_through_under_enforce():
    new = NewPassword(LEAKED, LEAKED, "password", "passwordConfirmation")
    owner = Owner("ada_lovelace", "ada@example.com")
    unreachable = settings("http://127.0.0.1:9/range/", breached_password_check="enforce")
    assert await check_new_password(unreachable, new, owner) == []


def test_production_enforces_and_development_asks_nothing():
    assert (
        Settings(_env_file=None, env="production", secret_key="k" * 40).breached_passwords
        == "enforce"
    )  # type: ignore[call-arg]
    assert Settings(_env_file=None).breached_passwords == "off"  # type: ignore[call-arg]
