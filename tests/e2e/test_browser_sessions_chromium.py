"""Browser sessions in headless Chromium: the cookie works for the service's own pages and
nothing another origin's page sends can use it.

The attacker is a page on another loopback port: another origin, but the same site, so
``SameSite=Lax`` does not stop the browser from attaching the cookie to its requests. What
stops them is the service: a form post and a simple-content-type ``fetch`` carry the cookie
but are not JSON, and a JSON ``fetch`` needs a CORS preflight that no allowed origin answers.
After each attempt the session must still be there and the account unchanged.
"""

from __future__ import annotations

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.conftest import PASSWORD
from tests.e2e.server import running_server
from tests.e2e.test_graphiql_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, browser_or_skip

COOKIE = "__Host-accounts-session"
ATTACK = 'mutation { updateUser(input: {firstName: "Mallory"}) { __typename } }'

PAGE_SCRIPT = """
async ([base, query, headers]) => {
  const response = await fetch(base + "/graphql", {
    method: "POST",
    headers: {"Content-Type": "application/json", ...headers},
    body: JSON.stringify({query}),
  });
  return await response.json();
}
"""
REGISTER = (
    'mutation { registerUser(input: {username: "ada_lovelace", email: "ada@example.com", '
    f'password: "{PASSWORD}", passwordConfirmation: "{PASSWORD}", firstName: "Ada", '
    'lastName: "Lovelace"}) { __typename ... on AuthSuccess { token } } }'
)
ME = "{ me { username firstName } }"


class AttackerPage(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<!doctype html><title>elsewhere</title><p>another origin</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def requests_logged(log: Path) -> int:
    return sum('"path": "/graphql"' in line for line in log.read_text().splitlines())


def test_the_cookie_serves_the_service_pages_and_no_other_origin(fresh_database, tmp_path):
    async_playwright = browser_or_skip()
    attacker = ThreadingHTTPServer(("127.0.0.1", 0), AttackerPage)
    threading.Thread(target=attacker.serve_forever, daemon=True).start()
    try:
        with running_server(fresh_database("sqlite"), tmp_path) as base:
            other = f"http://127.0.0.1:{attacker.server_address[1]}"
            [log] = tmp_path.glob("server-*.log")
            asyncio.run(drive(async_playwright, base, other, log))
    finally:
        attacker.shutdown()


async def drive(async_playwright, base: str, other: str, log: Path) -> None:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context()
            page = await context.new_page()
            await page.goto(f"{base}/graphql")
            ask = {"Accounts-Session": "cookie"}
            created = await page.evaluate(PAGE_SCRIPT, [base, REGISTER, ask])
            assert created["data"]["registerUser"] == {"__typename": "AuthSuccess", "token": ""}
            [cookie] = [c for c in await context.cookies() if c["name"] == COOKIE]
            assert cookie["httpOnly"] and cookie["secure"] and cookie["sameSite"] == "Lax"
            assert COOKIE not in await page.evaluate("document.cookie")  # no script reads it
            me = await page.evaluate(PAGE_SCRIPT, [base, ME, {}])
            assert me["data"]["me"] == {"username": "ada_lovelace", "firstName": "Ada"}

            attack = await context.new_page()
            await attack.goto(other)

            # 1. A cross-origin form post (text/plain, the cookie attached by the browser).
            before = requests_logged(log)
            async with attack.expect_navigation():  # the form's own, before the next goto
                await attack.evaluate(
                    """([target, query]) => {
                  const form = document.createElement("form");
                  form.method = "POST"; form.action = target; form.enctype = "text/plain";
                  const input = document.createElement("input");
                  input.name = '{"query": ' + JSON.stringify(query) + ', "x": "';
                  input.value = '"}';
                  form.appendChild(input); document.body.appendChild(form); form.submit();
                }""",
                    [f"{base}/graphql", ATTACK],
                )
            await attack.wait_for_load_state()
            await wait_for_request(log, before)

            # 2. fetch with credentials and a JSON body: the preflight is refused.
            await attack.goto(other)
            outcome = await attack.evaluate(
                """async ([target, query]) => {
                  try {
                    await fetch(target, {method: "POST", credentials: "include",
                      headers: {"Content-Type": "application/json"},
                      body: JSON.stringify({query})});
                    return "answered";
                  } catch (error) { return "blocked"; }
                }""",
                [f"{base}/graphql", ATTACK],
            )
            assert outcome == "blocked"

            # 3. A simple-content-type fetch: sent with the cookie, no preflight needed.
            before = requests_logged(log)
            await attack.evaluate(
                """async ([target, query]) => {
                  await fetch(target, {method: "POST", mode: "no-cors", credentials: "include",
                    headers: {"Content-Type": "text/plain"}, body: JSON.stringify({query})});
                }""",
                [f"{base}/graphql", ATTACK],
            )
            await wait_for_request(log, before)

            # Nothing changed, and the service's own page still has its session.
            me = await page.evaluate(PAGE_SCRIPT, [base, ME, {}])
            assert me["data"]["me"] == {"username": "ada_lovelace", "firstName": "Ada"}

            ARTIFACTS.mkdir(exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS / "browser-session.png"))
            ended = await page.evaluate(
                PAGE_SCRIPT, [base, "mutation { logout { __typename } }", {}]
            )
            assert ended["data"]["logout"]["__typename"] == "LogoutSuccess"
            assert [c for c in await context.cookies() if c["name"] == COOKIE] == []
            me = await page.evaluate(PAGE_SCRIPT, [base, ME, {}])
            assert me["data"]["me"] is None
        finally:
            await browser.close()


async def wait_for_request(log: Path, before: int) -> None:
    """The attacker's request reached the service (so the check above is not vacuous)."""
    for _ in range(100):
        if requests_logged(log) > before:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the cross-origin request never reached the service")
