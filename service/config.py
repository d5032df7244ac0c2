"""Settings: every knob of the service, read from ``ACCOUNTS_*`` environment variables."""

from __future__ import annotations

import ipaddress
import os
import re
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

import argon2
from limits import parse
from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PLAIN_SECONDS = re.compile(r"\d+(\.\d+)?")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ACCOUNTS_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    env: Literal["development", "production"] = "development"
    database_url: str = "sqlite+aiosqlite:///./accounts.db"
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    db_echo: bool = False
    db_connect_timeout: float = Field(default=5.0, gt=0)
    db_statement_timeout: float = Field(default=5.0, ge=0)
    sqlite_synchronous: Literal["OFF", "NORMAL", "FULL", "EXTRA"] = "FULL"

    redis_url: str | None = None
    redis_timeout: float = Field(default=1.0, gt=0)
    redis_retry_interval: float = Field(default=1.0, gt=0)
    rate_limit_enabled: bool = True
    rate_limit_key_prefix: str = "accounts"
    rate_limit_login_per_ip_identifier: str = "5/15 minutes"
    rate_limit_login_per_ip: str = "50/15 minutes"
    rate_limit_login_unknown_devices_per_account: str = "20/hour"
    rate_limit_login_per_device: str = "10/15 minutes"
    rate_limit_password_checks_per_session: str = "5/15 minutes"  # noqa: S105
    rate_limit_uniqueness_checks_per_user: str = "20/hour"
    rate_limit_uniqueness_checks_per_ip: str = "60/hour"
    rate_limit_register_per_ip: str = "20/hour"
    rate_limit_image_uploads_per_user: str = "20/hour"
    max_known_devices_per_user: int = Field(default=20, ge=1)
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)

    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    max_query_depth: int = Field(default=10, ge=1)
    max_aliases: int = Field(default=15, ge=0)
    max_tokens: int = Field(default=2000, ge=50)
    max_directives: int = Field(default=20, ge=0)
    max_selections: int = Field(default=300, ge=1)
    max_fragment_spreads: int = Field(default=32, ge=0)
    max_field_repeats: int = Field(default=10, ge=1)
    max_operations: int = Field(default=16, ge=1)
    max_variables: int = Field(default=32, ge=0)
    max_sensitive_fields: int = Field(default=1, ge=0)
    graphql_cache_size: int = Field(default=256, ge=1)

    argon2_time_cost: int = Field(default=argon2.DEFAULT_TIME_COST, ge=1)
    argon2_memory_cost: int = Field(default=argon2.DEFAULT_MEMORY_COST, ge=8)
    argon2_parallelism: int = Field(default=argon2.DEFAULT_PARALLELISM, ge=1)
    hash_concurrency: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    hash_queue_limit: int = Field(default=32, ge=1)
    hash_nice: int = Field(default=10, ge=0, le=19)
    argon2_keep_memory: bool = False  # service.fastpaths.argon2_kept instead of argon2-cffi's
    fast_token_lookup: bool = True  # service.fastpaths.driver_query instead of Connection.execute
    fast_request_policy: bool = True  # service.fastpaths.documents instead of Strawberry's

    session_idle_ttl: timedelta = timedelta(days=7)
    session_max_ttl: timedelta = timedelta(days=30)
    session_refresh_interval: timedelta = timedelta(seconds=60)
    max_sessions_per_user: int | None = Field(default=100, ge=1)

    password_require_character_classes: bool = True
    password_min_score: int = Field(default=3, ge=0, le=4)

    # Account flows by email (service/accounts/codes.py and the flows beside it).
    secret_key: SecretStr | None = None
    secret_key_file: Path = Path("./.secret_key")
    code_ttl: timedelta = timedelta(minutes=10)
    require_verified_email: bool = False
    notify_new_signin: bool = True
    public_url: str = "http://127.0.0.1:8000"
    security_event_retention: timedelta = timedelta(days=180)
    rate_limit_code_requests_per_address: str = "5/hour"
    rate_limit_code_requests_per_ip: str = "30/hour"
    rate_limit_code_checks_per_address: str = "10/hour"
    rate_limit_code_checks_per_ip: str = "60/hour"

    graphiql: bool | None = None
    introspection: bool | None = None
    get_queries: bool | None = None
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    media_dir: Path = Path("./media")
    media_url: str = "/media/"
    image_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    image_max_pixels: int = Field(default=4096 * 4096, ge=64)
    image_max_edge: int = Field(default=512, ge=16)
    log_level: str = "INFO"
    log_format: Literal["json", "text"] = "json"
    metrics: bool | None = None
    metrics_token: str | None = None
    shutdown_timeout: int = Field(default=30, ge=0)

    @field_validator("sqlite_synchronous", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("cors_origins", "trusted_proxies", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("*", mode="before")
    @classmethod
    def _plain_seconds(cls, value: object, info: ValidationInfo) -> object:
        """Durations in plain seconds (``3600``) as well as ISO 8601 (``PT1H``): pydantic reads
        only the latter from a string, and environment variables are strings."""
        name = info.field_name
        if (
            isinstance(value, str)
            and name is not None
            and cls.model_fields[name].annotation is timedelta
            and PLAIN_SECONDS.fullmatch(value.strip())
        ):
            return float(value)
        return value

    @field_validator("code_ttl")
    @classmethod
    def _positive_ttl(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError("must be positive")
        return value

    @field_validator(
        "max_sessions_per_user", "redis_url", "metrics_token", "secret_key", mode="before"
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator(
        "rate_limit_login_per_ip_identifier",
        "rate_limit_login_per_ip",
        "rate_limit_login_unknown_devices_per_account",
        "rate_limit_login_per_device",
        "rate_limit_password_checks_per_session",
        "rate_limit_uniqueness_checks_per_user",
        "rate_limit_uniqueness_checks_per_ip",
        "rate_limit_register_per_ip",
        "rate_limit_image_uploads_per_user",
        "rate_limit_code_requests_per_address",
        "rate_limit_code_requests_per_ip",
        "rate_limit_code_checks_per_address",
        "rate_limit_code_checks_per_ip",
    )
    @classmethod
    def _parse_limit(cls, value: str) -> str:
        parse(value)  # raises ValueError with the reason on a malformed limit
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _parse_networks(cls, value: list[str]) -> list[str]:
        for item in value:
            ipaddress.ip_network(item, strict=False)
        return value

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else not self.is_production

    @property
    def introspection_enabled(self) -> bool:
        return self.introspection if self.introspection is not None else not self.is_production

    @property
    def metrics_enabled(self) -> bool:
        return self.metrics if self.metrics is not None else not self.is_production

    @property
    def get_queries_enabled(self) -> bool:
        return self.get_queries if self.get_queries is not None else not self.is_production


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
