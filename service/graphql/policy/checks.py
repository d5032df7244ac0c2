"""What every document must pass, on the fast request path and the stock one alike.

The linear budget pass (``budget``), graphql-core's and Strawberry's rules, the
one-sensitive-field rule, no introspection in production, and no "Did you mean" hints when the
schema is not to be revealed. These are limits, not speed paths: no setting switches them off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graphql import (
    ASTValidationRule,
    DocumentNode,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    validate,
)
from graphql.language import Visitor
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from service.config import Settings
from service.graphql.policy.budget import Budget, check_budget
from service.graphql.policy.labels import root_fields

MASKED_MESSAGE = "Unexpected error."
# Fields that may check a password (or cost a hash): one per request.
SENSITIVE_ORDER = (
    "login",
    "registerUser",
    "changePassword",
    "updateUser",
    "resetPassword",
    "deleteAccount",
    "regenerateRecoveryCodes",
    "disableTwoFactor",
    "reauthenticate",
    "setPassword",
)
SENSITIVE_FIELDS = frozenset(SENSITIVE_ORDER)
SENSITIVE_NAMES = ", ".join(SENSITIVE_ORDER[:-1]) + " and " + SENSITIVE_ORDER[-1]
SENSITIVE_RULE = "SingleSensitiveMutation"


def single_sensitive_mutation_rule(limit: int) -> type[ASTValidationRule]:
    """At most ``limit`` of the ``SENSITIVE_FIELDS`` in one mutation."""

    class SingleSensitiveMutation(ASTValidationRule):
        def enter_document(self, node: DocumentNode, *_args: Any) -> Any:
            fragments = {
                d.name.value: d for d in node.definitions if isinstance(d, FragmentDefinitionNode)
            }
            for definition in node.definitions:
                if not (
                    isinstance(definition, OperationDefinitionNode)
                    and definition.operation == OperationType.MUTATION
                ):
                    continue
                fields = root_fields(definition.selection_set, fragments, set())
                count = sum(1 for field in fields if field.name.value in SENSITIVE_FIELDS)
                if count > limit:
                    self.report_error(
                        GraphQLError(
                            f"{SENSITIVE_RULE}: at most {limit} of {SENSITIVE_NAMES} "
                            f"may be sent in one request; this one has {count}.",
                            definition,
                            extensions={
                                "code": "GRAPHQL_VALIDATION_FAILED",
                                "rule": SENSITIVE_RULE,
                            },
                        )
                    )
            return Visitor.SKIP

    return SingleSensitiveMutation


MULTIPLE_OPERATIONS = "Must provide operation name if query contains multiple operations."
_NOT_KEPT = object()


def requested_name(execution: Any) -> str | None:
    """The ``operationName`` the request sent, or ``None``.

    Strawberry's ``ExecutionContext.operation_name`` answers the first operation's name when
    the request names none (and graphql-core then runs that one); only
    ``_provided_operation_name`` keeps what was sent. A Strawberry without it gets its public
    answer, and ``tests/graphql/test_errors.py`` fails.
    """
    provided: Any = getattr(execution, "_provided_operation_name", _NOT_KEPT)
    name: str | None = execution.operation_name if provided is _NOT_KEPT else provided
    return name


def unnamed_choice(execution: Any) -> list[GraphQLError]:
    """A document of several operations needs ``operationName`` (GraphQL's
    CreateSourceEventStream), rather than Strawberry's choice of the first."""
    document = execution.graphql_document
    if document is None or requested_name(execution) is not None:
        return []
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return [GraphQLError(MULTIPLE_OPERATIONS)] if len(operations) > 1 else []


@dataclass(frozen=True)
class RequestPolicy:
    """The limits of one request, read from the settings once."""

    max_tokens: int
    rules: tuple[type[ASTValidationRule], ...]
    budget: Budget
    hide_suggestions: bool
    cache_size: int
    should_mask: Callable[[GraphQLError], bool]


def request_policy(
    settings: Settings, should_mask: Callable[[GraphQLError], bool]
) -> RequestPolicy:
    # The rule classes are built once, so validation caches (keyed by the rules) hit.
    # Depth, aliases and directives are limited by ``check_budget``, before any rule runs.
    rules: list[type[ASTValidationRule]] = []
    if settings.max_sensitive_fields:
        rules.append(single_sensitive_mutation_rule(settings.max_sensitive_fields))
    if not settings.introspection_enabled:
        rules.append(NoSchemaIntrospectionCustomRule)
    return RequestPolicy(
        max_tokens=settings.max_tokens,
        rules=tuple(rules),
        budget=Budget(
            max_depth=settings.max_query_depth,
            max_aliases=settings.max_aliases,
            max_selections=settings.max_selections,
            max_fragment_spreads=settings.max_fragment_spreads,
            max_field_repeats=settings.max_field_repeats,
            max_directives=settings.max_directives,
            max_operations=settings.max_operations,
            max_variables=settings.max_variables,
        ),
        hide_suggestions=not settings.introspection_enabled,
        cache_size=settings.graphql_cache_size,
        should_mask=should_mask,
    )


@dataclass(frozen=True, slots=True)
class Validation:
    """Everything a document is validated against, besides the schema: a cache key."""

    rules: tuple[type[ASTValidationRule], ...]
    budget: Budget
    hide_suggestions: bool


def validate_document(
    schema: GraphQLSchema, document: DocumentNode, validation: Validation
) -> list[GraphQLError]:
    """The budget first (linear, one error), then graphql-core's and Strawberry's rules.

    The same rules as Strawberry's own ``validate_document``, with graphql-core's switch that
    keeps "Did you mean" hints (argument, type, enum value and input field names) out of
    errors when the schema is not to be revealed.
    """
    report = check_budget(document, validation.budget)
    if report.error is not None:
        return [report.error]
    rules = (*validation.rules, MaybeNullValidationRule, OneOfInputValidationRule)
    return validate(schema, document, rules, hide_suggestions=validation.hide_suggestions)
