"""A real SMTP server for the courier's tests: aiosmtpd on loopback, in a thread of its own.

``Recorder`` keeps what arrived and is told how to misbehave: refuse some recipients, answer
DATA with 4xx a number of times, or hang in DATA (a courier killed mid-send).
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USERNAME, SMTP_PASSWORD = "courier", "s3cret-p@ss"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Recorder:
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient -> reply
    temporary_failures: int = 0  # DATA answers 451 this many times
    hang: bool = False  # DATA never answers (until told otherwise): 451 when it ends
    delay: float = 0.0  # seconds each DATA takes
    data_started: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        self.data_started.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        while self.hang:
            await asyncio.sleep(0.05)
            if not self.hang:
                return "451 the hang ended; try again"
        with self.lock:
            if self.temporary_failures > 0:
                self.temporary_failures -= 1
                return "451 4.3.0 try again later"
            parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            self.messages.append(parsed)
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(m["Message-ID"]) for m in self.messages]


def _authenticate(server, session, envelope, mechanism, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (
        auth_data.login.decode(),
        auth_data.password.decode(),
    ) == (USERNAME, SMTP_PASSWORD)
    return AuthResult(success=ok)


class SmtpServer:
    """``mode``: ``plain`` (no STARTTLS offered), ``starttls`` (required, with AUTH) or ``tls``
    (implicit TLS); ``tls_context`` is the server's certificate for the last two."""

    def __init__(
        self,
        mode: str = "plain",
        *,
        port: int | None = None,
        tls_context: ssl.SSLContext | None = None,
        recorder: Recorder | None = None,
    ) -> None:
        self.mode = mode
        self.port = port or free_port()
        self.recorder = recorder or Recorder()
        kwargs: dict[str, Any] = {}
        if mode == "starttls":
            kwargs.update(
                tls_context=tls_context,
                require_starttls=True,
                authenticator=_authenticate,
                auth_required=True,
            )
        elif mode == "tls":
            kwargs.update(ssl_context=tls_context)
        self.controller = Controller(
            self.recorder, hostname="127.0.0.1", port=self.port, ready_timeout=10, **kwargs
        )
        self.running = False

    def start(self) -> SmtpServer:
        self.controller.start()
        self.running = True
        return self

    def stop(self) -> None:
        if self.running:
            self.running = False
            self.controller.stop()

    def url(self, *, credentials: bool = False, host: str = "127.0.0.1") -> str:
        auth = f"{USERNAME}:{SMTP_PASSWORD.replace('@', '%40')}@" if credentials else ""
        if self.mode == "tls":
            return f"smtps://{auth}{host}:{self.port}"
        if self.mode == "starttls":
            return f"smtp://{auth}{host}:{self.port}"
        return f"smtp://{auth}{host}:{self.port}/?disable_starttls=true"
