"""Transports: SMTP (aiosmtplib) or, without ``ACCOUNTS_SMTP_URL``, ``.eml`` files.

The courier opens a transport once per batch (``async with transport.connect() as send``)
and calls ``send`` per message. Failures are ``DeliveryError``: ``permanent`` for a 5xx that
concerns this message (the recipient, the content), temporary otherwise: the server is down,
answers 4xx, refuses our TLS or login; ``connection_lost`` says the rest of the batch should
wait for the next round rather than use a dead connection.
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

import aiosmtplib

from service.config import Settings, SmtpEndpoint

Send = Callable[[EmailMessage], Awaitable[None]]
logger = logging.getLogger("service.mail")
ERROR_LENGTH = 300


class DeliveryError(Exception):
    def __init__(self, reason: str, *, permanent: bool = False, connection_lost: bool = False):
        super().__init__(reason[:ERROR_LENGTH])
        self.reason = reason[:ERROR_LENGTH]
        self.permanent = permanent
        self.connection_lost = connection_lost


class Transport(Protocol):
    def connect(self) -> AbstractAsyncContextManager[Send]: ...


def create_transport(settings: Settings) -> Transport:
    """SMTP when configured, files otherwise; a malformed SMTP URL raises here, at startup."""
    endpoint = settings.smtp
    if endpoint is None:
        return FileTransport(settings.mail_dir)
    return SmtpTransport(endpoint, settings.smtp_ca_file, settings.smtp_timeout)


def describe(exc: BaseException) -> str:
    """The error without secrets: its type, and the server's code and words if it answered."""
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return f"{type(exc).__name__}: {exc.code} {exc.message}"
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        first = exc.recipients[0]
        return f"{type(exc).__name__}: {first.code} {first.message}"
    return f"{type(exc).__name__}: {exc}"


def _refused_code(exc: Exception) -> int | None:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return min((r.code for r in exc.recipients), default=None)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return exc.code
    return None


class SmtpTransport:
    def __init__(self, endpoint: SmtpEndpoint, ca_file: Path | None, timeout: float) -> None:
        self.endpoint = endpoint
        self.timeout = timeout
        self.tls_context: ssl.SSLContext | None = None
        if endpoint.security != "none":
            # Certificates are always verified; a CA file is trusted in addition to the system's.
            self.tls_context = ssl.create_default_context()
            if ca_file is not None:
                self.tls_context.load_verify_locations(cafile=ca_file)

    def _client(self) -> aiosmtplib.SMTP:
        endpoint = self.endpoint
        return aiosmtplib.SMTP(
            hostname=endpoint.host,
            port=endpoint.port,
            username=endpoint.username,
            password=endpoint.password,
            use_tls=endpoint.security == "tls",
            start_tls=endpoint.security == "starttls",  # True: refuse a server without it
            tls_context=self.tls_context,
            timeout=self.timeout,
        )

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[Send]:
        client = self._client()
        try:
            await client.connect()
        except (aiosmtplib.SMTPException, ssl.SSLError, OSError, TimeoutError) as exc:
            client.close()
            raise DeliveryError(describe(exc), connection_lost=True) from None

        async def send(message: EmailMessage) -> None:
            try:
                errors, _ = await client.send_message(message)
            except (aiosmtplib.SMTPRecipientsRefused, aiosmtplib.SMTPResponseException) as exc:
                code = _refused_code(exc)
                lost = not client.is_connected
                permanent = code is not None and 500 <= code < 600 and not lost
                raise DeliveryError(
                    describe(exc), permanent=permanent, connection_lost=lost
                ) from None
            except (aiosmtplib.SMTPException, ssl.SSLError, OSError, TimeoutError) as exc:
                raise DeliveryError(describe(exc), connection_lost=True) from None
            if errors:  # one recipient per message: a partial refusal cannot happen, but…
                code, text = next(iter(errors.values()))
                raise DeliveryError(f"refused: {code} {text}", permanent=500 <= code < 600)

        try:
            yield send
        finally:
            if client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    client.close()


class FileTransport:
    """Development: each message becomes ``<mail_dir>/<message id>.eml``, written atomically
    and announced in the log (path and subject, never the recipient) so the reader finds their
    code."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[Send]:
        yield self.send

    async def send(self, message: EmailMessage) -> None:
        try:
            path = await asyncio.to_thread(self._write, message)
        except OSError as exc:
            raise DeliveryError(describe(exc)) from None
        logger.info(
            "mail written to %s (%s)",
            path,
            message["Subject"],
            extra={"fields": {"event": "mail_written", "path": str(path)}},
        )

    def _write(self, message: EmailMessage) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = str(message["Message-ID"]).strip("<>").split("@", 1)[0]
        path = (self.directory / f"{name}.eml").resolve()
        descriptor, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(message.as_bytes())
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path
