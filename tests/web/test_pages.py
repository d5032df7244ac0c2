"""Single pages of the web app in Chromium against a real server, for what the journey
(``test_journey.py``) does not reach: an image larger than the service accepts."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.server import running_server
from tests.e2e.test_graphiql_browser import CHROMIUM, CHROMIUM_ARGS, browser_or_skip
from tests.images import png

pytestmark = pytest.mark.e2e


def test_an_image_too_large_for_the_service_is_an_error_at_the_image_input(
    fresh_database, tmp_path
):
    """The service answers 413 (plain text, before GraphQL) for a body over its limit: the
    page says so at the image input, not "The service answered 413 …", and keeps the rest."""
    async_playwright = browser_or_skip()
    big = tmp_path / "big.png"
    big.write_bytes(png(16, 16) + b"\0" * 100_000)
    env = {
        "ACCOUNTS_IMAGE_MAX_BYTES": "2048",
        "ACCOUNTS_MAX_BODY_BYTES": "4096",
        "ACCOUNTS_MAIL_DIR": str(tmp_path / "mail"),
    }

    async def run(base: str) -> None:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = await browser.new_page()
                await page.goto(f"{base}/account/register")
                await page.get_by_label("First name").fill("Grace")
                await page.set_input_files("#image-input", str(big))
                await page.get_by_role("button", name="Create the account").click()
                error = page.locator("#image-error")
                await error.wait_for(timeout=15000)
                assert "too large" in (await error.text_content() or "")
                assert await page.locator("#image-input").get_attribute("aria-invalid") == "true"
                body = await page.inner_text("main")
                assert "413" not in body
                assert await page.get_by_label("First name").input_value() == "Grace"
            finally:
                await browser.close()

    with running_server(fresh_database("sqlite"), tmp_path, env=env) as base:
        asyncio.run(run(base))
