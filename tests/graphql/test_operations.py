"""Operator-facing behaviour: /metrics, structured request logs, CORS, request ids."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from service.app import create_app
from service.observability import JsonFormatter
from tests.conftest import PASSWORD
from tests.helpers import (
    CHANGE_PASSWORD,
    LOGIN,
    ME,
    SESSIONS,
    login,
    password_change,
    register_ok,
    registration,
)


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


async def scrape(gql, **headers) -> dict:
    response = await gql.http.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return samples(response.text)


def value(metrics, name, **labels) -> float:
    return metrics.get((name, tuple(sorted(labels.items()))), 0.0)


async def test_metrics_count_requests_logins_and_sessions(gql, make_state, make_client):
    limited = make_client(
        make_state(rate_limit_enabled=True, rate_limit_login_per_ip_identifier="1/hour")
    )
    before = await scrape(gql)
    token = (await register_ok(gql))["token"]
    await login(gql, "ada_lovelace")
    await login(gql, "ada_lovelace", "Wrong-Password-1")
    await login(limited, "ghost_user", "Wrong-Password-1")
    await login(limited, "ghost_user", "Wrong-Password-1")
    await gql(ME, token=token)
    await gql("mutation { logoutAll { __typename } }", token=token)
    after = await scrape(gql)

    def delta(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("accounts_logins_total", outcome="success") == 1
    assert delta("accounts_logins_total", outcome="invalid") == 2
    assert delta("accounts_logins_total", outcome="limited") == 1
    assert delta("accounts_sessions_issued_total") == 2
    assert delta("accounts_sessions_revoked_total") == 2
    assert delta("accounts_graphql_requests_total", operation="mutation:login", outcome="ok") == 4
    assert delta("accounts_graphql_requests_total", operation="query:me", outcome="ok") == 1
    assert delta("accounts_graphql_request_duration_seconds_count", operation="query:me") == 1
    assert ("accounts_password_hash_queue", ()) in after


async def test_operation_labels_are_bounded(gql):
    before = await scrape(gql)
    await gql("query AnyNameAClientLikes { me { id } }")
    await gql("{ nonsense }")
    after = await scrape(gql)
    names = {labels for (name, labels) in after if name == "accounts_graphql_requests_total"}
    assert not any("AnyNameAClientLikes" in str(labels) for labels in names)
    assert (
        value(after, "accounts_graphql_requests_total", operation="query:me", outcome="ok")
        - value(before, "accounts_graphql_requests_total", operation="query:me", outcome="ok")
        == 1
    )
    assert (
        value(after, "accounts_graphql_requests_total", operation="invalid", outcome="error")
        - value(before, "accounts_graphql_requests_total", operation="invalid", outcome="error")
        == 1
    )


async def test_metrics_switched_off_in_production_and_token_guarded(make_state, make_client):
    production = make_client(make_state(env="production"))
    assert (await production.http.get("/metrics")).status_code == 404
    guarded = make_client(make_state(env="production", metrics=True, metrics_token="s3cret-scrape"))
    assert (await guarded.http.get("/metrics")).status_code == 401
    wrong = await guarded.http.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert await scrape(guarded, Authorization="Bearer s3cret-scrape")


async def test_one_structured_log_event_per_request_without_secrets(gql, caplog):
    new_password = "Quixotic-Lantern-77"
    with caplog.at_level(logging.DEBUG, logger="service"):
        registered = await register_ok(gql)
        token = registered["token"]
        second = (await login(gql, "ada@example.com"))["token"]
        await login(gql, "ada@example.com", "Wrong-Password-1")
        await gql(ME, token=token)
        await gql(SESSIONS, token=token, headers={"X-Request-ID": "trace-abc-123"})
        changed = await gql(CHANGE_PASSWORD, password_change(PASSWORD, new_password), token=token)
        third = changed["data"]["changePassword"]["token"]
        await gql(LOGIN, {"input": {"identifier": "ada_lovelace", "password": new_password}})
    formatter = JsonFormatter()
    lines = [formatter.format(record) for record in caplog.records]
    text = "\n".join(lines)
    for secret in (
        token,
        second,
        third,
        PASSWORD,
        new_password,
        "Wrong-Password-1",
        "ada@example.com",
        "ada_lovelace",
    ):
        assert secret not in text, secret
    events = [json.loads(line) for line in lines if '"event": "request"' in line]
    assert len(events) == 7
    assert {e["operation"] for e in events} >= {
        "mutation:registerUser",
        "mutation:login",
        "query:me",
        "query:sessions",
        "mutation:changePassword",
    }
    assert all(
        e["status"] == 200 and 0 <= e["duration_ms"] < 60_000 and e["request_id"] for e in events
    )
    assert "trace-abc-123" in {e["request_id"] for e in events}
    assert len({e["request_id"] for e in events}) == 7


async def test_request_id_header(gql):
    response = await gql.http.post("/graphql", json={"query": "{ __typename }"})
    assert len(response.headers["x-request-id"]) == 16
    echoed = await gql.http.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"X-Request-ID": "abc-123"}
    )
    assert echoed.headers["x-request-id"] == "abc-123"
    refused = await gql.http.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"X-Request-ID": "bad id\\n"}
    )
    assert refused.headers["x-request-id"] != "bad id\\n"


@pytest.mark.parametrize("origin", ["https://app.example.com", "https://evil.example.net"])
async def test_cors_preflight(make_state, origin):
    state = make_state(cors_origins="https://app.example.com, https://admin.example.com")
    app = create_app(state=state)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        response = await c.options(
            "/graphql",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": (
                    "authorization, content-type, apollo-require-preflight"
                ),
            },
        )
        if origin == "https://app.example.com":
            assert response.status_code == 200
            assert response.headers["access-control-allow-origin"] == origin
            allowed = response.headers["access-control-allow-headers"].lower()
            for header in ("authorization", "content-type", "apollo-require-preflight"):
                assert header in allowed, header
            simple = await c.post(
                "/graphql", json={"query": "{ __typename }"}, headers={"Origin": origin}
            )
            assert simple.headers["access-control-allow-origin"] == origin
        else:
            assert response.status_code == 400
            assert "access-control-allow-origin" not in response.headers


async def test_request_logs_carry_no_client_address_or_user_agent(state, caplog):
    """The request log says what happened, never who asked: no address, no user agent."""
    app = create_app(state=state)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.77", 40123))
    agent = "Distinctive-Agent/9.9"
    with caplog.at_level(logging.DEBUG, logger="service"):
        async with httpx.AsyncClient(
            transport=transport, base_url="http://t", headers={"User-Agent": agent}
        ) as client:
            document = (
                "mutation R($input: RegisterUserInput!) { registerUser(input: $input) "
                "{ ... on AuthSuccess { token deviceToken } } }"
            )
            body = {"query": document, "variables": {"input": registration()}}
            registered = (await client.post("/graphql", json=body)).json()["data"]["registerUser"]
            await client.post(
                "/graphql",
                json={"query": ME},
                headers={"Authorization": f"Bearer {registered['token']}"},
            )
    text = "\n".join(JsonFormatter().format(record) for record in caplog.records)
    assert '"event": "request"' in text
    for personal in ("203.0.113.77", agent, registered["deviceToken"]):
        assert personal not in text, personal


LOGIN_ON_DEVICE = """
mutation L($input: LoginInput!) { login(input: $input) { ... on AuthSuccess { token deviceToken } } }
"""


async def test_logout_all_forgets_the_accounts_devices(gql):
    """A device known before "log out everywhere" is a new one at its next sign-in."""
    await register_ok(gql)
    credentials = {"identifier": "ada_lovelace", "password": PASSWORD}
    first = (await gql(LOGIN_ON_DEVICE, {"input": credentials}))["data"]["login"]
    device = first["deviceToken"]
    again = await gql(LOGIN_ON_DEVICE, {"input": {**credentials, "deviceToken": device}})
    assert again["data"]["login"]["deviceToken"] == device  # known: kept
    await gql("mutation { logoutAll { __typename } }", token=first["token"])
    after = await gql(LOGIN_ON_DEVICE, {"input": {**credentials, "deviceToken": device}})
    assert after["data"]["login"]["deviceToken"] not in (None, device)
