"""The engines never put statement parameters (emails, token digests) into error messages."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from service.state import AppState


async def test_errors_hide_statement_parameters(state: AppState):
    secret = "someone.private@example.com"
    for engine in (state.engine, state.read_engine):
        async with engine.connect() as connection:
            with pytest.raises(DBAPIError) as raised:
                await connection.execute(
                    text("SELECT * FROM no_such_table WHERE email = :email"), {"email": secret}
                )
        message = str(raised.value)
        assert secret not in message
        assert "SQL parameters hidden" in message
