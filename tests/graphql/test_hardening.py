"""GraphQL and HTTP limits: aliases, depth, tokens, directives, body size, batching, GET."""

from __future__ import annotations

import httpx
import pytest

from service.app import create_app
from tests.conftest import PASSWORD
from tests.helpers import LOGIN, SESSIONS, register_ok, waits_out_the_window

ALIASED_LOGINS = "mutation {{\n{}\n}}".format(
    "\n".join(
        f'a{i}: login(input: {{identifier: "ada_lovelace", password: "Wrong-Password-{i}"}}) '
        "{ __typename ... on RateLimited { retryAfterSeconds } }"
        for i in range(30)
    )
)


@pytest.fixture
def raw(state):
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=state)), base_url="http://t"
    )


async def test_alias_attack_counts_every_login(make_state, make_client, monkeypatch):
    """30 aliased logins in one request are 30 attempts against the per-(IP, identifier) budget."""
    state = make_state(
        rate_limit_enabled=True,
        rate_limit_login_per_ip_identifier="5/15 minutes",
        max_sensitive_fields=0,
        max_aliases=50,
    )
    gql = make_client(state)
    await register_ok(gql)
    checks = []
    verify = state.services.passwords._verify_sync
    monkeypatch.setattr(
        state.services.passwords, "_verify_sync", lambda *a: checks.append(1) or verify(*a)
    )
    body = await gql(ALIASED_LOGINS)
    kinds = [body["data"][f"a{i}"]["__typename"] for i in range(30)]
    assert kinds == ["InvalidCredentials"] * 5 + ["RateLimited"] * 25
    assert len(checks) == 5
    assert all(
        waits_out_the_window(body["data"][f"a{i}"]["retryAfterSeconds"], 900) for i in range(5, 30)
    )


async def test_one_sensitive_mutation_per_request(gql):
    three_logins = "mutation {{ {} }}".format(
        " ".join(
            f'a{i}: login(input: {{identifier: "x", password: "y"}}) {{ __typename }}'
            for i in range(3)
        )
    )
    body = await gql(three_logins)
    assert body.get("data") is None
    (error,) = [e for e in body["errors"] if "SingleSensitiveMutation" in e["message"]]
    assert error["extensions"]["rule"] == "SingleSensitiveMutation"
    via_fragments = """
    mutation { ...A ...B }
    fragment A on Mutation { login(input: {identifier: "x", password: "y"}) { __typename } }
    fragment B on Mutation {
      registerUser(input: {email: "a@b.co", username: "abcdef", password: "p",
        passwordConfirmation: "p", firstName: "a", lastName: "b"}) { __typename }
    }"""
    body = await gql(via_fragments)
    assert any("SingleSensitiveMutation" in e["message"] for e in body["errors"])
    single = await gql(LOGIN, {"input": {"identifier": "nobody_here", "password": PASSWORD}})
    assert single["data"]["login"]["__typename"] == "InvalidCredentials"


async def test_two_hundred_aliases_refused(gql):
    query = "{{ {} }}".format(" ".join(f"m{i}: me {{ id }}" for i in range(200)))
    body = await gql(query)
    assert body.get("data") is None
    assert "aliases" in body["errors"][0]["message"].lower()


async def test_depth_bomb_refused(gql, make_state, make_client):
    bomb = "{ me " + "{ id " * 600 + "}" * 601
    body = await gql(bomb)
    assert body.get("data") is None and body["errors"]
    shallow = make_client(make_state(max_query_depth=1))
    deep = 'mutation { login(input: {identifier: "a", password: "b"}) { ... on AuthSuccess { user { id } } } }'
    body = await shallow(deep)
    assert body.get("data") is None
    assert any("exceeds maximum operation depth" in e["message"] for e in body["errors"])
    assert (await gql(deep))["data"]["login"] is not None


async def test_token_limit(gql):
    body = await gql("{ me { " + "id " * 3000 + "} }")
    assert body.get("data") is None
    assert "token" in body["errors"][0]["message"].lower()


async def test_directive_overloading_refused(gql):
    body = await gql("{ me @include(if: true) " + "@skip(if: false) " * 40 + "{ id } }")
    assert any(e.get("extensions", {}).get("rule") == "MaxDirectives" for e in body["errors"])


