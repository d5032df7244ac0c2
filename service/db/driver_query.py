"""A read compiled once by SQLAlchemy and run straight on the driver connection.

SQLAlchemy compiles the statement once (for the engine's dialect) and lends its own type
processors for the parameters and result columns (``_cached_bind_processor`` and
``_cached_result_processor``, private); the query then goes straight to the driver: one
thread hop on aiosqlite (``execute_fetchall``), one prepared-statement round trip on asyncpg
(``fetch``). That halves the cost of the token lookup every authenticated request makes,
against running it through ``Connection.execute``, which ``ACCOUNTS_FAST_TOKEN_LOOKUP=false``
restores. Connections, their faults and retries stay with the caller (``service.db.lookup``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.interfaces import PoolProxiedConnection

DRIVERS = ("asyncpg", "aiosqlite")
Processor = Callable[[Any], Any] | None


class DriverQuery:
    """``statement`` as driver SQL with SQLAlchemy's processors for its binds and columns."""

    def __init__(self, statement: Select[Any], dialect: Dialect) -> None:
        if dialect.driver not in DRIVERS:
            raise ValueError(f"no driver-level path for {dialect.driver}")
        compiled = statement.compile(dialect=dialect)
        self.driver = dialect.driver
        self.sql = str(compiled)
        self.bind_names: list[str] = list(compiled.positiontup or [])
        self.bind_processors: list[Processor] = [
            compiled.binds[name].type._cached_bind_processor(dialect) for name in self.bind_names
        ]
        columns = list(statement.selected_columns)
        self.keys = [str(column.key) for column in columns]
        self.result_processors: list[Processor] = [
            column.type._cached_result_processor(dialect, None) for column in columns
        ]

    @staticmethod
    def supports(dialect: Dialect) -> bool:
        return dialect.driver in DRIVERS

    def arguments(self, params: Mapping[str, Any]) -> list[Any]:
        """The driver's positional arguments for ``params``, processed as SQLAlchemy would."""
        args = []
        for name, process in zip(self.bind_names, self.bind_processors, strict=True):
            value = params[name]
            args.append(process(value) if process else value)
        return args

    async def fetch(self, raw: PoolProxiedConnection, args: list[Any]) -> list[dict[str, Any]]:
        """Run on ``raw``'s driver connection; rows as ``Connection.execute`` maps them."""
        driver: Any = raw.driver_connection
        if self.driver == "asyncpg":
            records = await driver.fetch(self.sql, *args)
        else:
            records = await driver.execute_fetchall(self.sql, args)
        keys, processors = self.keys, self.result_processors
        return [
            {
                key: process(value) if process else value
                for key, process, value in zip(keys, processors, record, strict=True)
            }
            for record in records
        ]
