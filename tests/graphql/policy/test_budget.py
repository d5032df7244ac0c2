"""Documents are refused or answered after work linear in their size, with one error, and
validating one never holds up other requests."""

from __future__ import annotations

import asyncio
import gc
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from graphql import get_introspection_query, parse, specified_rules

from service.app import create_app
from service.config import Settings
from service.graphql.policy import checks as rules
from service.graphql.policy import prepared as documents
from service.graphql.policy.budget import Budget, check_budget
from service.graphql.schema import build_schema, should_mask


def chain(n: int) -> str:
    """Each fragment spreads the next twice: 2**n fields once expanded (the P7 repro)."""
    return " ".join(
        ["query{...F0}"]
        + [f"fragment F{i} on Query{{...F{i + 1} ...F{i + 1}}}" for i in range(n)]
        + [f"fragment F{n} on Query{{__typename}}"]
    )


def validation_of(settings: Settings) -> tuple[object, rules.Validation]:
    policy = rules.request_policy(settings, should_mask)
    validation = rules.Validation(
        tuple(specified_rules) + policy.rules, policy.budget, policy.hide_suggestions
    )
    return build_schema(settings)._schema, validation


def python_calls(fn) -> int:
    """Python function calls made by ``fn()``: a work counter that does not depend on timing.

    The garbage collector is run first and paused meanwhile, so finalizers of objects left by
    earlier tests (closed clients, connections) are not counted as ``fn``'s work."""
    calls = 0

    def profile(_frame, event, _arg):
        nonlocal calls
        if event == "call":
            calls += 1

    gc.collect()
    gc.disable()
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
        gc.enable()
    return calls


