"""Settings: every knob of the service, read from ``ACCOUNTS_*`` environment variables."""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import parse_qs, unquote, urlsplit

import argon2
from limits import parse
from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PLAIN_SECONDS = re.compile(r"\d+(\.\d+)?")
SMTP_SECURITY = {"smtp": "starttls", "smtps": "tls"}


@dataclass(frozen=True, slots=True)
class SmtpEndpoint:
    """Where and how to deliver mail: ``ACCOUNTS_SMTP_URL`` taken apart.

    ``security`` is ``starttls`` (required: a server that does not offer it is refused),
    ``tls`` (implicit TLS, ``smtps://``) or ``none`` (``?disable_starttls=true``).
    """

    host: str
    port: int
    security: Literal["starttls", "tls", "none"]
    username: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)


def parse_smtp_url(url: str) -> SmtpEndpoint:
    """``smtp://user:pass@host:587``, ``smtps://host:465``, ``smtp://host:25/?disable_starttls=true``;
    a ``ValueError`` that says what is wrong (never echoing the password) otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in SMTP_SECURITY:
        raise ValueError("the scheme must be smtp:// (STARTTLS) or smtps:// (implicit TLS)")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError("the port must be a number from 1 to 65535") from exc
    if not parts.hostname:
        raise ValueError("a host is required, e.g. smtp://mail.example.com:587")
    if parts.path not in ("", "/") or parts.fragment:
        raise ValueError("no path or fragment is allowed after the host and port")
    options = parse_qs(parts.query, keep_blank_values=True)
    if set(options) - {"disable_starttls"}:
        raise ValueError("the only query option is disable_starttls=true")
    plain = options.get("disable_starttls", ["false"])[-1].lower()
    if plain not in ("true", "false"):
        raise ValueError("disable_starttls must be true or false")
    security: Literal["starttls", "tls", "none"] = (
        "tls" if parts.scheme == "smtps" else ("none" if plain == "true" else "starttls")
    )
    if security == "tls" and plain == "true":
        raise ValueError("disable_starttls applies to smtp:// only")
    default_port = {"starttls": 587, "tls": 465, "none": 25}[security]
    return SmtpEndpoint(
        host=parts.hostname,
        port=port or default_port,
        security=security,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
    )


RP_ID_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")


def check_rp_id(value: str) -> str:
    """A WebAuthn relying party ID is a registrable domain (or ``localhost``): lower case, no
    scheme, port, path or IP address."""
    rp_id = value.strip()
    labels = rp_id.split(".")
    if not rp_id or len(rp_id) > 253 or not all(RP_ID_LABEL.fullmatch(x) for x in labels):
        raise ValueError(
            "must be a lower-case domain name such as example.com or localhost "
            "(no scheme, port or path)"
        )
    try:
        ipaddress.ip_address(rp_id)
    except ValueError:
        return rp_id
    raise ValueError("an IP address cannot be a relying party ID; use a domain or localhost")


def check_origins(value: str, rp_id: str) -> list[str]:
    """Each origin is ``https://host[:port]`` (``http://`` only for localhost) whose host is
    the RP ID or a subdomain of it, as browsers require."""
    origins = [item.strip().rstrip("/") for item in value.split(",") if item.strip()]
    if not origins:
        raise ValueError("at least one origin is required, e.g. https://example.com")
    for origin in origins:
        parts = urlsplit(origin)
        try:
            parts.port  # noqa: B018 - raises on a malformed port
        except ValueError as exc:
            raise ValueError(f"{origin!r}: the port must be a number") from exc
        host = parts.hostname or ""
        if parts.scheme not in ("https", "http") or not host or parts.path or parts.query:
            raise ValueError(f"{origin!r} is not an origin such as https://example.com:8443")
        if parts.username is not None or parts.fragment:
            raise ValueError(f"{origin!r} is not an origin such as https://example.com:8443")
        if host != rp_id and not host.endswith("." + rp_id):
            raise ValueError(f"{origin!r} is not on the relying party ID {rp_id!r}")
        local = host == "localhost" or host.endswith(".localhost")
        if parts.scheme == "http" and not local:
            raise ValueError(f"{origin!r}: browsers allow passkeys over http:// only on localhost")
    return origins


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
    argon2_keep_memory: bool = (
        False  # service.accounts.passwords.argon2_kept instead of argon2-cffi's
    )
    fast_token_lookup: bool = True  # service.db.driver_query instead of Connection.execute
    fast_request_policy: bool = True  # service.graphql.policy.prepared instead of Strawberry's

    session_idle_ttl: timedelta = timedelta(days=7)
    session_max_ttl: timedelta = timedelta(days=30)
    session_refresh_interval: timedelta = timedelta(seconds=60)
    max_sessions_per_user: int | None = Field(default=100, ge=1)

    password_require_character_classes: bool = True
    password_min_score: int = Field(default=3, ge=0, le=4)

    # Account flows by email (service/accounts/email/codes.py and the flows beside it).
    secret_key: SecretStr | None = None
    secret_key_file: Path = Path("./.secret_key")
    code_ttl: timedelta = timedelta(minutes=10)
    require_verified_email: bool = False
    notify_new_signin: bool = True
    security_event_retention: timedelta = timedelta(days=180)
    rate_limit_code_requests_per_address: str = "5/hour"
    rate_limit_code_requests_per_ip: str = "30/hour"
    rate_limit_code_checks_per_address: str = "10/hour"
    rate_limit_code_checks_per_ip: str = "60/hour"
    # Two-factor sign-in (service/accounts/two_factor/setup.py and the modules beside it).
    totp_issuer: str = Field(default="accounts", min_length=1, max_length=64)
    two_factor_challenge_ttl: timedelta = timedelta(minutes=5)
    rate_limit_two_factor_checks_per_account: str = "10/15 minutes"

    # Passkeys (service/accounts/passkeys/store.py, passkey_login.py): the WebAuthn relying party.
    webauthn_rp_id: str = "localhost"
    webauthn_rp_name: str = "accounts"
    webauthn_origins: str = "http://localhost:8000"  # comma-separated
    passkey_challenge_ttl: timedelta = timedelta(minutes=5)
    reauth_window: timedelta = timedelta(minutes=10)
    rate_limit_passkey_login_per_ip: str = "60/15 minutes"
    rate_limit_passkey_failures_per_account: str = "20/hour"
    rate_limit_passkey_registrations_per_user: str = "20/hour"

    graphiql: bool | None = None
    web_ui: bool | None = None  # the account web app at /account/ (service/web.py)
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

    # Mail delivery (service/mail): SMTP when ``smtp_url`` is set, .eml files otherwise.
    smtp_url: SecretStr | None = None  # may hold a password: kept out of reprs and errors
    smtp_ca_file: Path | None = None
    smtp_timeout: float = Field(default=30.0, gt=0)
    mail_from: str = "accounts@localhost"
    mail_dir: Path = Path("./mail")
    mail_max_attempts: int = Field(default=8, ge=1)
    mail_courier: Literal["inline", "off"] = "inline"
    mail_poll_interval: timedelta = timedelta(seconds=5)
    mail_retry_delay: timedelta = timedelta(seconds=30)
    mail_retry_max_delay: timedelta = timedelta(hours=1)
    mail_claim_lease: timedelta = timedelta(minutes=5)
    mail_batch_size: int = Field(default=20, ge=1)
    mail_retention: timedelta = timedelta(days=30)
    public_url: str = "http://127.0.0.1:8000"

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

    @field_validator("code_ttl", "passkey_challenge_ttl", "reauth_window")
    @classmethod
    def _positive_ttl(cls, value: timedelta) -> timedelta:
        if value <= timedelta(0):
            raise ValueError("must be positive")
        return value

    @field_validator(
        "max_sessions_per_user",
        "redis_url",
        "metrics_token",
        "smtp_url",
        "smtp_ca_file",
        "secret_key",
        mode="before",
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
        "rate_limit_passkey_login_per_ip",
        "rate_limit_passkey_failures_per_account",
        "rate_limit_passkey_registrations_per_user",
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

    @field_validator("mail_from")
    @classmethod
    def _parse_mail_from(cls, value: str) -> str:
        from email.headerregistry import Address

        try:
            Address(addr_spec=value)
        except (ValueError, IndexError) as exc:
            raise ValueError(f"not an email address: {value!r}") from exc
        if "@" not in value:
            raise ValueError(f"not an email address: {value!r}")
        return value

    @field_validator("public_url")
    @classmethod
    def _strip_public_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("webauthn_rp_id")
    @classmethod
    def _check_rp_id(cls, value: str) -> str:
        return check_rp_id(value)

    @field_validator("webauthn_origins")
    @classmethod
    def _check_origins(cls, value: str, info: ValidationInfo) -> str:
        rp_id = info.data.get("webauthn_rp_id")
        if rp_id is None:  # the RP ID itself was refused; that error is reported
            return value
        return ",".join(check_origins(value, rp_id))

    @property
    def webauthn_origin_list(self) -> list[str]:
        return self.webauthn_origins.split(",")

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def graphiql_enabled(self) -> bool:
        return self.graphiql if self.graphiql is not None else not self.is_production

    @property
    def web_ui_enabled(self) -> bool:
        return self.web_ui if self.web_ui is not None else not self.is_production

    @property
    def introspection_enabled(self) -> bool:
        return self.introspection if self.introspection is not None else not self.is_production

    @property
    def metrics_enabled(self) -> bool:
        return self.metrics if self.metrics is not None else not self.is_production

    @property
    def get_queries_enabled(self) -> bool:
        return self.get_queries if self.get_queries is not None else not self.is_production

    @property
    def smtp(self) -> SmtpEndpoint | None:
        """The SMTP server, or None for .eml files; a malformed URL raises a ``ValueError``
        naming the variable and the problem (not the URL: it may hold a password)."""
        if self.smtp_url is None:
            return None
        try:
            return parse_smtp_url(self.smtp_url.get_secret_value())
        except ValueError as exc:
            raise ValueError(f"ACCOUNTS_SMTP_URL is malformed: {exc}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