async def test_two_megabyte_body_is_413_before_parsing(raw):
    big = b'{"query": "{ me { id } }", "variables": {"x": "' + b"a" * (2 * 1024 * 1024) + b'"}}'
    async with raw:
        response = await raw.post(
            "/graphql", content=big, headers={"content-type": "application/json"}
        )
        assert response.status_code == 413

        async def chunks():
            for _ in range(40):
                yield b"a" * 65536

        streamed = await raw.post(
            "/graphql", content=chunks(), headers={"content-type": "application/json"}
        )
        assert streamed.status_code == 413


async def test_batched_array_refused(raw):
    async with raw:
        response = await raw.post("/graphql", json=[{"query": "{ me { id } }"}] * 2)
    assert response.status_code == 400


async def test_mutation_over_get_refused(raw):
    async with raw:
        response = await raw.get("/graphql", params={"query": "mutation { logout { __typename } }"})
    assert response.status_code in (400, 405)
    assert "mutation" in response.text.lower()


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"query": "{ me { id } }"', "application/json"),
        (b"\xff\xfe{}", "application/json"),
        (b'{"query": "{ me { id } }", "variables": {"a": "\\ud800"}}', "application/json"),
        (b'["not", "an", "object"]', "application/json"),
        (b'{"query": 12}', "application/json"),
        (b"query { me { id } }", "text/plain"),
        (b"query { me { id } }", "application/x-www-form-urlencoded"),
    ],
)
async def test_malformed_requests_are_400(raw, content, content_type):
    async with raw:
        response = await raw.post(
            "/graphql", content=content, headers={"content-type": content_type}
        )
    assert response.status_code == 400, response.text
    assert "Traceback" not in response.text


async def test_null_bytes_and_huge_strings_are_field_errors(gql):
    body = await gql(
        LOGIN, {"input": {"identifier": "ada\u0000lovelace", "password": "pass\u0000word"}}
    )
    assert body["data"]["login"]["__typename"] == "InvalidCredentials"
    from tests.helpers import REGISTER, registration

    body = await gql(
        REGISTER,
        {"input": registration(username="ada\u0000love", firstName="A\u0000", bio="x" * 20000)},
    )
    result = body["data"]["registerUser"]
    assert result["__typename"] == "ValidationError"
    assert {(f["field"], f["code"]) for f in result["fields"]} >= {
        ("username", "invalid_characters"),
        ("firstName", "invalid_characters"),
        ("bio", "too_long"),
    }


async def test_x_forwarded_for_only_from_trusted_proxies(make_state, make_client):
    for trusted, expected in ((["10.0.0.0/8"], "127.0.0.1"), (["127.0.0.1"], "198.51.100.4")):
        state = make_state(trusted_proxies=trusted)
        gql = make_client(state)
        token = (
            await register_ok(
                gql, email=f"{expected}@example.com", username=f"user_{len(trusted[0])}"
            )
        )["token"]
        headers = {"X-Forwarded-For": "203.0.113.66, 198.51.100.4"}
        sessions = await gql(SESSIONS, token=token, headers=headers)
        assert (
            sessions["data"]["sessions"][0]["ipAddress"] == "127.0.0.1"
        )  # registration had no header
        login = await gql(
            LOGIN,
            {"input": {"identifier": f"{expected}@example.com", "password": PASSWORD}},
            headers=headers,
        )
        assert login["data"]["login"]["__typename"] == "AuthSuccess"
        ips = {s["ipAddress"] for s in (await gql(SESSIONS, token=token))["data"]["sessions"]}
        assert ips == {"127.0.0.1", expected}


