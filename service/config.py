"""Settings: every knob of the service, read from ``ACCOUNTS_*`` environment variables."""

from __future__ import annotations

import os
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

import argon2
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ACCOUNTS_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    env: Literal["development", "production"] = "development"
    database_url: str = "sqlite+aiosqlite:///./accounts.db"
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    db_echo: bool = False

    redis_url: str | None = None
    rate_limit_enabled: bool = True

    argon2_time_cost: int = Field(default=argon2.DEFAULT_TIME_COST, ge=1)
    argon2_memory_cost: int = Field(default=argon2.DEFAULT_MEMORY_COST, ge=8)
    argon2_parallelism: int = Field(default=argon2.DEFAULT_PARALLELISM, ge=1)
    hash_concurrency: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)

    session_idle_ttl: timedelta = timedelta(days=7)
    session_max_ttl: timedelta = timedelta(days=30)
    session_refresh_interval: timedelta = timedelta(seconds=60)
    max_sessions_per_user: int | None = Field(default=None, ge=1)

    password_require_character_classes: bool = True
    password_min_score: int = Field(default=3, ge=0, le=4)

    graphiql: bool | None = None
    introspection: bool | None = None
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    media_dir: Path = Path("./media")
    log_level: str = "INFO"

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("max_sessions_per_user", "redis_url", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else not self.is_production

    @property
    def introspection_enabled(self) -> bool:
        return self.introspection if self.introspection is not None else not self.is_production


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