# The pass on its own, against a small budget: each limit at its value passes, one beyond it is
# refused with its message, pointing at the node that broke it (totals have no one node).
SMALL = Budget(
    max_depth=2,
    max_aliases=2,
    max_selections=6,
    max_fragment_spreads=2,
    max_field_repeats=2,
    max_directives=3,
    max_operations=2,
    max_variables=2,
)
DEPTH = "MaxDepth: '{}' exceeds maximum operation depth of 2"
ALIASES = "MaxAliases: 3 aliases found. Allowed: 2"
SELECTIONS = (
    "MaxSelections: at most 6 fields may be selected per request, counting each fragment "
    "spread in full."
)
SPREADS = "MaxFragmentSpreads: at most 2 fragment spreads are allowed per request."
REPEATS = "MaxFieldRepeats: '{}' is selected more than 2 times in one selection set."
DIRECTIVES = "MaxDirectives: at most 3 directives are allowed per request."
REPEATED_DIRECTIVE = (
    "UniqueDirectivesPerLocation: the directive '@{}' can only be used once at this location."
)
OPERATIONS = "MaxOperations: at most 2 operations are allowed per document."
VARIABLES = "MaxVariables: at most 2 variables are allowed per document."


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Fail instead of hanging: the pass is linear, these documents take microseconds."""

    def expire(*_: object) -> None:
        raise TimeoutError(f"the budget pass took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def refusal(document: str) -> tuple[str, list[tuple[int, int]]] | None:
    with within(0.5):
        error = check_budget(parse(document), SMALL).error
    if error is None:
        return None
    assert error.extensions == {
        "code": "GRAPHQL_VALIDATION_FAILED",
        "rule": error.message.split(":")[0],
    }
    return error.message, [(at.line, at.column) for at in error.locations or ()]


@pytest.mark.parametrize(
    "document",
    [
        "{ a { b { c } } }",
        "query { a { ...F } } fragment F on T { b { c } }",
        "{ __schema { types { fields { name } } } }",  # introspection is not counted for depth
        "{ x: a y: a }",
        "{ a b c d e f }",
        "query { ...F ...F } fragment F on Q { a b c }",
        "{ a a x: b x: c }",
        "{ a @x @y b @z }",
        "query A { a } query B { b }",
        "query ($a: Int, $b: Int) { a }",
        "query A($a: Int) { a } query B($b: Int) { b }",
        # the standard rules refuse these; the pass only has to end and stay within bounds
        "query { ...G } fragment G on Q { ...G }",
        "fragment G on Q { a b c d ...G } query { ...G }",  # each definition counted once
        "query { ...Missing }",
        "directive @x on FIELD query { a }",
    ],
)
def test_documents_at_the_limits_pass(document):
    assert refusal(document) is None


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("query Deep { a { b { c { d } } } }", (DEPTH.format("Deep"), [(1, 1)])),
        ("{ a { b { c { d } } } }", (DEPTH.format("anonymous"), [(1, 1)])),
        (
            "query { a { ...F } } fragment F on T { b { c { d } } }",
            (DEPTH.format("anonymous"), [(1, 1)]),
        ),
        (
            "query { ...Missing a { ...Deep } } fragment Deep on Q { b { c { d } } }",
            (DEPTH.format("anonymous"), [(1, 1)]),
        ),
        (
            "query Deep { a { b { c { d } } } } query Flat { a }",
            (DEPTH.format("Deep"), [(1, 1)]),
        ),
        ("{ x: a y: a z: a }", (ALIASES, [])),
        ("query { x: a ...F } fragment F on Q { y: a z: b }", (ALIASES, [])),
        ("query A { x: a y: b } query B { z: c }", (ALIASES, [])),
        ("{ a b c d e f g }", (SELECTIONS, [])),
        ("query { ...F ...F } fragment F on Q { a b c d }", (SELECTIONS, [])),
        ("query A { a b c } query B { d e f g }", (SELECTIONS, [])),
        ("query { ...F ...F ...F } fragment F on Q { a }", (SPREADS, [(1, 19)])),
        ("{ a a a }", (REPEATS.format("a"), [(1, 7)])),
        ("{ x: a x: b x: c }", (REPEATS.format("x"), [(1, 13)])),
        ("{ a ... on Q { a a } }", (REPEATS.format("a"), [(1, 18)])),
        ("{ a @x @y b @z c @w }", (DIRECTIVES, [(1, 16)])),
        ("query ($v: Int @a) @b { c } fragment F on Q @c { d @e }", (DIRECTIVES, [(1, 50)])),
        ("{ a @b @x @x }", (REPEATED_DIRECTIVE.format("x"), [(1, 11)])),
        ("{ a @x @x @b }", (REPEATED_DIRECTIVE.format("x"), [(1, 8)])),
        ("query @x @x { a }", (REPEATED_DIRECTIVE.format("x"), [(1, 10)])),
        ("query ($v: Int @x @x) { a }", (REPEATED_DIRECTIVE.format("x"), [(1, 19)])),
        ("query A { a } query B { b } query C { c }", (OPERATIONS, [(1, 29)])),
        ("query ($a: Int, $b: Int, $c: Int) { a }", (VARIABLES, [(1, 26)])),
        ("query A($a: Int) { a } query B($b: Int, $c: Int) { b }", (VARIABLES, [(1, 41)])),
    ],
)
def test_one_beyond_a_limit_is_refused_at_the_node_that_broke_it(document, expected):
    assert refusal(document) == expected


@pytest.mark.parametrize(
    ("n", "rule"), [(15, "MaxSelections"), (20, "MaxFragmentSpreads"), (190, "MaxFragmentSpreads")]
)
async def test_fragment_chain_refused_with_one_error(make_state, make_client, n, rule):
    gql = make_client(make_state(env="production"))
    body = await gql(chain(n))
    assert body.get("data") is None
    assert [e["extensions"]["rule"] for e in body["errors"]] == [rule]


@pytest.mark.parametrize(
    ("query", "rule"),
    [
        ("{" + " me { id }" * 11 + "}", "MaxFieldRepeats"),
        ("{ me {" + "".join(f" f{i}" for i in range(301)) + "} }", "MaxSelections"),
        (
            "query {"
            + "".join(f" ...F{i}" for i in range(33))
            + "}"
            + "".join(f" fragment F{i} on Query {{ __typename }}" for i in range(33)),
            "MaxFragmentSpreads",
        ),
        ("{ " + " ".join(f"a{i}: __typename" for i in range(16)) + " }", "MaxAliases"),
        ("{ me " + "{ id " * 12 + "}" * 13, "MaxDepth"),
        (
            "query { ...A } fragment A on Query { me { ...B } } fragment B on User { "
            + "id { " * 10
            + "id"
            + " }" * 10
            + " }",
            "MaxDepth",
        ),
        ("query { __typename" + " @aa" * 10 + " }", "UniqueDirectivesPerLocation"),
        ("query { __typename" + " @skip(if: false)" * 2 + " }", "UniqueDirectivesPerLocation"),
        ("{ me @include(if: true) " + "@skip(if: false) " * 40 + "{ id } }", "MaxDirectives"),
        (" ".join(f"query q{i} {{ __typename }}" for i in range(17)), "MaxOperations"),
        (
            "query q(" + " ".join(f"$v{i}: Int" for i in range(33)) + ") { __typename }",
            "MaxVariables",
        ),
        (
            " ".join(
                f"query q{i}($a{i}: Int, $b{i}: Int, $c{i}: Int) {{ __typename }}"
                for i in range(11)
            ),
            "MaxVariables",
        ),
    ],
    ids=[
        "repeated-field",
        "selections",
        "fragment-spreads",
        "aliases",
        "depth",
        "depth-through-fragments",
        "unknown-directive-repeated",
        "known-directive-repeated",
        "directives",
        "operations",
        "variables",
        "variables-across-operations",
    ],
)
async def test_costly_documents_get_exactly_one_error(gql, query, rule):
    """Refused before any per-node work: one error, never one per directive or field."""
    body = await gql(query)
    assert body.get("data") is None
    assert [e["extensions"]["rule"] for e in body["errors"]] == [rule], body["errors"]
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED", "rule": rule}
    assert error["message"].startswith(f"{rule}: ")
    # totals over the whole document have no one place; every other refusal points at one
    assert ("locations" in error) == (rule not in {"MaxAliases", "MaxSelections"}), error


async def test_a_refusal_points_at_the_node_that_broke_the_limit(gql):
    query = "query {\n  __typename @skip(if: false) @skip(if: false)\n}"
    body = await gql(query)
    (error,) = body["errors"]
    assert error["extensions"]["rule"] == "UniqueDirectivesPerLocation"
    second = query.split("\n")[1].rindex("@skip") + 1
    assert error["locations"] == [{"line": 2, "column": second}]


async def test_documents_within_the_budget_pass(gql):
    """GraphiQL's full introspection query (230 fields through its fragments) included."""
    introspection = get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
        one_of=True,
    )
    body = await gql(introspection)
    assert "errors" not in body and body["data"]["__schema"]["queryType"]["name"] == "Query"
    body = await gql("{ a: __typename ...on Query { a: __typename } me { id } }")
    assert body == {"data": {"a": "Query", "me": None}}


