"""Running a plan (``service.graphql.plans``): the same resolvers, completed by graphql-core's
rules. Each resolver gets graphql-core's ``GraphQLResolveInfo`` (a plain attribute's gets
none, as under Strawberry), values complete as ``graphql.execution`` completes them, and an
error is located at its path and nulls the nearest nullable field, in the order graphql-core
records them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphql import (
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLOutputType,
    GraphQLResolveInfo,
    is_leaf_type,
    located_error,
)
from graphql.pyutils import Path, Undefined, inspect, is_awaitable

from service.graphql.plans import FieldPlan, Plan


async def run(plan: Plan, context: Any) -> tuple[dict[str, Any] | None, list[GraphQLError]]:
    """The operation's data and errors, as graphql-core's execution would give them."""
    execution = _Execution(plan, context)
    try:
        data: dict[str, Any] | None = await execution.fields(plan.fields, None, None)
    except GraphQLError as error:  # a null reached the root through non-null fields
        execution.errors.append(error)
        data = None
    return data, execution.errors


class _Execution:
    __slots__ = ("context", "errors", "plan")

    def __init__(self, plan: Plan, context: Any) -> None:
        self.plan = plan
        self.context = context
        self.errors: list[GraphQLError] = []

    async def fields(
        self, plans: Sequence[FieldPlan], source: Any, parent: Path | None
    ) -> dict[str, Any]:
        """The fields as graphql-core runs them: each resolver called in order and what it
        answered at once completed at once; what it answers later is awaited after them all,
        in order. A non-null field's error nulls the object: at once when it came at once,
        after the awaited siblings when it came later."""
        values: dict[str, Any] = {}
        later: list[tuple[FieldPlan, Any, Path]] = []
        try:
            for field_plan in plans:
                path = Path(parent, field_plan.key, field_plan.parent_type.name)
                values[field_plan.key] = None  # keeps the response's order
                try:
                    value = self.resolve(field_plan, source, path)
                    if is_awaitable(value):
                        later.append((field_plan, value, path))
                        continue
                    values[field_plan.key] = await self.complete(
                        field_plan, field_plan.return_type, value, path
                    )
                except Exception as raw:
                    self.failed(field_plan, raw, path)
        except GraphQLError:
            for _, awaitable, _ in later:  # never to be awaited: closed, as graphql-core does
                getattr(awaitable, "close", lambda: None)()
            raise
        deferred: GraphQLError | None = None
        for field_plan, awaitable, path in later:
            try:
                values[field_plan.key] = await self.complete(
                    field_plan, field_plan.return_type, await awaitable, path
                )
            except Exception as raw:
                try:
                    self.failed(field_plan, raw, path)
                except GraphQLError as error:
                    deferred = deferred or error
        if deferred is not None:
            raise deferred
        return values

    def resolve(self, field_plan: FieldPlan, source: Any, path: Path) -> Any:
        if field_plan.basic:
            return field_plan.resolve(source, None)
        return field_plan.resolve(source, self.info(field_plan, path), **field_plan.arguments)

    def failed(self, field_plan: FieldPlan, raw: Exception, path: Path) -> None:
        """A field's error: recorded (its value is null), or raised for a non-null field."""
        error = located_error(raw, field_plan.nodes, path.as_list())
        if isinstance(field_plan.return_type, GraphQLNonNull):
            raise error from None
        self.errors.append(error)

    async def complete(
        self, field_plan: FieldPlan, type_: GraphQLOutputType, value: Any, path: Path
    ) -> Any:
        if isinstance(value, Exception):
            raise value
        if isinstance(type_, GraphQLNonNull):
            completed = await self.complete(field_plan, type_.of_type, value, path)
            if completed is None:
                raise TypeError(
                    "Cannot return null for non-nullable field"
                    f" {field_plan.parent_type}.{field_plan.name}."
                )
            return completed
        if value is None:
            return None
        if isinstance(type_, GraphQLList):
            return await self.items(field_plan, type_.of_type, value, path)
        if is_leaf_type(type_):
            coerced = type_.coerce_output_value(value)
            if coerced is Undefined or coerced is None:
                raise TypeError(
                    f"Expected `{inspect(type_)}.coerce_output_value({inspect(value)})` to"
                    f" return non-nullable value, returned: {inspect(coerced)}"
                )
            return coerced
        return await self.fields(field_plan.children, value, path)

    async def items(
        self, field_plan: FieldPlan, type_: GraphQLOutputType, values: Any, path: Path
    ) -> list[Any]:
        items: list[Any] = []
        for index, value in enumerate(values):
            item_path = path.add_key(index)
            try:
                items.append(await self.complete(field_plan, type_, value, item_path))
            except Exception as raw:
                error = located_error(raw, field_plan.nodes, item_path.as_list())
                if isinstance(type_, GraphQLNonNull):
                    raise error from None
                self.errors.append(error)
                items.append(None)
        return items

    def info(self, field_plan: FieldPlan, path: Path) -> GraphQLResolveInfo[Any]:
        plan = self.plan
        return GraphQLResolveInfo(
            field_plan.name,
            field_plan.nodes,
            field_plan.return_type,
            field_plan.parent_type,
            path,
            plan.schema,
            plan.fragments,
            None,
            plan.operation,
            plan.variables,
            self.context,
            is_awaitable,
            None,
            None,  # type: ignore[arg-type]
        )
