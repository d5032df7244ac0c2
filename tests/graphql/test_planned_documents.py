"""Planned documents answer exactly as Strawberry's and graphql-core's execution would.

`ACCOUNTS_PLANNED_DOCUMENTS` (on by default) runs trusted query documents on a plan made at
start-up; the stock path is one setting away, and these tests hold the two to the same answers:
every planned document of the bundled clients through real requests, and graphql-core's rules
for errors and nulls on a schema made to break in every way a plan must handle.
"""

from __future__ import annotations

import enum
import gc
import warnings
from datetime import UTC, datetime
from typing import Any, NewType

import pytest
import strawberry
from graphql import parse
from strawberry.schema.config import StrawberryConfig

from service.graphql import plan_runs, plans
from service.graphql.view import AccountsGraphQL
from tests.helpers import register_ok


@pytest.fixture
def calls(monkeypatch) -> list[plans.Plan]:
    ran: list[plans.Plan] = []
    run = plan_runs.run

    async def counted(plan, context):
        ran.append(plan)
        return await run(plan, context)

    monkeypatch.setattr(plan_runs, "run", counted)
    return ran


async def test_every_planned_document_answers_as_the_stock_path(make_state, make_client, calls):
    planned_state, stock_state = make_state(), make_state(planned_documents=False)
    planned, stock = make_client(planned_state), make_client(stock_state)
    documents = AccountsGraphQL(planned_state).plans
    assert AccountsGraphQL(stock_state).plans == {}
    names = {name for _, name in documents}
    assert {"Me", "Sessions", "Passkeys", "ExternalIdentities", None} <= names
    token = (await register_ok(planned))["token"]
    for (text, name), document in documents.items():
        for headers in ({"Authorization": f"Bearer {token}"}, {}, {"Authorization": "Bearer x"}):
            body = {"query": text, "operationName": name}
            answers = [await client.http.post("/graphql", json=body, headers=headers)
                       for client in (planned, stock)]  # fmt: skip
            assert answers[0].status_code == answers[1].status_code == 200
            assert answers[0].json() == answers[1].json(), (name, headers)
            assert answers[0].headers["cache-control"] == "no-store"
        assert calls[-1].operation == document.plan.operation
    assert len(calls) == 3 * len(documents)  # the stock app ran none of them


async def test_a_planned_document_by_id_is_labelled_and_fenced(make_state, make_client, calls):
    state = make_state()
    client = make_client(state)
    token = (await register_ok(client))["token"]
    text, name = next(k for k in AccountsGraphQL(state).plans if k[1] == "Me")
    me = await client.http.post(
        "/graphql", json={"query": text, "operationName": name},
        headers={"Authorization": f"Bearer {token}", "X-Request-ID": "planned-1"},
    )  # fmt: skip
    assert me.json()["data"]["me"]["username"] == "ada_lovelace"
    assert me.headers["x-request-id"] == "planned-1"
    assert len(calls) == 1
    # what a plan leaves to the stock path: another operation name, bad variables, GET
    for body in (
        {"query": text, "operationName": "Other"},
        {"query": text, "variables": [1]},
        {"query": text, "extensions": "x"},
    ):
        await client.http.post("/graphql", json=body, headers={"Authorization": f"Bearer {token}"})
    assert len(calls) == 1


async def test_an_unexpected_error_is_logged_and_masked_on_both_paths(
    make_state, make_client, monkeypatch, caplog
):
    from service.graphql.users.user import User

    planned_state = make_state()
    planned, stock = make_client(planned_state), make_client(make_state(planned_documents=False))
    token = (await register_ok(planned))["token"]
    text = next(t for t, n in AccountsGraphQL(planned_state).plans if n == "Me")

    def broken(cls, row):
        raise RuntimeError("the secret of the failure")

    monkeypatch.setattr(User, "from_row", classmethod(broken))
    answers = []
    for client in (planned, stock):
        caplog.clear()
        answer = await client.http.post(
            "/graphql", json={"query": text}, headers={"Authorization": f"Bearer {token}"}
        )
        answers.append(answer.json())
        assert "the secret of the failure" in caplog.text  # logged with its trace
    assert answers[0] == answers[1]
    assert answers[0]["errors"][0]["message"] == "Unexpected error."
    assert "secret" not in str(answers[0])


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"


Blank = NewType("Blank", str)


class Deny(strawberry.BasePermission):
    message = "Not for you."

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        return bool(info.context.get("allowed"))


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Item(Named):
    colour: Colour = Colour.RED
    guarded: str | None = strawberry.field(default="kept", permission_classes=[Deny])
    at: datetime = datetime(2026, 1, 2, tzinfo=UTC)

    @strawberry.field
    def broken(self) -> str | None:
        raise ValueError(f"broken {self.name}")

    @strawberry.field
    def strict(self) -> str:
        return None  # type: ignore[return-value]

    @strawberry.field
    def greet(self, name: str, times: int = 1) -> str:
        return f"{self.name} greets {name} x{times}"

    @strawberry.field
    def tags(self) -> list[str | None]:
        return ["a", None, "c"]

    @strawberry.field
    def strict_tags(self) -> list[str]:
        return ["a", None]  # type: ignore[list-item]

    @strawberry.field
    def returned(self) -> str | None:
        return ValueError("returned, not raised")  # type: ignore[return-value]

    @strawberry.field
    def blank(self) -> Blank:
        return "anything"  # type: ignore[return-value]

    @strawberry.field
    def count(self) -> int:
        return "many"  # type: ignore[return-value]


