"""One linear pass over a document that refuses costly ones before any validation rule runs.

graphql-core runs its ~35 rules in one traversal, and some of them are not linear:
OverlappingFieldsCanBeMerged compares every pair of fields sharing a response name and every
pair of fragments spread into one selection set. Strawberry's depth and alias limiters walk
every path through the fragments, which doubles per fragment when each spreads the next twice.
This pass reads every node once and resolves every fragment once (memoised, iteratively, so
deep documents cannot exhaust the stack), then refuses, with one error, a document that is too
deep or has too many aliases, selections (counted through fragments), fragment spreads,
directives, repeats of one response name in a selection set, or a directive repeated at one
location. Only documents within those bounds reach the standard rules, whose cost they bound.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    Node,
    OperationDefinitionNode,
    SelectionSetNode,
)

CAP = 1 << 40  # expanded counts stop growing here: they only need to exceed a limit


@dataclass(frozen=True, slots=True)
class Budget:
    max_depth: int
    max_aliases: int
    max_selections: int
    max_fragment_spreads: int
    max_field_repeats: int
    max_directives: int
    max_operations: int = 16
    max_variables: int = 32


@dataclass(slots=True)
class _Summary:
    """One operation or fragment on its own: what it spreads is added when resolving."""

    height: int = 0  # deepest field level counted for depth (root fields are level 0)
    selections: int = 0
    aliases: int = 0
    spreads: list[tuple[str, int | None]] = field(default_factory=list)  # (fragment, level)


@dataclass(slots=True)
class BudgetReport:
    """The first limit exceeded, or none."""

    error: GraphQLError | None = None


class _Refused(Exception):
    def __init__(self, error: GraphQLError) -> None:
        self.error = error


def _refuse(rule: str, message: str, node: Node | None = None) -> _Refused:
    return _Refused(
        GraphQLError(
            f"{rule}: {message}",
            node,
            extensions={"code": "GRAPHQL_VALIDATION_FAILED", "rule": rule},
        )
    )


class _Pass:
    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.directives = 0
        self.spreads = 0

    def directives_of(self, node: Node) -> None:
        # every node passed here has the attribute (definitions, variables, selections)
        directives = getattr(node, "directives", None) or ()  # pragma: no mutate
        if not directives:
            return
        self.directives += len(directives)
        if self.directives > self.budget.max_directives:
            raise _refuse(
                "MaxDirectives",
                f"at most {self.budget.max_directives} directives are allowed per request.",
                node,
            )
        names = [directive.name.value for directive in directives]
        if len(set(names)) != len(names):
            repeated = next(name for name in names if names.count(name) > 1)
            raise _refuse(
                "UniqueDirectivesPerLocation",
                f"the directive '@{repeated}' can only be used once at this location.",
                directives[names.index(repeated, names.index(repeated) + 1)],
            )

    def summarise(self, root: SelectionSetNode) -> _Summary:
        """Walk one definition's own selections (not into the fragments it spreads)."""
        summary = _Summary()
        limit = self.budget.max_field_repeats
        stack: list[tuple[SelectionSetNode, int | None, Counter[str]]] = [(root, 0, Counter())]
        while stack:
            selection_set, level, names = stack.pop()
            for selection in selection_set.selections:
                self.directives_of(selection)
                if isinstance(selection, FieldNode):
                    key = selection.alias.value if selection.alias else selection.name.value
                    names[key] += 1
                    if names[key] > limit:
                        raise _refuse(
                            "MaxFieldRepeats",
                            f"'{key}' is selected more than {limit} times in one selection set.",
                            selection,
                        )
                    summary.selections += 1
                    summary.aliases += selection.alias is not None
                    if level is not None:
                        summary.height = max(summary.height, level)
                    if selection.selection_set is not None:
                        # introspection fields are not counted for depth, as Strawberry's limiter
                        counted = level is not None and not selection.name.value.startswith("__")
                        below = level + 1 if counted and level is not None else None
                        stack.append((selection.selection_set, below, Counter()))
                elif isinstance(selection, InlineFragmentNode):
                    stack.append((selection.selection_set, level, names))  # merged with its parent
                elif isinstance(selection, FragmentSpreadNode):
                    self.spreads += 1
                    if self.spreads > self.budget.max_fragment_spreads:
                        raise _refuse(
                            "MaxFragmentSpreads",
                            f"at most {self.budget.max_fragment_spreads} fragment spreads are "
                            "allowed per request.",
                            selection,
                        )
                    summary.spreads.append((selection.name.value, level))
        return summary


