"""Validation rules and limits that keep one request from costing too much."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graphql import (
    ASTValidationRule,
    DirectiveNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationContext,
    parse,
)
from graphql.language import Visitor
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension
from strawberry.extensions.max_aliases import create_validator as aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator
from strawberry.schema.schema import validate_document

from service.config import Settings

MASKED_MESSAGE = "Unexpected error."
# Fields that may check a password (or cost a hash): one per request.
SENSITIVE_FIELDS = frozenset({"login", "registerUser", "changePassword", "updateUser"})
SENSITIVE_RULE = "SingleSensitiveMutation"
DIRECTIVE_RULE = "MaxDirectives"


def _root_fields(
    selection_set: SelectionSetNode,
    fragments: dict[str, FragmentDefinitionNode],
    seen: set[str],
) -> list[FieldNode]:
    """Every field at the root of an operation, through fragments and inline fragments."""
    found: list[FieldNode] = []
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            found.append(selection)
        elif isinstance(selection, InlineFragmentNode):
            found += _root_fields(selection.selection_set, fragments, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen or name not in fragments:
                continue
            seen.add(name)
            found += _root_fields(fragments[name].selection_set, fragments, seen)
    return found


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
                fields = _root_fields(definition.selection_set, fragments, set())
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


def max_directives_rule(limit: int) -> type[ASTValidationRule]:
    """Refuse documents with more than ``limit`` directives (directive overloading)."""

    class MaxDirectives(ASTValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            self.count = 0
            self.reported = False

        def enter_directive(self, node: DirectiveNode, *_args: Any) -> Any:
            self.count += 1
            if self.count > limit and not self.reported:
                self.reported = True
                self.report_error(
                    GraphQLError(
                        f"{DIRECTIVE_RULE}: at most {limit} directives are allowed per request.",
                        node,
                        extensions={"code": "GRAPHQL_VALIDATION_FAILED", "rule": DIRECTIVE_RULE},
                    )
                )
                return Visitor.BREAK
            return None

    return MaxDirectives


ExtensionFactory = type[SchemaExtension] | Callable[[], SchemaExtension]


def build_extensions(
    settings: Settings, should_mask: Callable[[GraphQLError], bool]
) -> list[ExtensionFactory]:
    """One extension doing what six would: fewer hooks to run on every request."""
    # The rule classes are built once, so the validation cache (keyed by document, schema and
    # rules) hits: Strawberry's QueryDepthLimiter/MaxAliasesLimiter extensions would build new
    # classes for every request.
    rules: list[type[ASTValidationRule]] = [
        depth_validator(settings.max_query_depth, None, None),
        aliases_validator(settings.max_aliases),
        max_directives_rule(settings.max_directives),
    ]
    if settings.max_sensitive_fields:
        rules.append(single_sensitive_mutation_rule(settings.max_sensitive_fields))
    if not settings.introspection_enabled:
        rules.append(NoSchemaIntrospectionCustomRule)
    config = RequestPolicy(
        max_tokens=settings.max_tokens,
        rules=tuple(rules),
        prepare=lru_cache(maxsize=settings.graphql_cache_size)(PreparedDocument.parse),
        should_mask=should_mask,
    )
    return [lambda: RequestPolicyExtension(config)]


MAX_LABELS_PER_DOCUMENT = 8


class PreparedDocument:
    """A parsed query with what is known about it once: its validation errors and labels.

    The cache is keyed by the query text. Keying validation by the document itself (as
    Strawberry's ValidationCache does) would hash the whole frozen AST on every request.
    """

    __slots__ = ("document", "errors", "labels")

    def __init__(self, document: DocumentNode) -> None:
        self.document = document
        self.errors: dict[tuple[type[ASTValidationRule], ...], list[GraphQLError]] = {}
        self.labels: dict[str | None, str] = {}

    @classmethod
    def parse(cls, query: str, **options: Any) -> PreparedDocument:
        return cls(parse(query, **options))

    def validate(
        self, schema: GraphQLSchema, rules: tuple[type[ASTValidationRule], ...]
    ) -> list[GraphQLError]:
        errors = self.errors.get(rules)
        if errors is None:
            errors = self.errors[rules] = validate_document(schema, self.document, rules)
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

    def on_validate(self) -> Iterator[None]:
        execution = self.execution_context
        schema, document = execution.schema._schema, execution.graphql_document
        rules = tuple(execution.validation_rules)
        prepared = self.prepared
        if prepared is not None and prepared.document is document:
            execution.pre_execution_errors = prepared.validate(schema, rules)
        elif document is not None:  # pragma: no cover - a document not from on_parse
            execution.pre_execution_errors = validate_document(schema, document, rules)
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


MAX_LABEL_FIELDS = 3


def operation_label(
    schema: GraphQLSchema, document: DocumentNode, operation_name: str | None
) -> str:
    """``query:`` or ``mutation:`` plus the root fields: bounded by the schema."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name:
        operations = [
            o for o in operations if o.name is not None and o.name.value == operation_name
        ]
    if len(operations) != 1:
        return "invalid"
    operation = operations[0]
    root = (
        schema.mutation_type if operation.operation == OperationType.MUTATION else schema.query_type
    )
    if operation.operation == OperationType.SUBSCRIPTION or root is None:
        return "invalid"
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    names = sorted(
        {f.name.value for f in _root_fields(operation.selection_set, fragments, set())}
        & (set(root.fields) | {"__typename", "__schema", "__type"})
    )
    if not names:
        return "invalid"
    joined = "+".join(names) if len(names) <= MAX_LABEL_FIELDS else "multiple"
    return f"{operation.operation.value}:{joined}"
