"""Operation labels for logs and metrics, and the root fields of an operation."""

from __future__ import annotations

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
)


def root_fields(
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
            found += root_fields(selection.selection_set, fragments, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in seen or name not in fragments:
                continue
            seen.add(name)
            found += root_fields(fragments[name].selection_set, fragments, seen)
    return found


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
        {f.name.value for f in root_fields(operation.selection_set, fragments, set())}
        & (set(root.fields) | {"__typename", "__schema", "__type"})
    )
    if not names:
        return "invalid"
    joined = "+".join(names) if len(names) <= MAX_LABEL_FIELDS else "multiple"
    return f"{operation.operation.value}:{joined}"
