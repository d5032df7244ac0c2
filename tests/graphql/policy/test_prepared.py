"""The one-extension request policy and Strawberry's own extensions answer alike."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

import pytest

from service import cpu
from service.config import Settings
from service.graphql.policy import prepared as documents
from service.graphql.schema import build_schema

DOCUMENTS = [
    "{ me { id username } }",
    "{ me { nonsense } }",
    "{ mee { id } }",  # "Did you mean 'me'?" only while introspection is on
    "{ me " + "{ __typename " * 12 + "}" * 13,  # deeper than the budget allows
    "{ " + " ".join(f"a{i}: __typename" for i in range(20)) + " }",  # more aliases than allowed
    "query { __typename " + "__typename " * 1200 + "}",  # more tokens than allowed
    # more tokens than allowed, and nothing else the budget counts
    "{ __typename }" + "".join(f" fragment F{i} on Query {{ __typename }}" for i in range(300)),
    'mutation { a: login(input: {identifier: "x", password: "y"}) { __typename } '
    'b: login(input: {identifier: "x", password: "z"}) { __typename } }',
    "{ __schema { queryType { name } } }",
    "{ me { id }",  # syntax error
    "query A { __typename } query B { me { id } }",  # no operation name for two operations
]


def test_operation_labels_per_document_are_bounded():
    """Operation names come from clients: a cached document keeps only a few labels."""
    from service.config import Settings
    from service.graphql.policy.prepared import MAX_LABELS_PER_DOCUMENT, PreparedDocument
    from service.graphql.schema import build_schema

    schema = build_schema(Settings(_env_file=None))._schema
    prepared = PreparedDocument.parse("query A { me { id } }")
    assert prepared.label(schema, "A") == "query:me"
    for index in range(50):
        assert prepared.label(schema, f"Other{index}") == "invalid"
    assert len(prepared.labels) == MAX_LABELS_PER_DOCUMENT
    assert prepared.label(schema, None) == "query:me"


@pytest.mark.parametrize("env", ["development", "production"])
async def test_both_request_paths_answer_alike(make_state, make_client, env):
    fast = make_client(make_state(env=env))
    stock = make_client(make_state(env=env, fast_request_policy=False))
    for document in DOCUMENTS:
        for _ in range(2):  # the second answer comes from the caches
            assert await stock(document) == await fast(document), document


LABELLED = [
    ("{ __typename }", None),
    ("query A { __typename } query B { __typename }", "B"),
    ("{ nonsense }", None),
    ("mutation { login { __typename } }", None),
    ("{ __typename", None),
]


async def _labels(settings: Settings) -> list[tuple[str, str]]:
    schema = build_schema(settings)
    labels = []
    for query, name in LABELLED:
        request = SimpleNamespace(state=SimpleNamespace())
        await schema.execute(
            query, context_value=SimpleNamespace(request=request), operation_name=name
        )
        state = vars(request.state)
        labels.append((state.get("graphql_operation"), state.get("graphql_outcome")))
    return labels


async def test_both_request_paths_label_alike():
    settings = Settings(_env_file=None)
    fast = await _labels(settings)
    assert fast == await _labels(settings.model_copy(update={"fast_request_policy": False}))
    assert fast[:2] == [("query:__typename", "ok"), ("query:__typename", "ok")]
    assert fast[2:] == [
        ("invalid", "error"),
        ("mutation:login", "error"),
        (None, None),  # a syntax error: the view labels it
    ]


def test_the_setting_selects_strawberrys_extensions():
    from strawberry.extensions import MaskErrors, ParserCache

    settings = Settings(_env_file=None, fast_request_policy=False)
    kinds = {
        type(factory()) if callable(factory) else factory
        for factory in build_schema(settings).extensions
    }
    assert {MaskErrors, ParserCache} <= kinds


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "stock"])
async def test_the_schema_answers_without_an_http_request(fast):
    """Executed directly (scripts, tests), there is no request to label."""
    schema = build_schema(Settings(_env_file=None, fast_request_policy=fast))
    result = await schema.execute("{ __typename }")
    assert (result.data, result.errors) == ({"__typename": "Query"}, None)
    result = await schema.execute("{ __typename }", context_value=SimpleNamespace())
    assert (result.data, result.errors) == ({"__typename": "Query"}, None)


async def test_validation_itself_leaves_hints_out_in_production():
    """Hints are kept out twice on the fast path: validation leaves them out, and the error
    processing strips any that execution writes. With the second guard off, the first holds."""
    schema = build_schema(Settings(_env_file=None, env="production"))
    schema.config.disable_field_suggestions = False
    result = await schema.execute("{ mee { id } }")
    assert [error.message for error in result.errors or []] == [
        "Cannot query field 'mee' on type 'Query'."
    ]


BUSY = {
    "data": None,
    "errors": [
        {
            "message": "Too many new documents to validate right now. Try again in a moment.",
            "extensions": {"code": "SERVICE_BUSY"},
        }
    ],
}


async def test_a_full_validation_pool_sheds_new_documents_and_answers_known_ones(gql, monkeypatch):
    known = "query Known { __typename }"
    assert await gql(known) == {"data": {"__typename": "Query"}}
    monkeypatch.setattr(cpu, "documents", cpu.WorkPool("documents", workers=1, queue_limit=0))
    release = threading.Event()
    blocker = asyncio.create_task(cpu.documents.run(release.wait, 10))
    await asyncio.sleep(0.05)
    try:
        new = await gql("query NeverSeenBefore { __typename }")
        again = await gql(known)  # validated before: answered from the cache, on the loop
    finally:
        release.set()
        await blocker
    assert new == BUSY
    assert again == {"data": {"__typename": "Query"}}
    assert await gql("query NeverSeenBefore { __typename }") == {"data": {"__typename": "Query"}}


async def test_a_document_is_validated_once_and_an_operation_labelled_once(monkeypatch):
    """Requests for a new document that arrive together wait for one validation; the label of
    each operation name is kept with the document."""
    validated, labelled = [], []
    real_validate, real_label = documents.validate_document, documents.operation_label

    def counting_validate(*args):
        validated.append(args[1])
        return real_validate(*args)

    def counting_label(*args):
        labelled.append(args[2])
        return real_label(*args)

    monkeypatch.setattr(documents, "validate_document", counting_validate)
    monkeypatch.setattr(documents, "operation_label", counting_label)
    monkeypatch.setattr(cpu, "documents", cpu.WorkPool("documents", workers=1, queue_limit=8))
    schema = build_schema(Settings(_env_file=None))
    query = "query A { __typename } query B { b: __typename }"
    release = threading.Event()
    blocker = asyncio.create_task(cpu.documents.run(release.wait, 10))
    await asyncio.sleep(0.05)

    async def run(name):
        request = SimpleNamespace(state=SimpleNamespace())
        result = await schema.execute(
            query, context_value=SimpleNamespace(request=request), operation_name=name
        )
        assert result.errors is None
        return request.state.graphql_operation

    answers = asyncio.gather(run("B"), run("B"))  # both queue behind the blocker
    await asyncio.sleep(0.05)
    release.set()
    await blocker
    assert await answers == ["query:__typename", "query:__typename"]
    assert await run("B") == "query:__typename"
    assert await run("A") == "query:__typename"
    assert len(validated) == 1
    assert labelled == ["B", "A"]


def test_the_stock_parse_cache_is_bounded_by_the_setting():
    """An unbounded cache would keep every distinct query text a client ever sent."""
    from strawberry.extensions import ParserCache

    settings = Settings(_env_file=None, fast_request_policy=False, graphql_cache_size=7)
    extensions = [factory() for factory in build_schema(settings).extensions if callable(factory)]
    (parser,) = [extension for extension in extensions if isinstance(extension, ParserCache)]
    assert parser.cached_parse_document.cache_parameters()["maxsize"] == 7


async def test_a_document_is_parsed_once_and_executed_as_parsed(monkeypatch):
    """The cached document is the one Strawberry executes: it never parses the text again."""
    import strawberry.schema.schema as strawberry_schema

    parsed = []
    real_parse = documents.parse

    def counting_parse(*args, **kwargs):
        parsed.append(args[0])
        return real_parse(*args, **kwargs)

    def refuse(*args, **kwargs):
        raise AssertionError("Strawberry parsed the query itself")

    monkeypatch.setattr(documents, "parse", counting_parse)
    monkeypatch.setattr(strawberry_schema, "parse", refuse)
    schema = build_schema(Settings(_env_file=None))
    for _ in range(2):
        result = await schema.execute("{ __typename }")
        assert (result.data, result.errors) == ({"__typename": "Query"}, None)
    assert parsed == ["{ __typename }"]


async def test_the_document_cache_is_bounded_by_the_setting(monkeypatch):
    """An unbounded cache would keep every distinct query text a client ever sent: past the
    setting's size, the document used longest ago is parsed again."""
    parsed = []
    real_parse = documents.parse

    def counting_parse(*args, **kwargs):
        parsed.append(args[0])
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(documents, "parse", counting_parse)
    schema = build_schema(Settings(_env_file=None, graphql_cache_size=2))
    first, second, third = "{ __typename }", "{ a: __typename }", "{ b: __typename }"
    for query in (first, second, third, third, first):
        assert (await schema.execute(query)).errors is None
    assert parsed == [first, second, third, first]


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "stock"])
async def test_an_unexpected_error_is_masked_on_both_paths(
    make_state, make_client, monkeypatch, fast
):
    from service.accounts.sessions import listing as sessions_service
    from tests.helpers import SESSIONS, register_ok

    gql = make_client(make_state(fast_request_policy=fast))
    token = (await register_ok(gql))["token"]

    async def boom(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(sessions_service, "list_sessions", boom)
    body = await gql(SESSIONS, token=token)
    assert body == {
        "data": None,
        "errors": [
            {
                "message": "Unexpected error.",
                "locations": [{"line": 1, "column": 9}],
                "path": ["sessions"],
            }
        ],
    }
