"""Which session token a request carries (``graphql.credentials``), on requests built here:
a bearer token wins and is never taken for a cookie; the cookie counts only on a request no
cross-site page can forge; and the request's own context drops a cookie whose session ended."""

from __future__ import annotations

from types import SimpleNamespace

from starlette.requests import Request
from starlette.responses import Response

from service.graphql import browser_session
from service.graphql.context import Context
from service.graphql.credentials import Credential, request_credential
from tests.conftest import make_settings

SETTINGS = make_settings("sqlite+aiosqlite:///:memory:", public_url="https://accounts.example")
COOKIE = f"{browser_session.COOKIE}=acct_from_cookie"


def request(*headers: tuple[str, str], method: str = "POST") -> Request:
    scope = {
        "type": "http",
        "method": method,
        "scheme": "https",
        "path": "/graphql",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers],
        "server": ("accounts.example", 443),
    }
    return Request(scope)


JSON = ("Content-Type", "application/json")
HOST = ("Host", "accounts.example")


def test_a_bearer_token_wins_and_is_not_a_cookie():
    both = request(JSON, HOST, ("Authorization", "Bearer acct_bearer"), ("Cookie", COOKIE))
    assert request_credential(both, SETTINGS) == Credential("acct_bearer", by_cookie=False)
    token = request(("Authorization", "Token acct_other"))
    assert request_credential(token, SETTINGS) == Credential("acct_other", by_cookie=False)


def test_the_cookie_counts_only_where_it_cannot_be_forged():
    assert request_credential(request(JSON, HOST, ("Cookie", COOKIE)), SETTINGS) == Credential(
        "acct_from_cookie", by_cookie=True
    )
    same_origin = request(JSON, HOST, ("Cookie", COOKIE), ("Origin", "https://accounts.example"))
    assert request_credential(same_origin, SETTINGS) == Credential("acct_from_cookie", True)
    for forged in (
        request(("Content-Type", "text/plain"), HOST, ("Cookie", COOKIE)),
        request(JSON, HOST, ("Cookie", COOKIE), ("Origin", "https://evil.example")),
        request(JSON, HOST, ("Cookie", COOKIE), ("Sec-Fetch-Site", "cross-site")),
        request(JSON, HOST, ("Cookie", COOKIE), method="GET"),
    ):
        assert request_credential(forged, SETTINGS) is None
    assert request_credential(request(JSON, HOST), SETTINGS) is None
    assert (
        request_credential(request(JSON, HOST, ("Authorization", "Basic eDp5")), SETTINGS) is None
    )


def test_a_browser_asks_for_its_session_as_a_cookie():
    assert browser_session.wants_cookie(request(("Accounts-Session", " Cookie ")))
    assert not browser_session.wants_cookie(request(("Accounts-Session", "token")))
    assert not browser_session.wants_cookie(request())


class Callers:
    def __init__(self, viewer: object) -> None:
        self.viewer = viewer
        self.asked: list[str] = []

    async def resolve(self, token: str) -> object:
        self.asked.append(token)
        return self.viewer


def context_for(req: Request, viewer: object = None, response: Response | None = None):
    state = SimpleNamespace(settings=SETTINGS, callers=Callers(viewer), trusted_proxies=[])
    return Context(req, state, response)  # type: ignore[arg-type]


def cleared(response: Response) -> bool:
    return any(
        name == b"set-cookie" and value.startswith(f"{browser_session.COOKIE}=;".encode())
        for name, value in response.headers.raw
    )


async def test_a_cookie_whose_session_ended_is_dropped_and_a_bearer_token_is_not():
    ended = context_for(request(JSON, HOST, ("Cookie", COOKIE)))
    assert await ended.viewer() is None and cleared(ended.response)
    assert ended.state.callers.asked == ["acct_from_cookie"]
    bearer = context_for(request(("Authorization", "Bearer acct_gone")))
    assert await bearer.viewer() is None and not cleared(bearer.response)


async def test_the_context_answers_into_the_response_it_was_given():
    given = Response()
    ctx = context_for(request(JSON, HOST, ("Cookie", COOKIE)), response=given)
    assert ctx.response is given
    await ctx.viewer()
    assert cleared(given)
    own = context_for(request())
    assert isinstance(own.response, Response) and own.response is not given


async def test_a_request_that_ends_its_own_cookie_session_drops_the_cookie():
    viewer = SimpleNamespace(user=SimpleNamespace(id=1), session=SimpleNamespace(id=2))
    by_cookie = context_for(request(JSON, HOST, ("Cookie", COOKIE)), viewer=viewer)
    assert await by_cookie.viewer() is viewer and not cleared(by_cookie.response)
    by_cookie.forget_viewer()
    assert cleared(by_cookie.response) and await by_cookie.viewer() is None
    by_bearer = context_for(request(("Authorization", "Bearer acct_x")), viewer=viewer)
    assert await by_bearer.viewer() is viewer
    by_bearer.forget_viewer()
    assert not cleared(by_bearer.response)


async def test_each_request_has_an_id_of_its_own_or_the_logs():
    req = request()
    req.state.request_id = "req-from-log"
    assert context_for(req).request_id == "req-from-log"
    first, second = context_for(request()).request_id, context_for(request()).request_id
    assert first != second and len(first) == 16


async def test_closing_a_request_logs_a_failure_and_never_raises(caplog):
    class Failing:
        async def close(self) -> None:
            raise ConnectionResetError("gone")

    quiet = context_for(request())
    with caplog.at_level("WARNING", logger="service.graphql"):
        await quiet.close()
    assert caplog.records == []
    failing = context_for(request())
    failing._uow = Failing()  # type: ignore[assignment]
    with caplog.at_level("WARNING", logger="service.graphql"):
        await failing.close()
        await failing.close()  # released once: a second close has nothing to do
    assert [r.getMessage() for r in caplog.records] == [
        "closing the request's session failed: ConnectionResetError"
    ]
