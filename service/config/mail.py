"""Settings of mail delivery and of the links mails carry."""

from __future__ import annotations

from datetime import timedelta
from email.headerregistry import Address
from pathlib import Path
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, Field, SecretStr, field_validator

from service.config.errors import ConfigurationError
from service.config.smtp import SmtpEndpoint, parse_smtp_url
from service.config.types import Duration, empty_is_unset


class MailSettings(BaseModel):
    """Every mail goes through the outbox and is delivered by a courier. In production set
    `ACCOUNTS_SMTP_URL` to your provider's SMTP server; without it mail is written as `.eml`
    files. See [Operations](operations.md#mail-delivery)."""

    TITLE: ClassVar[str] = "Mail"

    smtp_url: Annotated[SecretStr | None, BeforeValidator(empty_is_unset)] = Field(
        None,  # may hold a password: kept out of reprs and errors
        description="where mail goes: `smtp://user:pass@host:587` (STARTTLS required: a server "
        "that does not offer it is refused, never used in plain text), "
        "`smtps://user:pass@host:465` (implicit TLS), `smtp://host:25/?disable_starttls=true` "
        "(plain: a local relay, a development mail catcher, tests); unset: `.eml` files in "
        "`ACCOUNTS_MAIL_DIR`. Percent-encode `@` and `:` in the user and password. A malformed "
        "URL stops the process at startup, naming the problem (not the URL)",
    )
    smtp_ca_file: Annotated[Path | None, BeforeValidator(empty_is_unset)] = Field(
        None,
        description="a PEM file of CA certificates trusted for the SMTP server's certificate in "
        "addition to the system's (certificates are always verified)",
    )
    smtp_timeout: float = Field(
        30.0, gt=0, description="seconds to connect to the SMTP server and for each of its answers"
    )
    mail_from: str = Field(
        "accounts@localhost",
        description="sender address (`From` and envelope); its domain ends every `Message-ID`",
    )
    mail_dir: Path = Field(
        Path("./mail"),
        description="where messages are written as `.eml` files when `ACCOUNTS_SMTP_URL` is unset",
    )
    mail_courier: Literal["inline", "off"] = Field(
        "inline",
        description="`inline`: every serving process delivers the outbox in the background; "
        "`off`: it only queues, and `accounts courier` delivers",
    )
    mail_max_attempts: int = Field(
        8,
        ge=1,
        description="delivery attempts before a message is marked `FAILED` (a 5xx for the "
        "recipient fails it at once)",
    )
    mail_retry_delay: Duration = Field(
        timedelta(seconds=30),
        description="wait after the first failed attempt (server down, 4xx, TLS refused); "
        "doubles with each further one",
    )
    mail_retry_max_delay: Duration = Field(
        timedelta(hours=1), description="longest wait between two attempts"
    )
    mail_poll_interval: Duration = Field(
        timedelta(seconds=5),
        description="how often a courier looks for mail queued by other processes and for "
        "retries due (mail queued in its own process wakes it at once)",
    )
    mail_claim_lease: Duration = Field(
        timedelta(minutes=5),
        description="how long a courier's claim on a message lasts; a courier that dies "
        "mid-send leaves the message to another courier after it. Sending stops at 80 % of it, "
        "so keep it well above `ACCOUNTS_SMTP_TIMEOUT`",
    )
    mail_batch_size: int = Field(
        20, ge=1, description="messages a courier claims at once and sends over one SMTP connection"
    )
    mail_retention: Duration = Field(
        timedelta(days=30),
        description="sent and failed messages (recipient, values of a notice) older than this "
        "are deleted by `accounts events purge`; queued ones stay",
    )
    public_url: str = Field(
        "http://localhost:8000",
        description="where people reach the service: a code mail links to "
        "`<public url>/account/verify`, `/account/reset-password` or `/account/confirm-email` "
        "with the code in the fragment (`#code=…`, which never reaches a server; the page "
        "fills it in, and nothing acts until it is submitted). Also the origin the session "
        "cookie is accepted from. In development `accounts serve` sets "
        "`http://localhost:PORT` of its own `--port` unless this is set",
    )

    @field_validator("mail_from")
    @classmethod
    def _parse_mail_from(cls, value: str) -> str:
        try:
            Address(addr_spec=value)
        except (ValueError, IndexError):
            raise ValueError("is not an email address such as accounts@example.com") from None
        if "@" not in value:
            raise ValueError("is not an email address such as accounts@example.com")
        return value

    @field_validator("public_url")
    @classmethod
    def _strip_public_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError(
                "must start with http:// or https://, e.g. https://accounts.example.com"
            )
        return value.rstrip("/")

    @property
    def smtp(self) -> SmtpEndpoint | None:
        """The SMTP server, or None for .eml files; a malformed URL raises a
        ``ConfigurationError`` naming the variable and the problem (not the URL: it may hold a
        password)."""
        if self.smtp_url is None:
            return None
        try:
            return parse_smtp_url(self.smtp_url.get_secret_value())
        except ValueError as exc:
            raise ConfigurationError(f"ACCOUNTS_SMTP_URL is malformed: {exc}") from None
