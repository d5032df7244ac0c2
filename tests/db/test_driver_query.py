"""The driver-level token lookup and ``Connection.execute`` read the same rows, typed alike."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import bindparam, select

from service.accounts.sessions.callers import viewers_query
from service.accounts.sessions.store import new_token, token_digest
from service.db.driver_query import DriverQuery
from service.db.lookup import RowLookup
from service.db.models import AuthSession, User
from tests.conftest import PASSWORD
from tests.helpers import LOGIN, ME, REGISTER, registration


async def _tokens(gql) -> list[str]:
    registered = await gql(REGISTER, {"input": registration()})
    tokens = [registered["data"]["registerUser"]["token"]]
    for _ in range(3):
        login = await gql(LOGIN, {"input": {"identifier": "ada_lovelace", "password": PASSWORD}})
        tokens.append(login["data"]["login"]["token"])
    return tokens


async def test_both_paths_read_the_same_rows(state, make_client):
    tokens = await _tokens(make_client(state))
    digests = [token_digest(token) for token in tokens] + [token_digest(new_token())]
    padded = digests + [digests[0]] * (8 - len(digests))
    params = {f"k{index}": digest for index, digest in enumerate(padded)}
    statement = viewers_query(8)
    fast = RowLookup(state.read_engine, statement)
    stock = RowLookup(state.read_engine, statement, driver_level=False)
    assert fast.driver_query is not None and stock.driver_query is None

    def by_digest(rows):
        return sorted(rows, key=lambda row: row["token_digest"])

    fast_rows, stock_rows = by_digest(await fast.all(params)), by_digest(await stock.all(params))
    assert len(fast_rows) == len(tokens)  # the unknown digest finds nothing on either path
    assert fast_rows == stock_rows
    for fast_row, stock_row in zip(fast_rows, stock_rows, strict=True):
        assert list(fast_row) == list(stock_row)
        assert [type(value) for value in fast_row.values()] == [
            type(value) for value in stock_row.values()
        ]
    assert fast_rows[0]["expires_at"].tzinfo is not None


async def test_the_setting_selects_the_stock_path(make_state, make_client):
    stock = make_state(fast_token_lookup=False)
    assert all(single.driver_query is None for single in stock.callers.lookup.lookups.values())
    gql = make_client(stock)
    token = (await _tokens(gql))[0]
    assert (await gql(ME, token=token))["data"]["me"]["username"] == "ada_lovelace"
    assert (await gql(ME, token=new_token())) == {"data": {"me": None}}


async def test_both_paths_process_parameters_by_their_type(state, make_client):
    """A UUID parameter needs SQLAlchemy's processing (32 hex digits on SQLite): the driver
    path applies it too, and finds what ``Connection.execute`` finds."""
    tokens = await _tokens(make_client(state))
    sessions = AuthSession.__table__
    statement = select(sessions.c.id).where(
        sessions.c.user_id == bindparam("k0", type_=sessions.c.user_id.type)
    )
    async with state.session_factory() as db:
        user_id = (await db.execute(select(User.id))).scalar_one()
    fast = RowLookup(state.read_engine, statement)
    stock = RowLookup(state.read_engine, statement, driver_level=False)
    found = []
    for owner in (user_id, uuid.uuid4()):
        fast_rows, stock_rows = await fast.all({"k0": owner}), await stock.all({"k0": owner})
        assert sorted(row["id"] for row in fast_rows) == sorted(row["id"] for row in stock_rows)
        found.append(len(fast_rows))
    assert found == [len(tokens), 0]


def test_only_the_drivers_it_knows_get_a_driver_level_path():
    from sqlalchemy.dialects import sqlite

    with pytest.raises(ValueError, match=r"^no driver-level path for pysqlite$"):
        DriverQuery(viewers_query(1), sqlite.dialect())
