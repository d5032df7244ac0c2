"""The web app's locked npm packages, installed once per test session (`npm ci`)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "clients" / "web"


def npm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["npm", *args],
        cwd=WEB,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="session")
def web_node_modules() -> Path:
    if shutil.which("npm") is None:
        if IN_CI:
            pytest.fail("npm is required for the web app tests in CI", pytrace=False)
        pytest.skip("npm is not installed")
    installed = npm("ci", "--no-audit", "--no-fund")
    assert installed.returncode == 0, installed.stderr[-3000:]
    return WEB / "node_modules"


@pytest.fixture(scope="session")
def site(web_node_modules, fresh_database, tmp_path_factory):
    """One server for the page tests, started as `make run PORT=…` starts it (the public URL
    and the passkey origin follow its port), with a real SMTP server and a real OpenID
    provider (``acme``, shown as "Acme ID"), and the admin API on."""
    from tests.e2e.server import free_port, running_server
    from tests.e2e.test_graphiql_browser import browser_or_skip
    from tests.external.provider import running_provider
    from tests.mail.smtp import SmtpServer
    from tests.web.site import Site

    browser_or_skip()
    smtp = SmtpServer("plain").start()
    port = free_port()
    env = {
        "ACCOUNTS_SMTP_URL": smtp.url(),
        "ACCOUNTS_MAIL_POLL_INTERVAL": "0.2",
        "ACCOUNTS_ADMIN_API": "true",
    }
    axe = (web_node_modules / "axe-core" / "axe.min.js").read_text()
    database = fresh_database("sqlite")
    callback = f"http://localhost:{port}/auth/external/acme/callback"
    try:
        with (
            running_provider([callback]) as provider,
            running_server(
                database, tmp_path_factory.mktemp("web"), env={**env, **provider.env()}, port=port
            ),
        ):
            yield Site(
                base=f"http://localhost:{port}",
                port=port,
                smtp=smtp,
                axe=axe,
                database=database.removeprefix("sqlite+aiosqlite:///"),
                issuer=provider.issuer,
            )
    finally:
        smtp.stop()


@pytest.fixture(scope="session")
async def browser(site):
    from tests.e2e.test_graphiql_browser import CHROMIUM, CHROMIUM_ARGS, browser_or_skip

    async_playwright = browser_or_skip()
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        await chromium.close()
