"""GraphiQL in headless Chromium, with every non-loopback request aborted.

Loads the explorer, runs a ``login`` mutation typed into the editor, puts the token in the
headers pane, runs ``{ me { username } }`` and checks the answer, with zero external requests
and zero page errors. A screenshot is kept in ``test-artifacts/``.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
from pathlib import Path

import httpx
import pytest

from tests.conftest import IN_CI, PASSWORD
from tests.e2e.server import running_server
from tests.helpers import REGISTER, registration

CHROMIUM = os.environ.get("ACCOUNTS_TEST_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def browser_or_skip():
    try:
        from playwright.async_api import async_playwright
    except ImportError as exc:
        reason = f"playwright is not installed ({exc})"
    else:
        if shutil.which(CHROMIUM) or Path(CHROMIUM).is_file():
            return async_playwright
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if IN_CI:
        pytest.fail(f"{reason}; CI=true requires the browser test", pytrace=False)
    pytest.skip(reason)


async def type_into(page, editor_selector: str, text: str) -> None:
    await page.locator(f"{editor_selector} .CodeMirror-lines:visible").click()
    await page.keyboard.press("Control+A")
    await page.keyboard.press("Delete")
    await page.keyboard.insert_text(text)
    # GraphiQL parses the document's operations after a short debounce; run before it has,
    # and the play button still sees the several operations the editor opened on and offers
    # a menu to pick one instead of running.
    await page.wait_for_timeout(600)


async def result_text(page) -> str:
    return await page.inner_text(".result-window")


async def run_and_wait(page, pattern: str) -> str:
    await page.click(".graphiql-execute-button")
    deadline = asyncio.get_running_loop().time() + 20
    while asyncio.get_running_loop().time() < deadline:
        text = await result_text(page)
        if re.search(pattern, text):
            return text
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {pattern!r} in result: {await result_text(page)!r}")


def test_graphiql_offline_login_then_me(fresh_database, tmp_path):
    async_playwright = browser_or_skip()
    url = fresh_database("sqlite")
    with running_server(url, tmp_path) as base:
        created = httpx.post(
            f"{base}/graphql", json={"query": REGISTER, "variables": {"input": registration()}}
        ).json()["data"]["registerUser"]
        assert created["__typename"] == "AuthSuccess"
        asyncio.run(drive(async_playwright, base))


async def drive(async_playwright, base: str) -> None:
    external: list[str] = []
    page_errors: list[str] = []
    console_errors: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": 1400, "height": 900})

            async def only_loopback(route):
                request_url = route.request.url
                if request_url.startswith(base) or request_url.startswith("data:"):
                    await route.continue_()
                else:
                    external.append(request_url)
                    await route.abort()

            await page.route("**/*", only_loopback)
            page.on("pageerror", lambda error: page_errors.append(str(error)))
            page.on(
                "console",
                lambda message: (
                    console_errors.append(message.text) if message.type == "error" else None
                ),
            )
            response = await page.goto(f"{base}/graphql")
            assert response is not None and response.status == 200
            csp = response.headers["content-security-policy"]
            assert "default-src 'self'" in csp and "unsafe-inline" not in csp
            await page.wait_for_selector(".graphiql-query-editor .CodeMirror", timeout=20000)
            opened_on = await page.inner_text(".graphiql-query-editor")
            assert "mutation Register" in opened_on and "Welcome to GraphiQL" not in opened_on

            login = (
                f'mutation {{ login(input: {{identifier: "ada_lovelace", password: "{PASSWORD}"}}) '
                "{ __typename ... on AuthSuccess { token } } }"
            )
            await type_into(page, ".graphiql-query-editor", login)
            text = await run_and_wait(page, r"acct_[A-Za-z0-9_-]{43}")
            token = re.search(r"acct_[A-Za-z0-9_-]{43}", text).group(0)

            await page.click("button:has-text('Headers')")
            await type_into(
                page, ".graphiql-editor-tool", json.dumps({"Authorization": f"Bearer {token}"})
            )
            await type_into(page, ".graphiql-query-editor", "{ me { username } }")
            text = await run_and_wait(page, r'"username": "ada_lovelace"')
            assert '"me"' in text

            ARTIFACTS.mkdir(exist_ok=True)
            await page.screenshot(path=str(ARTIFACTS / "graphiql.png"))
        finally:
            await browser.close()
    assert external == [], external
    assert page_errors == [], page_errors
    assert console_errors == [], console_errors