async def test_production_mode_switches(make_state, make_client):
    state = make_state(env="production")
    gql = make_client(state)
    body = await gql("{ __schema { types { name } } }")
    assert body.get("data") is None and "introspection" in body["errors"][0]["message"].lower()
    body = await gql("{ mee { id } }")
    assert "Did you mean" not in body["errors"][0]["message"]
    assert (await gql("{ __typename }"))["data"] == {"__typename": "Query"}
    ide = await gql.http.get("/graphql", headers={"Accept": "text/html"})
    assert ide.status_code == 404
    get_query = await gql.http.get("/graphql", params={"query": "{ __typename }"})
    assert get_query.status_code in (400, 405)

    development = make_client(make_state())
    body = await development("{ mee { id } }")
    assert "Did you mean 'me'" in body["errors"][0]["message"]
    body = await development("{ __schema { queryType { name } } }")
    assert body["data"]["__schema"]["queryType"]["name"] == "Query"

    switched_on = make_client(make_state(env="production", introspection=True, graphiql=True))
    body = await switched_on("{ __schema { queryType { name } } }")
    assert body["data"]["__schema"]["queryType"]["name"] == "Query"
    ide = await switched_on.http.get("/graphql", headers={"Accept": "text/html"})
    assert ide.status_code == 200


async def test_parse_and_validation_are_cached_per_query_text(make_state, make_client, monkeypatch):
    """A repeated query is parsed and validated once; the cache is bounded; bad input still fails."""
    from service.graphql.policy import prepared as documents

    calls = {"parse": 0, "validate": 0}
    real_parse, real_validate = documents.parse, documents.validate_document

    def counting_parse(*args, **kwargs):
        calls["parse"] += 1
        return real_parse(*args, **kwargs)

    def counting_validate(*args, **kwargs):
        calls["validate"] += 1
        return real_validate(*args, **kwargs)

    monkeypatch.setattr(documents, "parse", counting_parse)
    monkeypatch.setattr(documents, "validate_document", counting_validate)
    gql = make_client(make_state(graphql_cache_size=2))
    token = (await register_ok(gql))["token"]
    calls.update(parse=0, validate=0)

    for _ in range(3):
        assert (await gql("{ me { username } }", token=token))["data"]["me"]["username"]
    assert calls == {"parse": 1, "validate": 1}

    for _ in range(2):
        body = await gql("{ me { nonsense } }", token=token)
        assert "nonsense" in body["errors"][0]["message"]
    assert calls == {"parse": 2, "validate": 2}

    # Each operation of a cached document is executed and labelled on its own.
    named = "query A { me { id } } query B { me { username } }"
    for name, field in (("A", "id"), ("B", "username"), ("A", "id")):
        response = await gql.http.post(
            "/graphql",
            json={"query": named, "operationName": name},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert list(response.json()["data"]["me"]) == [field]
    assert calls == {"parse": 3, "validate": 3}

    # Bounded: with room for two documents, the first query is parsed again after two others.
    before = calls["parse"]
    await gql("{ me { email } }", token=token)
    await gql("{ me { username } }", token=token)
    assert calls["parse"] == before + 2


async def test_every_mutation_of_a_document_is_read_and_the_one_over_the_limit_named(gql):
    login = 'login(input: {identifier: "x", password: "y"}) { __typename }'
    document = f"query Q {{ __typename }}\nmutation M {{ a: {login} b: {login} }}"
    body = await gql(document)
    assert body.get("data") is None
    (error,) = body["errors"]
    assert error["extensions"]["rule"] == "SingleSensitiveMutation"
    assert error["locations"] == [{"line": 2, "column": 1}]


async def test_update_user_is_a_sensitive_field(gql):
    """P7 #3: an email change checks a password, so updateUser joins the one-per-request rule."""
    token = (await register_ok(gql))["token"]
    twice = """
    mutation {
      a: updateUser(input: {email: "b@example.com", currentPassword: "Wrong-Pass-1"}) { __typename }
      b: updateUser(input: {email: "c@example.com", currentPassword: "Wrong-Pass-2"}) { __typename }
    }"""
    body = await gql(twice, token=token)
    assert body["data"] is None
    (error,) = body["errors"]
    assert error["message"] == (
        "SingleSensitiveMutation: at most 1 of login, registerUser, changePassword, "
        "updateUser, resetPassword, deleteAccount, regenerateRecoveryCodes, disableTwoFactor, "
        "reauthenticate and setPassword may be sent in one request; "
        "this one has 2."
    )
    assert error["extensions"] == {
        "code": "GRAPHQL_VALIDATION_FAILED",
        "rule": "SingleSensitiveMutation",
    }
