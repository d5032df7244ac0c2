"""The endpoint's planned documents: each trusted query document ``plans`` can run, by its
text and operation name, with what the stock path does around execution (logging unexpected
errors, masking them, the operation's label)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from graphql import OperationDefinitionNode
from strawberry.schema import BaseSchema

from service.graphql import plan_runs, plans
from service.graphql.policy.prepared import DocumentCache, _anonymised
from service.graphql.trusted import TrustedDocuments


class PlannedDocument:
    __slots__ = ("label", "plan", "schema", "should_mask")

    def __init__(self, plan: plans.Plan, label: str, schema: BaseSchema, cache: DocumentCache):
        self.plan = plan
        self.label = label
        self.schema = schema
        self.should_mask = cache.policy.should_mask

    async def answer(self, context: Any) -> tuple[dict[str, Any], str]:
        """The response body, as Strawberry's view writes it, and the request's outcome."""
        data, errors = await plan_runs.run(self.plan, context)
        if not errors:
            return {"data": data}, "ok"
        # what Strawberry's execution does with a result's errors, then the policy's masking
        self.schema.process_errors(errors, SimpleNamespace(context=context))  # type: ignore[arg-type]
        shown = [_anonymised(e) if self.should_mask(e) else e for e in errors]
        return {"data": data, "errors": [e.formatted for e in shown]}, "error"


def planned_documents(
    schema: BaseSchema, documents: TrustedDocuments
) -> dict[tuple[str, str | None], PlannedDocument]:
    """Plans for the trusted documents that can have one, by query text and operation name
    (``None`` too for a document of one operation, which a request may leave unnamed)."""
    cache = getattr(schema, "document_cache", None)
    if not isinstance(cache, DocumentCache):
        return {}
    executable = schema._schema  # type: ignore[attr-defined]
    planned: dict[tuple[str, str | None], PlannedDocument] = {}
    for text in documents.texts:
        prepared = cache.trusted.get(text)
        if prepared is None:
            continue
        operations = [
            d for d in prepared.document.definitions if isinstance(d, OperationDefinitionNode)
        ]
        names: list[str | None] = [o.name.value for o in operations if o.name]
        if len(operations) == 1:
            names.append(None)
        for name in names:
            try:
                plan = plans.plan(executable, prepared.document, name)
            except plans.Unplannable:
                continue
            label = prepared.label(executable, name)
            planned[(text, name)] = PlannedDocument(plan, label, schema, cache)
    return planned
