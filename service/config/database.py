"""Settings of the database and of Redis."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, Field, field_validator

from service.config.types import empty_is_unset, upper


class DatabaseSettings(BaseModel):
    """PostgreSQL (or SQLite) is the one source of truth; Redis only holds rate-limit counters,
    shared by every process. See [Operations and scaling](operations.md)."""

    TITLE: ClassVar[str] = "Database and Redis"

    database_url: str = Field(
        "sqlite+aiosqlite:///./accounts.db",
        description="any SQLAlchemy async URL; `postgresql+asyncpg://user:pass@host/db` in "
        "production",
    )
    db_pool_size: int = Field(10, ge=1, description="PostgreSQL connection pool size per process")
    db_max_overflow: int = Field(
        10, ge=0, description="extra PostgreSQL connections allowed under load"
    )
    db_echo: bool = Field(False, description="log every SQL statement (debugging only)")
    db_connect_timeout: float = Field(
        5.0,
        gt=0,
        description="seconds to open a database connection, and to wait for a free pooled one; "
        "past it the field answers `SERVICE_UNAVAILABLE`",
    )
    db_statement_timeout: float = Field(
        5.0,
        ge=0,
        description="seconds one statement may run (PostgreSQL enforces it server-side as "
        "`statement_timeout`; for writes the driver gives up a second later if the server says "
        "nothing at all, and the token lookup gives up at its own deadline, connect plus "
        "statement timeout; on SQLite it bounds the wait for the write lock); `0` for no limit",
    )
    sqlite_synchronous: Annotated[
        Literal["OFF", "NORMAL", "FULL", "EXTRA"], BeforeValidator(upper)
    ] = Field(
        "FULL",
        description="SQLite's `synchronous` pragma. `FULL` syncs every commit to disk, so an "
        "acknowledged write survives power loss or an OS crash; `NORMAL` is faster but may lose "
        "the last acknowledged writes on such a crash (a crash of the process alone loses "
        "nothing either way); `OFF` risks corruption",
    )
    redis_url: Annotated[str | None, BeforeValidator(empty_is_unset)] = Field(
        None,
        description="Redis for rate-limit counters shared by every process "
        "(`redis://host:6379/0`); in memory per process when unset",
    )
    redis_timeout: float = Field(
        1.0,
        gt=0,
        description="seconds to connect to Redis or get an answer; past it the process counts "
        "in memory until Redis answers again",
    )
    redis_retry_interval: float = Field(
        1.0, gt=0, description="seconds between pings to an unreachable Redis"
    )

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        from sqlalchemy.engine import make_url

        try:
            make_url(value)
        except Exception:
            raise ValueError(
                "is not a database URL such as sqlite+aiosqlite:///./accounts.db or "
                "postgresql+asyncpg://user:password@host:5432/accounts"
            ) from None
        return value

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, value: str | None) -> str | None:
        schemes = ("redis://", "rediss://", "redis+unix://")
        if value is not None and not value.removeprefix("async+").startswith(schemes):
            raise ValueError("must start with redis://, rediss:// or redis+unix://")
        return value
