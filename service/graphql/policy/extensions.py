"""The request policy: parse cache, token limit, validation rules, error masking, labels.

Two paths, one policy (``document_checks``). By default one extension of
``service.graphql.policy.prepared`` does it all; with ``ACCOUNTS_FAST_REQUEST_POLICY=false``
Strawberry's own extensions do (MaxTokensLimiter, ParserCache, AddValidationRules,
MaskErrors) beside two small ones: ``QueryBudget`` refuses a document over budget before
the standard rules run, ``OperationLabels`` names the operation for logs and metrics.
Strawberry's ValidationCache is left out of the stock path: it validates before any other
extension may refuse the document, which would put the costly rules ahead of the budget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from graphql import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
)

from service.config import Settings
from service.graphql.policy.budget import Budget, check_budget
from service.graphql.policy.checks import (
    MASKED_MESSAGE,
    RequestPolicy,
    request_policy,
    requested_name,
    unnamed_choice,
)
from service.graphql.policy.labels import operation_label
from service.graphql.policy.prepared import DocumentCache, fast_extensions

ExtensionFactory = type[SchemaExtension] | Callable[[], SchemaExtension]


def build_extensions(
    settings: Settings, should_mask: Callable[[GraphQLError], bool]
) -> tuple[list[ExtensionFactory], DocumentCache]:
    """The request policy's extensions, and the cache that prepares trusted documents (which
    only the fast path reads; the stock path parses and validates them on first use)."""
    policy = request_policy(settings, should_mask)
    cache = DocumentCache(policy)
    if settings.fast_request_policy:
        return list(fast_extensions(cache)), cache
    return stock_extensions(policy), cache


def stock_extensions(policy: RequestPolicy) -> list[ExtensionFactory]:
    return [
        lambda: MaxTokensLimiter(policy.max_tokens),
        lambda: ParserCache(maxsize=policy.cache_size),
        lambda: AddValidationRules(list(policy.rules)),
        lambda: QueryBudget(policy.budget),
        lambda: MaskErrors(should_mask_error=policy.should_mask, error_message=MASKED_MESSAGE),
        OperationLabels,
    ]


class QueryBudget(SchemaExtension):
    """The linear budget pass; a document over it is refused with its one error, unvalidated.

    Strawberry validates only when no extension has recorded errors before it.
    """

    def __init__(self, budget: Budget) -> None:
        self.budget = budget

    def on_validate(self) -> Iterator[None]:
        execution = self.execution_context
        document = execution.graphql_document
        if document is not None:
            error = check_budget(document, self.budget).error
            if error is not None:
                execution.pre_execution_errors = [error]
            elif unnamed := unnamed_choice(execution):
                execution.pre_execution_errors = unnamed
        yield


class OperationLabels(SchemaExtension):
    """``query:me``-style labels and the outcome on the request, for logs and metrics."""

    def on_operation(self) -> Iterator[None]:
        yield
        # Reached only with a parsed document: a syntax error (or a missing query) leaves this
        # hook by an exception, and the view labels the request.
        execution = self.execution_context
        request = getattr(execution.context, "request", None)
        document, result = execution.graphql_document, execution.result
        if request is None or document is None:
            return
        schema = execution.schema._schema
        request.state.graphql_operation = operation_label(
            schema, document, requested_name(execution)
        )
        request.state.graphql_outcome = "error" if result is not None and result.errors else "ok"
