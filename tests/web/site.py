"""What the browser tests of the web app share: one real server (courier inline, a real SMTP
server, started like `make run PORT=…`: no public URL or passkey origin set, so both follow its
port), one Chromium, and the checks every page gets."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.conftest import PASSWORD
from tests.e2e.test_email_lifecycle import next_mail
from tests.e2e.test_graphiql_browser import ARTIFACTS
from tests.e2e.test_passkeys_browser import AUTHENTICATOR
from tests.mail.smtp import SmtpServer

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ARTIFACTS / "screens"
# `make screenshots` sets this to docs/screenshots: the pages as the README shows them.
PUBLISHED = os.environ.get("ACCOUNTS_SCREENSHOTS_DIR")
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}
PRODUCT = "Accounts"
REGISTER = "mutation ($input: RegisterUserInput!) { registerUser(input: $input) { __typename } }"
LOGIN = "mutation ($input: LoginInput!) { login(input: $input) { __typename } }"
VERIFY = "mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { __typename } }"


@dataclass
class Site:
    base: str
    port: int
    smtp: SmtpServer
    axe: str
    database: str  # the SQLite file the server uses
    issuer: str = ""  # the OpenID provider's (``acme``, "Acme ID")
    seen: dict[str, int] = field(default_factory=dict)

    async def mail_to(self, address: str) -> EmailMessage:
        """The next message to ``address`` (each call moves past the one it returned)."""
        message, self.seen[address] = await asyncio.to_thread(
            next_mail, self.smtp, address, self.seen.get(address, 0)
        )
        return message

    async def link_to(self, address: str) -> str:
        """The link in the next mail to ``address``."""
        message = await self.mail_to(address)
        body = message.get_body(preferencelist=("plain",))
        assert body is not None
        [link] = re.findall(r"https?://\S+#code=\S+", body.get_content())
        return link

    def forget_password(self, email: str) -> None:
        """The account of ``email`` has no password, as one an external identity created: it
        signs in otherwise (a passkey)."""
        with sqlite3.connect(self.database, timeout=10) as connection:
            connection.execute("UPDATE users SET password_hash = NULL WHERE email = ?", (email,))

    def age_sessions(self, email: str, by: timedelta = timedelta(hours=1)) -> None:
        """The sessions of ``email`` were last proved ``by`` ago: past the re-authentication
        window, so privileged operations ask them to prove themselves again."""
        at = (datetime.now(UTC) - by).replace(tzinfo=None).isoformat(sep=" ")
        with sqlite3.connect(self.database, timeout=10) as connection:
            connection.execute(
                "UPDATE sessions SET authenticated_at = ? "
                "WHERE user_id = (SELECT id FROM users WHERE email = ?)",
                (at, email),
            )


class Watch:
    """Every request that leaves the allowed origins is aborted and recorded; console and page
    errors are recorded. A test ends with none of either."""

    def __init__(self, *origins: str) -> None:
        self.origins = origins
        self.external: list[str] = []
        self.errors: list[str] = []

    async def attach(self, context: Any) -> None:
        async def only_own(route: Any) -> None:
            url = route.request.url
            if url.startswith(tuple(o + "/" for o in self.origins)) or url.startswith("data:"):
                await route.continue_()
            else:
                self.external.append(url)
                await route.abort()

        await context.route("**/*", only_own)
        context.on("page", self.page)

    def page(self, page: Any) -> None:
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on(
            "console",
            lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None,
        )

    def assert_clean(self) -> None:
        assert self.external == [], self.external
        assert self.errors == [], self.errors


async def new_context(
    browser: Any, site: Site, viewport: dict[str, int] = DESKTOP, also: tuple[str, ...] = ()
) -> tuple[Any, Watch]:
    context = await browser.new_context(viewport=viewport)
    watch = Watch(site.base, *also)
    await watch.attach(context)
    return context, watch


def registration(n: str, **extra: Any) -> dict[str, Any]:
    return {
        "email": f"{n}@example.com",
        "username": f"{n}_user",
        "firstName": n.capitalize(),
        "lastName": "Lovelace",
        "password": PASSWORD,
        "passwordConfirmation": PASSWORD,
        **extra,
    }


async def api(page: Any, base: str, query: str, variables: dict[str, Any], **headers: str) -> dict:
    """One GraphQL call from the page's context (its cookie jar), as the page itself would."""
    answer = await page.request.post(
        f"{base}/graphql",
        headers={"Accounts-Session": "cookie", "Origin": base, **headers},
        data={"query": query, "variables": variables},
    )
    body: dict = await answer.json()
    assert "errors" not in body, body
    return body["data"]


async def sign_up(page: Any, base: str, n: str, **extra: Any) -> dict[str, Any]:
    """A new account through the API, signed in in the page's context."""
    person = registration(n, **extra)
    data = await api(page, base, REGISTER, {"input": person})
    assert data["registerUser"]["__typename"] == "AuthSuccess"
    return person


def fragment(link: str) -> dict[str, str]:
    """The values in a mail link's fragment (``#code=…&email=…&handle=…``)."""
    return {name: value for name, [value] in parse_qs(urlsplit(link).fragment).items()}


async def verify(page: Any, site: Site, person: dict[str, Any]) -> None:
    """The address of a new account proved from its own session (the page's context), with
    the code of the link in its registration mail (which carries no handle): factors may be
    added, and the password stays."""
    values = fragment(await site.link_to(person["email"]))
    assert "handle" not in values
    proof = {"email": person["email"], "code": values["code"]}
    data = await api(page, site.base, VERIFY, {"input": proof})
    assert data["verifyEmail"]["__typename"] == "EmailVerified", data


async def heading(page: Any, text: str) -> None:
    await page.get_by_role("heading", level=1, name=text).wait_for(timeout=15000)


async def fits(page: Any) -> None:
    """Nothing on the page is wider than the window: no sideways scrolling."""
    widths = await page.evaluate(
        "[document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]"
    )
    assert max(widths[:2]) <= widths[2], f"{page.url}: {widths[:2]} wider than {widths[2]}"


async def accessible(page: Any, axe: str, name: str) -> None:
    """axe-core on the page as it is (evaluated over DevTools: the page's CSP allows no inline
    script): no serious or critical violation."""
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        await page.evaluate(axe + "\n;undefined")
    result = await page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target)}))"
    )
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    assert bad == [], f"{name}: {bad}"


async def screenshot(page: Any, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True, animations="disabled")
    if PUBLISHED:
        target = ROOT / PUBLISHED
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target / path.name)


def portrait() -> bytes:
    """A profile image for the screenshots: a soft diagonal gradient."""
    from PIL import Image

    side = 160
    image = Image.new("RGB", (side, side))
    start, end = (84, 112, 214), (168, 85, 247)
    image.putdata(
        [
            tuple(
                round(a + (b - a) * (x + y) / (2 * side - 2))
                for a, b in zip(start, end, strict=True)
            )
            for y in range(side)
            for x in range(side)
        ]
    )
    from tests.images import encode

    return encode(image, "PNG")


async def passkey_authenticator(context: Any, page: Any, **options: Any) -> tuple[Any, str]:
    """A DevTools virtual authenticator for the page (its CDP session and id)."""
    cdp = await context.new_cdp_session(page)
    await cdp.send("WebAuthn.enable", {"enableUI": False})
    added = await cdp.send(
        "WebAuthn.addVirtualAuthenticator", {"options": {**AUTHENTICATOR, **options}}
    )
    return cdp, added["authenticatorId"]
