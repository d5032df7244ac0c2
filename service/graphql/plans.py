"""Plans: trusted query documents run straight on their resolvers, planned at start-up.

A trusted document's selections are known before any request comes: which field of which
type each response key is, its arguments, how its value completes. For a query that needs no
variables, no directives and no abstract types (what `me`, `sessions` and the like ask), the
plan is made once and a request runs it by calling the same resolvers Strawberry built (the
same permissions, the same context) and completing their values as graphql-core would, without
Strawberry's and graphql-core's per-request execution machinery: what costs most on the
service's hottest path. Errors are located, propagated to the nearest nullable field, logged
and masked as on the stock path.

``service.graphql.plan_runs`` runs them. The plans read Strawberry's graphql-core schema
(``_schema``) and build graphql-core's ``GraphQLResolveInfo``;
``ACCOUNTS_PLANNED_DOCUMENTS=false`` runs every document through Strawberry, and a test
checks that both paths answer every planned document the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    default_field_resolver,
    is_leaf_type,
    is_object_type,
)
from graphql.execution.values import get_argument_values, get_variable_values

# graphql-core 3.3's resolver info, which plans build for every resolver that takes one
_INFO = (
    "field_name field_nodes return_type parent_type path schema fragments root_value operation"
    " variable_values context is_awaitable abort_signal async_helpers"
)
INFO_FIELDS = tuple(_INFO.split())


class Unplannable(Exception):
    """The document needs what plans do not do: it runs on the stock path."""


@dataclass(slots=True)
class FieldPlan:
    key: str
    name: str
    parent_type: GraphQLObjectType
    return_type: GraphQLOutputType
    nodes: list[FieldNode]
    resolve: Callable[..., Any]
    basic: bool  # Strawberry's resolver of a plain attribute: called without an info
    arguments: dict[str, Any]
    children: list[FieldPlan] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    schema: GraphQLSchema
    operation: OperationDefinitionNode
    fragments: dict[str, FragmentDefinitionNode]
    fields: list[FieldPlan]
    variables: Any


def plan(schema: GraphQLSchema, document: DocumentNode, operation_name: str | None) -> Plan:
    """The plan of ``document``'s operation ``operation_name``, or ``Unplannable``."""
    if GraphQLResolveInfo._fields != INFO_FIELDS:  # another graphql-core: take the stock path
        raise Unplannable("graphql-core's GraphQLResolveInfo changed")
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [o for o in operations if operation_name is None or _name(o) == operation_name]
    if len(chosen) != 1:
        raise Unplannable("not one operation")
    operation = chosen[0]
    if operation.operation != OperationType.QUERY or operation.variable_definitions:
        raise Unplannable("not a query without variables")
    if operation.directives or schema.query_type is None:
        raise Unplannable("directives")
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    variables = get_variable_values(schema, [], {})
    fields = _plan_fields(schema, schema.query_type, operation.selection_set, fragments)
    return Plan(schema, operation, fragments, fields, variables)


def _name(operation: OperationDefinitionNode) -> str | None:
    return operation.name.value if operation.name else None


def _plan_fields(
    schema: GraphQLSchema,
    parent: GraphQLObjectType,
    selections: SelectionSetNode,
    fragments: dict[str, FragmentDefinitionNode],
) -> list[FieldPlan]:
    nodes: dict[str, FieldNode] = {}
    _collect(parent, selections, fragments, nodes)
    plans = []
    for key, node in nodes.items():
        name = node.name.value
        if name == "__typename":
            string = schema.type_map.get("String")
            if string is None:  # pragma: no cover - every schema has String
                raise Unplannable("no String type")
            typename = parent.name
            plans.append(
                FieldPlan(
                    key=key,
                    name=name,
                    parent_type=parent,
                    return_type=GraphQLNonNull(string),  # type: ignore[arg-type]
                    nodes=[node],
                    resolve=lambda _source, _info, name=typename: name,
                    basic=True,
                    arguments={},
                )
            )
            continue
        definition = parent.fields.get(name)
        if definition is None or name.startswith("__"):
            raise Unplannable(f"field {name}")
        field_resolve = definition.resolve or default_field_resolver
        named = _named_type(definition.type)
        children = (
            _plan_fields(schema, named, node.selection_set, fragments)
            if is_object_type(named) and node.selection_set is not None
            else []
        )
        plans.append(
            FieldPlan(
                key=key,
                name=name,
                parent_type=parent,
                return_type=definition.type,
                nodes=[node],
                resolve=field_resolve,
                # Strawberry's resolver of a plain attribute, which reads no info (by its name:
                # should Strawberry rename it, fields only cost an info each)
                basic=getattr(field_resolve, "__name__", "") == "_get_basic_result",
                arguments=get_argument_values(definition, node) if node.arguments else {},
                children=children,
            )
        )
    return plans


def _collect(
    parent: GraphQLObjectType,
    selections: SelectionSetNode,
    fragments: dict[str, FragmentDefinitionNode],
    nodes: dict[str, FieldNode],
) -> None:
    for selection in selections.selections:
        if selection.directives:
            raise Unplannable("directives")
        if isinstance(selection, FieldNode):
            key = selection.alias.value if selection.alias else selection.name.value
            if key in nodes:  # merged selections: graphql-core merges them, plans do not
                raise Unplannable(f"{key} selected twice")
            nodes[key] = selection
            continue
        if isinstance(selection, FragmentSpreadNode):
            inner = fragments[selection.name.value].selection_set
        elif isinstance(selection, InlineFragmentNode):
            inner = selection.selection_set
        else:  # pragma: no cover - graphql-core's selections are these three
            raise Unplannable("selection")
        # validated: a condition on a concrete parent is the parent, or an interface or union
        # it belongs to, so the fragment's fields always apply
        _collect(parent, inner, fragments, nodes)


def _named_type(type_: GraphQLOutputType) -> Any:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    if not (is_leaf_type(type_) or is_object_type(type_)):
        raise Unplannable(f"abstract type {type_}")
    return type_
