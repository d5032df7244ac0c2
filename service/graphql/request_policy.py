"""Validation rules and limits that keep one request from costing too much."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graphql import (
    ASTValidationRule,
    DocumentNode,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    parse,
    validate,
)
from graphql.language import Visitor
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from service.config import Settings
from service.cpu import run_cpu
from service.graphql.budget import Budget, check_budget
from service.graphql.labels import operation_label, root_fields

MASKED_MESSAGE = "Unexpected error."
# Fields that may check a password (or cost a hash): one per request.
SENSITIVE_FIELDS = frozenset({"login", "registerUser", "changePassword", "updateUser"})
SENSITIVE_RULE = "SingleSensitiveMutation"


def single_sensitive_mutation_rule(limit: int) -> type[ASTValidationRule]:
    """At most ``limit`` login/registerUser/changePassword/updateUser fields in one mutation."""

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
                            f"{SENSITIVE_RULE}: at most {limit} of login, registerUser, "
                            f"changePassword and updateUser may be sent in one request; "
                            f"this one has {count}.",
                            definition,
                            extensions={
                                "code": "GRAPHQL_VALIDATION_FAILED",
                                "rule": SENSITIVE_RULE,
                            },
                        )
                    )
            return Visitor.SKIP

    return SingleSensitiveMutation


ExtensionFactory = type[SchemaExtension] | Callable[[], SchemaExtension]


def build_extensions(
    settings: Settings, should_mask: Callable[[GraphQLError], bool]
) -> list[ExtensionFactory]:
    """One extension doing what six would: fewer hooks to run on every request."""
    # The rule classes are built once, so the validation cache (keyed by the rules) hits.
    # Depth, aliases and directives are limited by ``check_budget``, before any rule runs.
    rules: list[type[ASTValidationRule]] = []
    if settings.max_sensitive_fields:
        rules.append(single_sensitive_mutation_rule(settings.max_sensitive_fields))
    if not settings.introspection_enabled:
        rules.append(NoSchemaIntrospectionCustomRule)
    config = RequestPolicy(
        max_tokens=settings.max_tokens,
        rules=tuple(rules),
        budget=Budget(
            max_depth=settings.max_query_depth,
            max_aliases=settings.max_aliases,
            max_selections=settings.max_selections,
            max_fragment_spreads=settings.max_fragment_spreads,
            max_field_repeats=settings.max_field_repeats,
            max_directives=settings.max_directives,
        ),
        hide_suggestions=not settings.introspection_enabled,
        prepare=lru_cache(maxsize=settings.graphql_cache_size)(PreparedDocument.parse),
        should_mask=should_mask,
    )
    return [lambda: RequestPolicyExtension(config)]


MAX_LABELS_PER_DOCUMENT = 8


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


class PreparedDocument:
    """A parsed query with what is known about it once: its validation errors and labels.

    The cache is keyed by the query text. Keying validation by the document itself (as
    Strawberry's ValidationCache does) would hash the whole frozen AST on every request.
    """

    __slots__ = ("document", "errors", "labels")

    def __init__(self, document: DocumentNode) -> None:
        self.document = document
        self.errors: dict[Validation, list[GraphQLError]] = {}
        self.labels: dict[str | None, str] = {}

    @classmethod
    def parse(cls, query: str, **options: Any) -> PreparedDocument:
        return cls(parse(query, **options))

    def validated(self, validation: Validation) -> list[GraphQLError] | None:
        """The errors found before for ``validation``, or ``None`` when not validated yet."""
        return self.errors.get(validation)

    def validate(self, schema: GraphQLSchema, validation: Validation) -> list[GraphQLError]:
        errors = self.errors.get(validation)
        if errors is None:
            errors = self.errors[validation] = validate_document(schema, self.document, validation)
        return errors

    def label(self, schema: GraphQLSchema, operation_name: str | None) -> str:
        label = self.labels.get(operation_name)
        if label is None:
            label = operation_label(schema, self.document, operation_name)
            if len(self.labels) < MAX_LABELS_PER_DOCUMENT:  # operation names come from clients
                self.labels[operation_name] = label
        return label


@dataclass(frozen=True)
class RequestPolicy:
    max_tokens: int
    rules: tuple[type[ASTValidationRule], ...]
    budget: Budget
    hide_suggestions: bool
    prepare: Callable[..., PreparedDocument]
    should_mask: Callable[[GraphQLError], bool]


class RequestPolicyExtension(SchemaExtension):
    """Token limit, cached parse, extra validation rules with cached validation, error
    masking, and the operation label for logs and metrics, in one extension.

    The same as Strawberry's MaxTokensLimiter, ParserCache, AddValidationRules,
    ValidationCache and MaskErrors together, with bounded LRU caches per schema.
    """

    def __init__(self, policy: RequestPolicy) -> None:
        self.policy = policy
        self.prepared: PreparedDocument | None = None

    def on_operation(self) -> Iterator[None]:
        execution = self.execution_context
        execution.parse_options["max_tokens"] = self.policy.max_tokens
        execution.validation_rules = execution.validation_rules + self.policy.rules
        yield
        result = execution.result
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = [  # type: ignore[union-attr]
                _anonymised(error) if self.policy.should_mask(error) else error for error in errors
            ]
        request = getattr(execution.context, "request", None)
        if request is not None:
            document = execution.graphql_document
            schema = execution.schema._schema
            prepared = self.prepared
            if document is None:
                label = "invalid"
            elif prepared is not None and prepared.document is document:
                label = prepared.label(schema, execution.operation_name)
            else:
                label = operation_label(schema, document, execution.operation_name)
            request.state.graphql_operation = label
            request.state.graphql_outcome = "error" if errors else "ok"

    def on_parse(self) -> Iterator[None]:
        execution = self.execution_context
        self.prepared = self.policy.prepare(execution.query, **execution.parse_options)
        execution.graphql_document = self.prepared.document
        yield

    async def on_validate(self) -> AsyncIterator[None]:
        """Validate in the CPU pool, so a costly document never holds up other requests;
        a document validated before is answered from its cache entry on the loop."""
        execution = self.execution_context
        schema, document = execution.schema._schema, execution.graphql_document
        validation = Validation(
            tuple(execution.validation_rules), self.policy.budget, self.policy.hide_suggestions
        )
        prepared = self.prepared
        if prepared is not None and prepared.document is document:
            errors = prepared.validated(validation)
            if errors is None:
                errors = await run_cpu(prepared.validate, schema, validation)
            execution.pre_execution_errors = errors
        elif document is not None:  # pragma: no cover - a document not from on_parse
            execution.pre_execution_errors = await run_cpu(
                validate_document, schema, document, validation
            )
        yield


def _anonymised(error: GraphQLError) -> GraphQLError:
    return GraphQLError(
        message=MASKED_MESSAGE,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
    )
