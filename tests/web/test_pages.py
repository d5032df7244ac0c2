"""Single pages of the web app in Chromium against a real server, for what the journey
(``test_journey.py``) does not reach: an image larger than the service accepts."""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import PASSWORD
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


REGISTER = "mutation ($input: RegisterUserInput!) { registerUser(input: $input) { __typename } }"


async def register(page, base: str) -> None:
    """A new account through the API from the page's context (its cookie jar)."""
    answer = await page.request.post(
        f"{base}/graphql",
        headers={"Accounts-Session": "cookie", "Origin": base},
        data={
            "query": REGISTER,
            "variables": {
                "input": {
                    "email": "ada@example.com",
                    "username": "ada_lovelace",
                    "firstName": "Ada",
                    "lastName": "Lovelace",
                    "password": PASSWORD,
                    "passwordConfirmation": PASSWORD,
                }
            },
        },
    )
    assert (await answer.json())["data"]["registerUser"]["__typename"] == "AuthSuccess"


def test_a_logout_that_fails_does_not_pretend_to_have_logged_out(fresh_database, tmp_path):
    """When the logout request never reaches the service, the session cookie is still valid:
    the page must not show "Log in" (the user would walk away signed in) but say it failed;
    the next try logs out."""
    async_playwright = browser_or_skip()
    env = {"ACCOUNTS_MAIL_DIR": str(tmp_path / "mail")}

    async def run(base: str) -> None:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                context = await browser.new_context()
                page = await context.new_page()
                await page.goto(f"{base}/account/login")
                await register(page, base)
                await page.goto(f"{base}/account/sessions")
                await page.get_by_role("heading", level=1, name="Sessions").wait_for()

                async def offline(route):
                    if "Logout" in (route.request.post_data or ""):
                        await route.abort()
                    else:
                        await route.continue_()

                await page.route("**/graphql", offline)
                nav = page.get_by_role("navigation")
                await nav.get_by_role("button", name="Log out").click()
                await page.get_by_role("alert").wait_for(timeout=15000)
                assert "cannot be reached" in await page.get_by_role("alert").inner_text()
                assert page.url == f"{base}/account/sessions"
                assert await nav.get_by_role("button", name="Log out").is_visible()

                await page.unroute("**/graphql")
                await nav.get_by_role("button", name="Log out").click()
                await page.get_by_role("heading", level=1, name="Log in").wait_for()
                assert await page.get_by_role("alert").count() == 0
                assert await context.cookies() == []
            finally:
                await browser.close()

    with running_server(fresh_database("sqlite"), tmp_path, env=env) as base:
        asyncio.run(run(base))


def test_a_saved_image_empties_the_chooser_and_says_so(fresh_database, tmp_path):
    """After "Upload" succeeds the new image is shown once (no stale preview beside it), the
    file input is empty (a second click does not upload it again) and a notice says so."""
    async_playwright = browser_or_skip()
    image = tmp_path / "me.png"
    image.write_bytes(png(32, 32))
    env = {"ACCOUNTS_MAIL_DIR": str(tmp_path / "mail")}

    async def run(base: str) -> None:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = await browser.new_page()
                await page.goto(f"{base}/account/login")
                await register(page, base)
                await page.goto(f"{base}/account/")
                section = page.get_by_role("region", name="Profile image")
                await section.wait_for()
                await page.set_input_files("#image-input", str(image))
                await section.get_by_alt_text("Preview of the chosen image").wait_for()
                await section.get_by_role("button", name="Upload").click()
                await section.get_by_text("Image updated.").wait_for(timeout=15000)
                assert await section.locator("img").count() == 1
                assert await section.get_by_alt_text("Your profile image").is_visible()
                assert await page.locator("#image-input").input_value() == ""
                await section.get_by_role("button", name="Remove the image").click()
                await section.get_by_text("Image removed.").wait_for(timeout=15000)
                assert await section.locator("img").count() == 0
            finally:
                await browser.close()

    with running_server(fresh_database("sqlite"), tmp_path, env=env) as base:
        asyncio.run(run(base))


def test_a_deep_link_signed_out_comes_back_after_the_login(fresh_database, tmp_path):
    """/account/sessions while signed out goes to the login with ?next=/sessions, and the login
    lands there, not on the profile; a `next` that is not a page of the app is ignored."""
    async_playwright = browser_or_skip()
    env = {"ACCOUNTS_MAIL_DIR": str(tmp_path / "mail")}

    async def run(base: str) -> None:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                context = await browser.new_context()
                page = await context.new_page()
                await page.goto(f"{base}/account/login")
                await register(page, base)
                await context.clear_cookies()

                async def log_in() -> None:
                    await page.get_by_role("heading", level=1, name="Log in").wait_for()
                    await page.get_by_label("Email or username").fill("ada_lovelace")
                    await page.get_by_label("Password").fill(PASSWORD)
                    await (
                        page.get_by_role("main")
                        .get_by_role("button", name="Log in", exact=True)
                        .click()
                    )

                await page.goto(f"{base}/account/sessions")
                await page.wait_for_url(f"{base}/account/login?next=%2Fsessions")
                await log_in()
                await page.get_by_role("heading", level=1, name="Sessions").wait_for()
                assert page.url == f"{base}/account/sessions"

                await context.clear_cookies()
                await page.goto(f"{base}/account/login?next=//evil.example/x")
                await log_in()
                await page.get_by_role("heading", level=1, name="Ada Lovelace").wait_for()
                assert page.url == f"{base}/account/"
            finally:
                await browser.close()

    with running_server(fresh_database("sqlite"), tmp_path, env=env) as base:
        asyncio.run(run(base))
