"""The one-extension request policy and Strawberry's own extensions answer alike."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from service.config import Settings
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
