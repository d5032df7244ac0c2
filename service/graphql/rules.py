"""Validation rules and limits that keep one request from costing too much."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import (
    ASTValidationRule,
    DirectiveNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationContext,
)
from graphql.language import Visitor
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator

from service.config import Settings

SENSITIVE_FIELDS = frozenset({"login", "registerUser", "changePassword"})
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
    """At most ``limit`` login/registerUser/changePassword fields in one mutation."""

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
                            f"{SENSITIVE_RULE}: at most {limit} of login, registerUser and "
                            f"changePassword may be sent in one request; this one has {count}.",
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
    cache_size = settings.graphql_cache_size
    extensions: list[ExtensionFactory] = [
        lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
        lambda: ParserCache(maxsize=cache_size),
        lambda: AddValidationRules(rules),
        lambda: ValidationCache(maxsize=cache_size),
        lambda: MaskErrors(should_mask_error=should_mask),
        OperationLabel,
    ]
    if not settings.introspection_enabled:
        extensions.append(DisableIntrospection)
    return extensions


class OperationLabel(SchemaExtension):
    """Tells the request log and metrics which operation ran (by root fields) and how it went."""

    def on_operation(self) -> Any:
        yield
        execution = self.execution_context
        context = execution.context
        request = getattr(context, "request", None)
        if request is None:
            return
        result = execution.result
        errors = getattr(result, "errors", None)
        request.state.graphql_operation = operation_label(execution)
        request.state.graphql_outcome = "error" if errors else "ok"


MAX_LABEL_FIELDS = 3


def operation_label(execution: Any) -> str:
    document = execution.graphql_document
    if document is None:
        return "invalid"
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if execution.operation_name:
        operations = [
            o for o in operations if o.name is not None and o.name.value == execution.operation_name
        ]
    if len(operations) != 1:
        return "invalid"
    operation = operations[0]
    schema = execution.schema._schema
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
