"""``ACCOUNTS_SMTP_URL`` taken apart: where and how mail is delivered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

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
