"""Unexpected exceptions are masked for clients and logged with their trace."""

from __future__ import annotations

import logging

import pytest

from service.accounts.sessions import listing as sessions_service
from tests.helpers import SESSIONS, register_ok


async def test_unexpected_error_is_masked_and_logged(gql, monkeypatch, caplog):
    token = (await register_ok(gql))["token"]

    async def boom(*args, **kwargs):
        raise RuntimeError("secret internals: dsn=postgres://admin:hunter2@db")

    monkeypatch.setattr(sessions_service, "list_sessions", boom)
    with caplog.at_level(logging.ERROR, logger="service.graphql"):
        body = await gql(SESSIONS, token=token)
    assert body["data"] is None
    assert body["errors"] == [
        {
            "message": "Unexpected error.",
            "locations": [{"line": 1, "column": 9}],
            "path": ["sessions"],
        }
    ]
    assert "hunter2" not in str(body)
    (record,) = [r for r in caplog.records if r.name == "service.graphql"]
    assert record.exc_info and "hunter2" in str(record.exc_info[1])
    assert "sessions" in record.getMessage()


async def test_graphql_syntax_and_validation_errors_reach_the_client(gql):
    body = await gql("{ me { nope } }")
    assert "Cannot query field 'nope'" in body["errors"][0]["message"]
    body = await gql("{ me { ")
    assert "Syntax Error" in body["errors"][0]["message"]


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"i": {"identifier": None, "password": "x"}}, "not to be None"),
        ({"i": {"identifier": 5, "password": "x"}}, "String cannot represent"),
        ({"i": {"identifier": "x"}}, "password"),
    ],
)
async def test_bad_variables_are_explained_not_masked(gql, variables, expected, caplog):
    query = "mutation($i: LoginInput!) { login(input: $i) { __typename } }"
    with caplog.at_level(logging.ERROR, logger="service.graphql"):
        body = await gql(query, variables)
    assert body["data"] is None
    message = body["errors"][0]["message"]
    assert expected in message and message != "Unexpected error."
    assert not [r for r in caplog.records if r.name == "service.graphql"]


@pytest.mark.parametrize(
    "input_",
    [
        {"identifierr": "ada", "password": "a-secret-Passw0rd"},
        {"identifier": "ada", "password": "a-secret-Passw0rd", "extra": 1},
        {"identifierr": "ada", "password": "a-secret-Passw0rd", "extra": 1},
        "a-secret-Passw0rd",
    ],
)
async def test_a_refused_variable_is_explained_without_quoting_what_was_sent(gql, input_):
    """graphql-core quotes the refused value ("found: {...}"), which can hold a password."""
    query = "mutation($i: LoginInput!) { login(input: $i) { __typename } }"
    body = await gql(query, {"i": input_})
    messages = [error["message"] for error in body["errors"]]
    assert "Variable '$i' has invalid value" in messages[0] and "LoginInput" in messages[0]
    assert "secret" not in str(body)
    for message in messages:
        assert "ound:" not in message
        assert message.endswith((".", "?")) and not message.endswith(("..", "?."))


async def test_unknown_enum_value_is_explained(gql):
    token = (await register_ok(gql))["token"]
    query = "mutation($i: UpdateUserInput!) { updateUser(input: $i) { __typename } }"
    body = await gql(query, {"i": {"status": "BOGUS"}}, token=token)
    assert "BOGUS" in body["errors"][0]["message"]


@pytest.mark.parametrize("fast", [True, False], ids=["fast-policy", "stock-policy"])
async def test_a_document_of_several_operations_needs_an_operation_name(
    make_state, make_client, fast, caplog
):
    gql = make_client(make_state(fast_request_policy=fast))
    document = "query A { __typename } query B { me { id } }"
    with caplog.at_level(logging.INFO, logger="service.access"):
        body = await gql(document)
    [event] = [r for r in caplog.records if r.getMessage() == "request"]
    fields = event.fields  # type: ignore[attr-defined]
    assert (fields["operation"], fields["outcome"]) == ("invalid", "error")  # none ran
    assert body == {
        "data": None,
        "errors": [
            {"message": "Must provide operation name if query contains multiple operations."}
        ],
    }
    for name, data in (
        ("A", {"__typename": "Query"}),
        ("B", {"me": None}),
    ):
        answer = await gql.http.post("/graphql", json={"query": document, "operationName": name})
        assert answer.json() == {"data": data}
    one = "query A { __typename }"  # a document of one operation needs no name
    assert await gql(one) == {"data": {"__typename": "Query"}}


def test_an_outage_is_logged_by_its_kind_and_first_200_characters(caplog):
    """The log names what failed, cut short (a driver's message may be long); the client gets
    only the typed error."""
    from service.graphql.context import unavailable
    from service.graphql.errors import ServiceUnavailableError

    cause = ConnectionRefusedError("connect to 127.0.0.1:5432 refused " + "x" * 300)
    with caplog.at_level(logging.WARNING, logger="service.graphql"):
        error = unavailable(cause)
    assert isinstance(error, ServiceUnavailableError)
    (record,) = [r for r in caplog.records if r.name == "service.graphql"]
    assert record.getMessage() == "storage unavailable: ConnectionRefusedError: " + str(cause)[:200]


async def test_an_outage_while_finding_the_caller_is_a_typed_error(gql, monkeypatch, caplog):
    from sqlalchemy.exc import OperationalError

    token = (await register_ok(gql))["token"]

    async def down(*args, **kwargs):
        raise OperationalError("SELECT", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(gql.state.callers, "resolve", down)
    with caplog.at_level(logging.WARNING, logger="service.graphql"):
        body = await gql("{ me { id } }", token=token)
    assert any(
        r.getMessage().startswith("storage unavailable: OperationalError:") for r in caplog.records
    )
    assert body["data"] == {"me": None}
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SERVICE_UNAVAILABLE"]


async def test_the_caller_is_found_once_per_request(gql, monkeypatch):
    token = (await register_ok(gql))["token"]
    resolve = gql.state.callers.resolve
    calls = []

    async def counted(*args, **kwargs):
        calls.append(args)
        return await resolve(*args, **kwargs)

    monkeypatch.setattr(gql.state.callers, "resolve", counted)
    body = await gql("{ a: me { id } b: me { username } sessions { id } }", token=token)
    assert body["data"]["a"]["id"] and body["data"]["b"]["username"] == "ada_lovelace"
    assert len(calls) == 1