@dataclass(slots=True)
class _Totals:
    height: int
    selections: int
    aliases: int


def _resolve(summaries: dict[str, _Summary]) -> dict[str, _Totals]:
    """Fold each fragment's totals into the definitions spreading it, each fragment once.

    A spread of an unknown fragment, or one closing a cycle, adds nothing: graphql-core's
    KnownFragmentNames and NoFragmentCycles rules refuse those documents.
    """
    done: dict[str, _Totals] = {}
    seen: set[str] = set()  # on the stack or done: each definition is entered once
    for root in summaries:
        if root in seen:
            continue
        stack = [(root, 0)]
        seen.add(root)
        while stack:
            name, index = stack[-1]
            summary = summaries[name]
            if index < len(summary.spreads):
                stack[-1] = (name, index + 1)
                child = summary.spreads[index][0]
                if child in summaries and child not in seen:
                    seen.add(child)
                    stack.append((child, 0))
                continue
            stack.pop()
            totals = _Totals(summary.height, summary.selections, summary.aliases)
            for child, level in summary.spreads:
                spread = done.get(child)
                if spread is None:
                    continue
                totals.selections = min(CAP, totals.selections + spread.selections)
                totals.aliases = min(CAP, totals.aliases + spread.aliases)
                if level is not None:
                    totals.height = max(totals.height, level + spread.height)
            done[name] = totals
    return done


def check_budget(document: DocumentNode, budget: Budget) -> BudgetReport:
    """Refuse ``document`` with one error if it exceeds ``budget``; linear in its size."""
    work = _Pass(budget)
    report = BudgetReport()
    try:
        summaries: dict[str, _Summary] = {}
        operations: list[tuple[str, OperationDefinitionNode]] = []
        variables = 0
        for index, definition in enumerate(document.definitions):
            work.directives_of(definition)
            if isinstance(definition, OperationDefinitionNode):
                if len(operations) == budget.max_operations:
                    raise _refuse(
                        "MaxOperations",
                        f"at most {budget.max_operations} operations are allowed per document.",
                        definition,
                    )
                for variable in definition.variable_definitions or ():
                    work.directives_of(variable)
                    variables += 1
                    if variables > budget.max_variables:
                        raise _refuse(
                            "MaxVariables",
                            f"at most {budget.max_variables} variables are allowed per document.",
                            variable,
                        )
                # a key no fragment name can take, since names cannot start with a digit
                key = f"{index} operation"
                operations.append((key, definition))
                summaries[key] = work.summarise(definition.selection_set)
            elif isinstance(definition, FragmentDefinitionNode):
                name = definition.name.value
                if name not in summaries:  # UniqueFragmentNames refuses duplicates
                    summaries[name] = work.summarise(definition.selection_set)
        totals = _resolve(summaries)
        selections = aliases = 0
        for key, operation in operations:
            total = totals[key]
            selections += total.selections
            aliases += total.aliases
            if total.height > budget.max_depth:
                label = operation.name.value if operation.name else "anonymous"
                raise _refuse(
                    "MaxDepth",
                    f"'{label}' exceeds maximum operation depth of {budget.max_depth}",
                    operation,
                )
        if aliases > budget.max_aliases:
            raise _refuse("MaxAliases", f"{aliases} aliases found. Allowed: {budget.max_aliases}")
        if selections > budget.max_selections:
            raise _refuse(
                "MaxSelections",
                f"at most {budget.max_selections} fields may be selected per request, counting "
                "each fragment spread in full.",
            )
    except _Refused as refused:
        report.error = refused.error
    return report