async def test_healthz_answers_while_a_document_is_validated(make_state, monkeypatch):
    """Validation of a new document runs off the event loop: /healthz does not wait for it."""
    entered, release = threading.Event(), threading.Event()
    released: list[bool] = []
    real = documents.validate_document

    def slow_validation(*args, **kwargs):
        entered.set()
        released.append(release.wait(10))  # False: nothing could run while this blocked
        return real(*args, **kwargs)

    app = create_app(state=make_state())  # validates the trusted documents first
    monkeypatch.setattr(documents, "validate_document", slow_validation)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        graphql = asyncio.create_task(client.post("/graphql", json={"query": "{ __typename }"}))
        assert await asyncio.to_thread(entered.wait, 10)
        health = await client.get("/healthz")
        release.set()
        answer = await graphql
    assert health.json() == {"status": "ok"}
    assert released == [True]
    assert answer.json() == {"data": {"__typename": "Query"}}


HINTED = [
    'mutation { login(inputt: {identifier: "a", password: "b"}) { __typename } }',
    "query ($x: LoginInpt) { __typename }",
    'mutation { login(input: {identifierr: "a", password: "b"}) { __typename } }',
    "mutation { updateUser(input: {status: ACTIV}) { __typename } }",
    "{ mee { id } }",
]


@pytest.mark.parametrize("query", HINTED, ids=["argument", "type", "input-field", "enum", "field"])
async def test_production_gives_no_hints(make_state, make_client, query):
    production = make_client(make_state(env="production"))
    development = make_client(make_state())
    assert [e for e in (await development(query))["errors"] if "Did you mean" in e["message"]]
    body = await production(query)
    assert body["errors"] and not [e for e in body["errors"] if "Did you mean" in e["message"]]


def hinted(body: dict) -> list[dict]:
    return [e for e in body["errors"] if "Did you mean" in e["message"]]


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        (
            "mutation ($i: LoginInput!) { login(input: $i) { __typename } }",
            {"i": {"identifier": "a", "identifierr": "a", "password": "b"}},
        ),
        (
            "mutation ($i: UpdateUserInput!) { updateUser(input: $i) { __typename } }",
            {"i": {"status": "ACTIV"}},
        ),
    ],
    ids=["input-field", "enum"],
)
async def test_production_gives_no_hints_for_variables(make_state, make_client, query, variables):
    """Variables are coerced during execution, where graphql-core writes hints too."""
    development = make_client(make_state())
    assert hinted(await development(query, variables))
    body = await make_client(make_state(env="production"))(query, variables)
    assert body["errors"] and not hinted(body)


def _budget_error(document: str) -> str | None:
    from service.graphql.policy.budget import check_budget

    policy = rules.request_policy(Settings(_env_file=None), should_mask)
    error = check_budget(parse(document), policy.budget).error
    return None if error is None else error.extensions["rule"]


def test_every_spread_and_every_operation_is_counted():
    deep = "me { " * 12 + "id" + " }" * 12  # deeper than the budget's 10 levels
    # the costly fragment is the second spread of the selection
    assert (
        _budget_error(
            f"query {{ ...A ...B }} fragment A on Query {{ __typename }} fragment B on Query {{ {deep} }}"
        )
        == "MaxDepth"
    )
    # the costly operation comes after a fragment another operation already resolved
    assert (
        _budget_error(
            f"query A {{ ...F }} fragment F on Query {{ __typename }} query B {{ {deep} }}"
        )
        == "MaxDepth"
    )
    assert (
        _budget_error("query A { ...F } fragment F on Query { __typename } query B { __typename }")
        is None
    )


def test_validation_work_is_linear_in_a_fragment_chain():
    """Allowing any number of spreads, a chain twice as long costs about twice the work, not
    2**n times (the depth and alias limiters walked every path)."""
    settings = Settings(_env_file=None, env="production", max_fragment_spreads=10_000)
    schema, validation = validation_of(settings)
    short, long = parse(chain(12)), parse(chain(24))
    work_short = python_calls(lambda: rules.validate_document(schema, short, validation))
    work_long = python_calls(lambda: rules.validate_document(schema, long, validation))
    assert work_long < 3 * work_short
    (error,) = rules.validate_document(schema, long, validation)
    assert error.extensions["rule"] == "MaxSelections"
