"""The request policy's checks on their own, without a request: which operation a request
named, and the limits the settings give every document. Quick, so that the mutation run
judges ``checks`` here first (``tests/mutation_tests.py``)."""

from __future__ import annotations

from types import SimpleNamespace

import strawberry
from graphql import OperationType, parse
from strawberry.types.execution import ExecutionContext

from service.config import Settings
from service.graphql.policy import checks as rules
from service.graphql.policy.budget import check_budget
from service.graphql.policy.checks import MULTIPLE_OPERATIONS, requested_name, unnamed_choice
from service.graphql.schema import should_mask

TWO = "query A { __typename } query B { __typename }"


@strawberry.type
class _Query:
    ok: bool = True


_SCHEMA = strawberry.Schema(query=_Query)


def _execution(operation_name: str | None) -> ExecutionContext:
    """Strawberry's own record of a request for ``TWO``, as the extensions see it."""
    return ExecutionContext(
        query=TWO,
        schema=_SCHEMA,
        allowed_operations=(OperationType.QUERY,),
        provided_operation_name=operation_name,
        graphql_document=parse(TWO),
    )


def test_the_requested_name_is_the_one_the_request_sent_not_strawberrys_choice():
    unnamed, named = _execution(None), _execution("B")
    assert unnamed.operation_name == "A"  # Strawberry's answer: the first operation's name
    assert requested_name(unnamed) is None
    assert [error.message for error in unnamed_choice(unnamed)] == [MULTIPLE_OPERATIONS]
    assert requested_name(named) == "B"
    assert unnamed_choice(named) == []


def test_without_strawberrys_record_of_the_name_its_own_choice_stands():
    two = parse(TWO)
    strawberrys_choice = SimpleNamespace(graphql_document=two, operation_name="A")
    assert requested_name(strawberrys_choice) == "A"
    assert unnamed_choice(strawberrys_choice) == []
    named = SimpleNamespace(graphql_document=two, _provided_operation_name="B")
    assert unnamed_choice(named) == []
    unnamed = SimpleNamespace(graphql_document=two, _provided_operation_name=None)
    assert [error.message for error in unnamed_choice(unnamed)] == [MULTIPLE_OPERATIONS]


def test_the_operation_and_variable_limits_come_from_the_settings():
    settings = Settings(_env_file=None, max_operations=1, max_variables=1)
    budget = rules.request_policy(settings, should_mask).budget
    two_operations = check_budget(parse("query A { a } query B { b }"), budget).error
    assert two_operations is not None and two_operations.extensions["rule"] == "MaxOperations"
    two_variables = check_budget(parse("query ($a: Int, $b: Int) { a }"), budget).error
    assert two_variables is not None and two_variables.extensions["rule"] == "MaxVariables"
