"""One Strawberry extension for the whole request policy, with documents cached by query text.

The same as Strawberry's MaxTokensLimiter, ParserCache, AddValidationRules, ValidationCache
and MaskErrors together, plus the operation label for logs and metrics, in one extension:
fewer hooks on every request, one bounded LRU cache, and validation run in the CPU pool so a
costly document never holds up other requests. It reaches into Strawberry's execution
context (``execution.schema._schema``, ``pre_execution_errors``), which may change with any
Strawberry release; ``ACCOUNTS_FAST_REQUEST_POLICY=false`` restores Strawberry's own
extensions (``service.graphql.policy.extensions``). The checks themselves
(``service.graphql.policy.checks``) are the same on both paths.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from functools import lru_cache
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    parse,
    specified_rules,
)
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult as StrawberryExecutionResult

from service import cpu
from service.graphql.policy.checks import (
    MASKED_MESSAGE,
    RequestPolicy,
    Validation,
    requested_name,
    unnamed_choice,
    validate_document,
)
from service.graphql.policy.labels import operation_label

MAX_LABELS_PER_DOCUMENT = 8


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


class DocumentCache:
    """Prepared documents by query text: the trusted ones, prepared at start-up and never
    evicted, then a bounded LRU cache of the others, parsed on first use."""

    def __init__(self, policy: RequestPolicy) -> None:
        self.policy = policy
        # What on_validate checks a document against: graphql-core's rules, then the policy's.
        self.validation = Validation(
            (*specified_rules, *policy.rules), policy.budget, policy.hide_suggestions
        )
        self.trusted: dict[str, PreparedDocument] = {}
        self._parse = lru_cache(maxsize=policy.cache_size)(PreparedDocument.parse)

    def __call__(self, query: str, **options: Any) -> PreparedDocument:
        prepared = self.trusted.get(query)
        return prepared if prepared is not None else self._parse(query, **options)

    def prepare_trusted(
        self, schema: GraphQLSchema, text: str, *, keep: bool = True
    ) -> list[GraphQLError]:
        """Parse, validate and label a trusted document once: its errors, and when there are
        none (and ``keep``) it is kept for the requests that send it."""
        try:
            prepared = PreparedDocument.parse(text, max_tokens=self.policy.max_tokens)
        except GraphQLError as error:
            return [error]
        errors = prepared.validate(schema, self.validation)
        if keep and not errors:
            for definition in prepared.document.definitions:
                if isinstance(definition, OperationDefinitionNode) and definition.name:
                    prepared.label(schema, definition.name.value)
            prepared.label(schema, None)
            self.trusted[text] = prepared
        return errors


def fast_extensions(cache: DocumentCache) -> list[Callable[[], SchemaExtension]]:
    """The extension factory; its document cache is shared by every request."""
    return [lambda: RequestPolicyExtension(cache.policy, cache)]


class RequestPolicyExtension(SchemaExtension):
    """Token limit, cached parse, extra validation rules with cached validation, error
    masking, and the operation label, in one extension."""

    def __init__(self, policy: RequestPolicy, prepare: Callable[..., PreparedDocument]) -> None:
        self.policy = policy
        self.prepare = prepare
        # set by on_parse; the other hooks read it only once the document has parsed
        self.prepared: PreparedDocument | None = None  # pragma: no mutate

    def on_operation(self) -> Iterator[None]:
        execution = self.execution_context
        execution.parse_options["max_tokens"] = self.policy.max_tokens
        execution.validation_rules = execution.validation_rules + self.policy.rules
        yield
        # Reached only with a parsed document: a syntax error (or a missing query) leaves this
        # hook by an exception, and the view labels the request.
        result = execution.result
        if isinstance(result, ExecutionResult | StrawberryExecutionResult) and result.errors:
            result.errors = [
                _anonymised(error) if self.policy.should_mask(error) else error
                for error in result.errors
            ]
            outcome = "error"
        else:
            outcome = "ok"
        request = getattr(execution.context, "request", None)
        prepared = self.prepared
        if request is not None and prepared is not None:
            schema = execution.schema._schema
            request.state.graphql_operation = prepared.label(schema, requested_name(execution))
            request.state.graphql_outcome = outcome

    def on_parse(self) -> Iterator[None]:
        execution = self.execution_context
        self.prepared = self.prepare(execution.query, **execution.parse_options)
        execution.graphql_document = self.prepared.document
        yield

    async def on_validate(self) -> AsyncIterator[None]:
        """Validate in the CPU pool, so a costly document never holds up other requests;
        a document validated before is answered from its cache entry on the loop."""
        execution = self.execution_context
        validation = Validation(
            tuple(execution.validation_rules), self.policy.budget, self.policy.hide_suggestions
        )
        prepared = self.prepared  # the document on_parse gave Strawberry, which validates it
        if prepared is not None:
            try:
                errors = prepared.validated(validation)
                if errors is None:
                    schema = execution.schema._schema
                    errors = await cpu.documents.run(prepared.validate, schema, validation)
                execution.pre_execution_errors = errors or unnamed_choice(execution)
            except cpu.PoolBusy:
                execution.pre_execution_errors = [busy_validating()]
        yield


def busy_validating() -> GraphQLError:
    """New documents arrive faster than they can be validated: shed them (cached ones pass)."""
    return GraphQLError(
        "Too many new documents to validate right now. Try again in a moment.",
        extensions={"code": "SERVICE_BUSY"},
    )


def _anonymised(error: GraphQLError) -> GraphQLError:
    return GraphQLError(
        message=MASKED_MESSAGE,
        # graphql-core takes the locations from the nodes, or from the source and positions
        nodes=error.nodes,  # pragma: no mutate
        source=error.source,  # pragma: no mutate
        positions=error.positions,  # pragma: no mutate
        path=error.path,
    )
