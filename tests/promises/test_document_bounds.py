"""docs/security.md "Abuse limits" and docs/configuration.md: each document bound, at its default,
lets a document exactly at the bound through and refuses one over it with exactly one error
naming the rule (checked at the boundary, so a bound that drifts by one fails here)."""

from __future__ import annotations

import pytest

from service.config import Settings

DEFAULTS = Settings(_env_file=None)  # type: ignore[call-arg]


def nested(levels: int) -> str:
    """``levels`` fields each inside the previous: a nesting depth of ``levels - 1``."""
    return "{ " + "a { " * (levels - 1) + "b" + " }" * (levels - 1) + " }"


def aliases(n: int) -> str:
    return "{ " + " ".join(f"x{i}: __typename" for i in range(n)) + " }"


def selections(n: int) -> str:
    return "{ " + " ".join(f"f{i}" for i in range(n)) + " }"


def spreads(n: int) -> str:
    return "{ " + " ".join("...F" for _ in range(n)) + " } fragment F on Query { __typename }"


def repeats(n: int) -> str:
    return "{ " + " ".join("__typename" for _ in range(n)) + " }"


def directives(n: int) -> str:
    return "{ " + " ".join(f"f{i} @include(if: true)" for i in range(n)) + " }"


def operations(n: int) -> str:
    return " ".join(f"query q{i} {{ __typename }}" for i in range(n))


def variables(n: int) -> str:
    return "query q(" + " ".join(f"$v{i}: Int" for i in range(n)) + ") { __typename }"


def tokens(n: int) -> str:
    """``{`` ``__typename`` times (n - 2) ``}``: n lexical tokens."""
    return "{" + " __typename" * (n - 2) + " }"


BOUNDS = [
    ("MaxDepth", nested, DEFAULTS.max_query_depth + 1),
    ("MaxAliases", aliases, DEFAULTS.max_aliases),
    ("MaxSelections", selections, DEFAULTS.max_selections),
    ("MaxFragmentSpreads", spreads, DEFAULTS.max_fragment_spreads),
    ("MaxFieldRepeats", repeats, DEFAULTS.max_field_repeats),
    ("MaxDirectives", directives, DEFAULTS.max_directives),
    ("MaxOperations", operations, DEFAULTS.max_operations),
    ("MaxVariables", variables, DEFAULTS.max_variables),
]


def rules(body: dict) -> list[str | None]:
    return [(e.get("extensions") or {}).get("rule") for e in body.get("errors") or []]


@pytest.mark.parametrize(("rule", "document", "at_limit"), BOUNDS, ids=[b[0] for b in BOUNDS])
async def test_a_document_at_a_bound_passes_and_one_over_it_gets_one_error(
    gql, rule, document, at_limit
):
    within = await gql(document(at_limit))
    assert rule not in rules(within), within
    over = await gql(document(at_limit + 1))
    assert rules(over) == [rule], over
    assert over.get("data") is None


async def test_the_token_bound_is_exact(gql):
    limit = DEFAULTS.max_tokens
    over = await gql(tokens(limit + 1))
    assert len(over["errors"]) == 1 and over.get("data") is None
    assert str(limit) in over["errors"][0]["message"], over
    within = await gql(tokens(limit))
    assert all(str(limit) not in e["message"] for e in within.get("errors") or []), within
