"""A real OpenID provider for the tests (node oidc-provider, ``tests/oidc/provider.js``), and
a browser-like HTTP client that walks its login and consent pages.

``running_provider(redirect_uris)`` starts one on a free loopback port and stops it; the
account that signs in at it is the login typed (``ada`` → ada@example.com, verified;
``unverified-bob`` → an unverified address; ``nomail-carl`` → none).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pytest

from tests.e2e.server import free_port

HERE = Path(__file__).resolve().parent.parent / "oidc"
CLIENT_ID = "accounts-test"


@dataclass
class Provider:
    issuer: str
    client_id: str
    client_secret: str
    process: subprocess.Popen[bytes]

    def env(self, name: str = "acme") -> dict[str, str]:
        """The variables that configure the service for this provider, as ``name``."""
        prefix = f"ACCOUNTS_OIDC_{name.upper()}_"
        return {
            "ACCOUNTS_OIDC_PROVIDERS": name,
            prefix + "ISSUER": self.issuer,
            prefix + "CLIENT_ID": self.client_id,
            prefix + "CLIENT_SECRET": self.client_secret,
            prefix + "DISPLAY_NAME": "Acme ID",
        }

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)


@contextlib.contextmanager
def running_provider(redirect_uris: list[str]) -> Iterator[Provider]:
    node = shutil.which("node")
    if node is None or not (HERE / "node_modules" / "oidc-provider").is_dir():
        pytest.fail("node and tests/oidc/node_modules are needed: run `make oidc-provider`")
    port = free_port()
    secret = secrets.token_urlsafe(24)
    env = {
        **os.environ,
        "PORT": str(port),
        "CLIENT_ID": CLIENT_ID,
        "CLIENT_SECRET": secret,
        "REDIRECT_URIS": ",".join(redirect_uris),
        "NODE_ENV": "test",
    }
    process = subprocess.Popen(
        [node, str(HERE / "provider.js")],
        cwd=HERE,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    line = process.stdout.readline().decode()
    if not line.startswith("ready "):
        process.kill()
        pytest.fail(f"the OpenID provider did not start: {line!r}")
    provider = Provider(line.split()[1], CLIENT_ID, secret, process)
    try:
        yield provider
    finally:
        provider.stop()


FORM = re.compile(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', re.S)
HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', re.S)


class ProviderBrowser:
    """Follows the provider's redirects and submits its login and consent forms, as a browser
    would, until the provider sends it to a URL outside the provider (the service's
    callback): that URL is the answer."""

    def __init__(self, provider: Provider) -> None:
        self.provider = provider
        self.http = httpx.AsyncClient(follow_redirects=False, timeout=10)

    async def close(self) -> None:
        await self.http.aclose()

    async def sign_in(
        self, authorization_url: str, login: str = "ada", consent: bool = True
    ) -> str:
        url, method, data = authorization_url, "GET", None
        for _ in range(12):
            response = await self.http.request(method, url, data=data)
            if response.status_code in {302, 303}:
                url, method, data = urljoin(url, response.headers["location"]), "GET", None
                if not url.startswith(self.provider.issuer):
                    return url
                continue
            assert response.status_code == 200, (response.status_code, response.text[:500])
            match = FORM.search(response.text)
            assert match, response.text[:500]
            action, body = unescape(match.group(1)), match.group(2)
            fields = {name: unescape(value) for name, value in HIDDEN.findall(body)}
            if fields.get("prompt") == "login":
                fields.update(login=login, password="anything")
            elif fields.get("prompt") == "consent" and not consent:
                action = action.replace("/confirm", "/abort")
            url, method, data = urljoin(url, action), "POST", fields
        raise AssertionError("the provider never sent the browser back")
