"""Fixtures for mail delivery: SMTP servers, a test CA, and states with fast courier timings."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from tests.mail.smtp import SmtpServer

# Short waits, so retries and expiring claims take fractions of a second.
FAST_MAIL: dict[str, Any] = {
    "mail_poll_interval": 0.05,
    "mail_retry_delay": 0.05,
    "mail_retry_max_delay": 0.2,
    "mail_claim_lease": 3,
    "smtp_timeout": 2.0,
}


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="session")
def other_ca_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("other-ca") / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return path


@pytest.fixture(scope="session")
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def smtp_server(server_tls: ssl.SSLContext) -> Iterator[Callable[..., SmtpServer]]:
    servers: list[SmtpServer] = []

    def make(mode: str = "plain", *, start: bool = True, **kwargs: Any) -> SmtpServer:
        kwargs.setdefault("tls_context", server_tls)
        server = SmtpServer(mode, **kwargs)
        servers.append(server)
        return server.start() if start else server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def mail_state(make_state, tmp_path):
    """``mail_state(**overrides)``: an ``AppState`` with fast courier timings, .eml files in
    ``tmp_path / "mail"`` unless ``smtp_url`` is given."""

    def make(**overrides: Any):
        return make_state(**{"mail_dir": tmp_path / "mail", **FAST_MAIL, **overrides})

    return make