@strawberry.type
class Query:
    @strawberry.field
    def items(self) -> list[Item | None]:
        return [Item(name="one"), Item(name="two")]

    @strawberry.field
    def strict_items(self) -> list[Item]:
        return [Item(name="one")]

    @strawberry.field
    async def item(self) -> Item:
        return Item(name="solo")

    @strawberry.field
    async def maybe(self) -> Item | None:
        return None

    @strawberry.field
    def fails(self) -> int:
        raise ValueError("root")

    @strawberry.field
    async def afails(self) -> int:
        raise ValueError("root, awaited")

    @strawberry.field
    def context_name(self, info: strawberry.Info) -> str:
        return f"{info.context['name']} at {info.path.key}"


SCHEMA = strawberry.Schema(
    query=Query,
    types=[Item],
    config=StrawberryConfig(
        scalar_map={
            Blank: strawberry.scalar(
                name="Blank", serialize=lambda _value: None, parse_value=lambda value: value
            )
        }
    ),
)
DOCUMENTS = [
    "{ items { name colour at } }",
    "{ items { name broken } }",
    "{ items { name strict } }",
    "{ strictItems { name strict } }",
    "{ item { name strict } }",
    "{ fails }",
    "{ fails item { name } }",
    "{ items { name broken } fails }",
    "{ item { name strict } maybe { name } items { broken } }",
    "{ afails item { name broken } items { broken } }",
    "{ item { broken } afails items { broken } }",
    "{ maybe { name } item { name } }",
    "{ __typename items { __typename name } }",
    "{ a: item { n: name } b: items { n: name } }",
    "query Q { item { ...F } } fragment F on Item { name ... on Item { colour } ... { at } }",
    '{ item { greet(name: "ada") g2: greet(name: "bob", times: 2) } }',
    "{ item { tags strictTags } }",
    "{ item { count } }",
    "{ item { returned } }",
    "{ items { name guarded } }",
    "{ maybe { name } strictItems { blank } }",
    "{ x: items { y: broken z: strict } }",
    "{ item { ... on Named { name __typename } } }",
    "{ contextName }",
]


@pytest.mark.parametrize("document", DOCUMENTS)
async def test_a_plan_answers_as_graphql_core_does(document):
    context: dict[str, Any] = {"name": "ctx"}
    expected = await SCHEMA.execute(document, context_value=context)
    plan = plans.plan(SCHEMA._schema, parse(document), None)
    data, errors = await plan_runs.run(plan, context)
    assert data == expected.data
    assert [e.formatted for e in errors] == [e.formatted for e in expected.errors or []]


@pytest.mark.parametrize(
    "document",
    [
        "mutation { item { name } }",
        "query ($n: String) { item { greet(name: $n) } }",
        "{ item { name @include(if: true) } }",
        "query @deprecated { item { name } }",
        "{ item { name } item { colour } }",
        "{ __schema { types { name } } }",
        "query A { item { name } } query B { fails }",
    ],
)
def test_what_a_plan_does_not_do_runs_on_the_stock_path(document):
    with pytest.raises(plans.Unplannable):
        plans.plan(SCHEMA._schema, parse(document), None)


def test_another_graphql_core_takes_the_stock_path(monkeypatch):
    document = parse("{ item { name } }")
    assert plans.plan(SCHEMA._schema, document, None)
    monkeypatch.setattr(plans, "INFO_FIELDS", (*plans.INFO_FIELDS, "something_new"))
    with pytest.raises(plans.Unplannable, match="GraphQLResolveInfo changed"):
        plans.plan(SCHEMA._schema, document, None)


def test_an_operation_is_chosen_by_name():
    document = parse("query A { item { name } } query B { fails }")
    assert plans.plan(SCHEMA._schema, document, "B").fields[0].name == "fails"
    with pytest.raises(plans.Unplannable):
        plans.plan(SCHEMA._schema, document, "C")


async def test_a_field_left_unawaited_by_a_failure_before_it_is_closed():
    """`{ item fails }`: item's coroutine exists when fails nulls the data; never awaited, it
    is closed (no "coroutine was never awaited" left behind), as graphql-core does."""
    plan = plans.plan(SCHEMA._schema, parse("{ item { name } fails }"), None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data, errors = await plan_runs.run(plan, {})
        paths = [e.path for e in errors]
        del errors  # its traceback holds the frames that hold the coroutine
        gc.collect()
    assert data is None and paths == [["fails"]]
    assert not [w for w in caught if "never awaited" in str(w.message)]
