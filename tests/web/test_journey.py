"""The web app as a user meets it: Debian's Chromium against a real server and a real SMTP
server, everything done through the pages (no API calls from the test).

Too many wrong passwords (RateLimited says when to try again); register (a field error first,
with what was typed kept); verify the email with the code from the mail; turn on TOTP (codes
from pyotp for the secret the page shows); log out; log in by keyboard with the second factor
(the code that turned TOTP on is spent: the page says to wait for the next one); add a passkey
(the DevTools virtual authenticator) and log in with it; change the email; reset the password
(the reset asks for the second factor: a recovery code); revoke a session opened in a second
browser; read the activity; make new recovery codes and turn two-factor off; log out
everywhere; remove the passkey; edit the profile; delete the account. Each destructive step
is confirmed in a dialog first. Every request that
leaves the service's origin is aborted and recorded: there must be none, and no console or
page errors. Each page is checked with axe-core (from the web app's npm packages: no serious
or critical violation) and kept as a screenshot in ``test-artifacts/web-*.png``.
"""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import pyotp
import pytest

from tests.conftest import PASSWORD
from tests.e2e.server import free_port, running_server
from tests.e2e.test_email_lifecycle import code_in, next_mail
from tests.e2e.test_graphiql_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, browser_or_skip
from tests.e2e.test_passkeys_browser import new_authenticator
from tests.images import png
from tests.mail.smtp import SmtpServer
from tests.web.site import accessible, heading

pytestmark = pytest.mark.e2e

EMAIL = "grace@example.com"
NEW_EMAIL = "grace.hopper@example.com"
USERNAME = "grace_hopper"
NEW_PASSWORD = "Another-Horse-7-staple"


class Mailbox:
    def __init__(self, smtp: SmtpServer) -> None:
        self.smtp, self.seen = smtp, 0

    async def code_for(self, to: str) -> str:
        message, self.seen = await asyncio.to_thread(next_mail, self.smtp, to, self.seen)
        return code_in(message)


def test_the_whole_account_journey_in_chromium(web_node_modules, fresh_database, tmp_path):
    async_playwright = browser_or_skip()
    axe = (web_node_modules / "axe-core" / "axe.min.js").read_text()
    smtp = SmtpServer("plain").start()
    port = free_port()
    origin = f"http://localhost:{port}"
    env = {
        "ACCOUNTS_SMTP_URL": smtp.url(),
        "ACCOUNTS_MAIL_POLL_INTERVAL": "0.2",
        "ACCOUNTS_RATE_LIMIT_ENABLED": "true",  # the default budgets (memory store)
        "ACCOUNTS_WEBAUTHN_RP_ID": "localhost",
        "ACCOUNTS_WEBAUTHN_ORIGINS": origin,
    }
    try:
        with running_server(fresh_database("sqlite"), tmp_path, env=env, port=port):
            asyncio.run(journey(async_playwright, origin, Mailbox(smtp), axe, tmp_path))
    finally:
        smtp.stop()


async def journey(async_playwright, origin: str, mail: Mailbox, axe: str, tmp_path: Path):
    external: list[str] = []
    errors: list[str] = []
    checked: list[str] = []
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob("web-*.png"):
        old.unlink()

    async def only_own_origin(route):
        url = route.request.url
        if url.startswith(origin + "/") or url.startswith("data:"):
            await route.continue_()
        else:
            external.append(url)
            await route.abort()

    def watch(page, name: str) -> None:
        page.on("pageerror", lambda error: errors.append(f"{name} page error: {error}"))
        page.on(
            "console",
            lambda m: errors.append(f"{name} console: {m.text}") if m.type == "error" else None,
        )

    async def check(page, name: str) -> None:
        """axe-core on the page as it is (no serious or critical violation), then a screenshot."""
        await accessible(page, axe, name)
        await page.screenshot(
            path=str(ARTIFACTS / f"web-{len(checked) + 1:02d}-{name}.png"), full_page=True
        )
        checked.append(name)

    def region(page, name: str):
        return page.get_by_role("region", name=name, exact=True)

    async def log_out(page) -> None:
        await page.get_by_role("banner").get_by_role("button", name="Log out").click()
        await heading(page, "Log in")

    async def section(page, name: str, title: str) -> None:
        await page.get_by_role("navigation", name="Settings").get_by_role("link", name=name).click()
        await heading(page, title)

    async def confirm(page, title: str, button: str) -> None:
        dialog = page.get_by_role("dialog", name=title)
        await dialog.get_by_role("button", name=button).click()
        await dialog.wait_for(state="detached")

    async def tab_to(page, label: str) -> None:
        """Press Tab until the input labelled ``label`` has the focus."""
        for _ in range(15):
            await page.keyboard.press("Tab")
            focused = await page.evaluate(
                "document.activeElement?.labels?.[0]?.textContent ?? null"
            )
            if focused == label:
                return
        raise AssertionError(f"Tab never reached {label!r}")

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(viewport={"width": 1100, "height": 900})
            await context.route("**/*", only_own_origin)
            page = await context.new_page()
            watch(page, "main")

            # Too many wrong passwords: RateLimited says when to try again; nothing is lost.
            response = await page.goto(f"{origin}/account/login")
            assert response is not None and response.status == 200
            assert "script-src 'self'" in response.headers["content-security-policy"]
            await heading(page, "Log in")
            await page.get_by_label("Email or username").fill("nobody@example.com")
            await page.get_by_label("Password").fill("Wrong-horse-1-battery")
            alert = page.get_by_role("alert")
            for _ in range(8):
                await page.get_by_role("button", name="Log in", exact=True).click()
                await alert.wait_for()
                await page.locator("button[aria-busy]").wait_for(state="detached")
                if "Try again in" in await alert.inner_text():
                    break
            else:
                raise AssertionError(f"never rate limited: {await alert.inner_text()}")
            assert await page.get_by_label("Email or username").input_value() == (
                "nobody@example.com"
            )
            assert await page.get_by_label("Password").input_value() == "Wrong-horse-1-battery"
            await check(page, "login-rate-limited")

            # Register: a weak password first; the error is at its field, which has the
            # focus, and nothing typed is lost.
            await page.get_by_role("link", name="Create an account").first.click()
            await heading(page, "Create an account")
            await page.get_by_label("Email", exact=True).fill(EMAIL)
            await page.get_by_label("Username").fill(USERNAME)
            await page.get_by_label("First name").fill("Grace")
            await page.get_by_label("Last name").fill("Hopper")
            await page.get_by_label("Password", exact=True).fill("short")
            await page.get_by_label("Repeat the password").fill("short")
            image = tmp_path / "grace.png"
            image.write_bytes(png())
            await page.get_by_label("Profile image (optional)").set_input_files(image)
            await page.get_by_role("img", name="Preview of the chosen image").wait_for()
            await page.get_by_role("button", name="Create the account").click()
            password = page.get_by_label("Password", exact=True)
            await password.and_(page.locator("[aria-invalid=true]")).wait_for()
            assert await password.evaluate("input => input === document.activeElement")
            described = (await password.get_attribute("aria-describedby") or "").split()
            messages = [await page.locator(f"[id='{i}']").inner_text() for i in described]
            assert any("password" in m.lower() or "short" in m.lower() for m in messages[1:])
            assert await page.get_by_label("Email", exact=True).input_value() == EMAIL
            assert await page.get_by_label("First name").input_value() == "Grace"
            await check(page, "register-field-error")
            await password.fill(PASSWORD)
            await page.get_by_label("Repeat the password").fill(PASSWORD)
            await page.get_by_role("button", name="Create the account").click()

            # Verify the email with the code from the mail.
            await heading(page, "Verify your email")
            assert await page.get_by_label("Email", exact=True).input_value() == EMAIL
            await check(page, "verify")
            await page.get_by_label("Code").fill(await mail.code_for(EMAIL))
            await page.get_by_role("button", name="Verify").click()
            await page.get_by_text(f"{EMAIL} is verified.").wait_for()
            await page.get_by_role("link", name="Go to your profile").click()
            await heading(page, "Grace Hopper")
            await page.get_by_role("img", name="Your profile image").wait_for()
            await check(page, "profile")

            # Two-factor: the secret on the page, a code from pyotp, recovery codes shown once.
            await section(page, "Security", "Security")
            await page.get_by_role("button", name="Set up an authenticator app").click()
            secret = await page.get_by_test_id("totp-secret").inner_text()
            qr = page.get_by_role("img", name=re.compile("QR code"))
            await qr.wait_for()
            assert await qr.evaluate("img => img.complete && img.naturalWidth > 0")
            await check(page, "two-factor-setup")
            totp = pyotp.TOTP(secret)
            spent = totp.now()
            await page.get_by_label("Code from the app").fill(spent)
            await page.get_by_role("button", name="Turn on two-factor sign-in").click()
            await page.get_by_test_id("recovery-codes").locator("code").nth(9).wait_for()
            codes = await page.get_by_test_id("recovery-codes").locator("code").all_inner_texts()
            assert len(codes) == 10, codes
            await check(page, "recovery-codes")
            await page.get_by_role("button", name="I have saved my recovery codes").click()
            await page.get_by_role("heading", name="Turn two-factor off").wait_for()
            await check(page, "two-factor-on")

            # Log out; log in by keyboard alone, then the second factor (the next step's code:
            # the one that confirmed the setup is spent).
            await log_out(page)
            await check(page, "login")
            await page.locator("body").focus()
            await tab_to(page, "Email or username")
            await page.keyboard.type(USERNAME)
            await tab_to(page, "Password")
            await page.keyboard.type(PASSWORD)
            await page.keyboard.press("Enter")
            await page.get_by_role("heading", name="Second factor").wait_for()
            await check(page, "second-factor")
            code = page.get_by_label("Code from your authenticator app")
            await code.fill(spent)
            await page.keyboard.press("Enter")
            await page.get_by_role("alert").get_by_text("wait for the next one").wait_for()
            await code.fill(totp.at(time.time() + 30))
            await page.keyboard.press("Enter")
            await heading(page, "Grace Hopper")

            # A passkey, with the virtual authenticator; then log in with it.
            cdp = await context.new_cdp_session(page)
            await cdp.send("WebAuthn.enable", {"enableUI": False})
            await new_authenticator(cdp)
            await section(page, "Security", "Security")
            await page.get_by_text("No passkeys yet.").wait_for()
            await page.get_by_label("Name (e.g. “Laptop”)").fill("Laptop")
            await page.get_by_role("button", name="Add a passkey").click()
            await page.get_by_text("Passkey “Laptop” added.").wait_for()
            await page.get_by_role("button", name="Remove the passkey Laptop").wait_for()
            await check(page, "passkeys")
            await log_out(page)
            await page.get_by_role("button", name="Log in with a passkey").click()
            await heading(page, "Grace Hopper")

            # Change the email: the code goes to the new address.
            await section(page, "Email", "Email")
            change = region(page, "Change your email")
            await change.get_by_label("New email").fill(NEW_EMAIL)
            await change.get_by_label("Current password").fill(PASSWORD)
            await change.get_by_role("button", name="Change the email").click()
            pending = region(page, "Confirm your new email")
            await pending.get_by_text(f"We sent a code to {NEW_EMAIL}").wait_for()
            await check(page, "email-change")
            await pending.get_by_label("Code sent to the new address").fill(
                await mail.code_for(NEW_EMAIL)
            )
            await pending.get_by_role("button", name="Confirm the new email").click()
            current = region(page, "Your email")
            await current.get_by_text(f"{NEW_EMAIL} is now your email.").wait_for()
            await current.get_by_text("Verified", exact=True).wait_for()

            # Forgotten password: the reset asks for the second factor, a recovery code here.
            await log_out(page)
            await page.get_by_role("link", name="Forgot your password?").click()
            await heading(page, "Forgot your password?")
            await page.get_by_label("Email", exact=True).fill(NEW_EMAIL)
            await page.get_by_role("button", name="Send me a code").click()
            await heading(page, "Set a new password")
            assert await page.get_by_label("Email", exact=True).input_value() == NEW_EMAIL
            await page.get_by_label("Code from the email").fill(await mail.code_for(NEW_EMAIL))
            await page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
            await page.get_by_label("Repeat the new password").fill(NEW_PASSWORD)
            await check(page, "reset-password")
            await page.get_by_role("button", name="Set the new password").click()
            await page.get_by_role("heading", name="Second factor").wait_for()
            await page.get_by_role("button", name="Use a recovery code instead").click()
            await page.get_by_label("Recovery code").fill(codes[0])
            await page.get_by_role("button", name="Continue").click()
            await heading(page, "Grace Hopper")

            # A second browser signs in (password and a recovery code); revoke its session.
            other_context = await browser.new_context()
            await other_context.route("**/*", only_own_origin)
            other = await other_context.new_page()
            watch(other, "other")
            await other.goto(f"{origin}/account/login")
            await other.get_by_label("Email or username").fill(NEW_EMAIL)
            await other.get_by_label("Password").fill(NEW_PASSWORD)
            await other.get_by_role("button", name="Log in", exact=True).click()
            await other.get_by_role("button", name="Use a recovery code instead").click()
            await other.get_by_label("Recovery code").fill(codes[1])
            await other.get_by_role("button", name="Continue").click()
            await heading(other, "Grace Hopper")

            await section(page, "Sessions", "Sessions")
            rows = page.get_by_role("table").locator("tbody tr")
            await rows.nth(1).wait_for()
            assert await rows.count() == 2
            await check(page, "sessions")
            await rows.filter(has_not_text="this browser").get_by_role("button").click()
            await confirm(page, "Log out this session?", "Log out the session")
            await page.get_by_text("The session was logged out.").wait_for()
            assert await rows.count() == 1
            await other.reload()
            await heading(other, "Log in")
            await other_context.close()

            # New recovery codes, then two-factor off with one of them.
            await section(page, "Security", "Security")
            await page.get_by_label("Current password (for new codes)").fill(NEW_PASSWORD)
            await page.get_by_role("button", name="Make new recovery codes").click()
            await confirm(page, "Make new recovery codes?", "Make new codes")
            fresh = page.get_by_test_id("recovery-codes").locator("code")
            await fresh.nth(9).wait_for()
            new_codes = await fresh.all_inner_texts()
            assert not set(new_codes) & set(codes)
            await page.get_by_label("Current password (to turn two-factor off)").fill(NEW_PASSWORD)
            await page.get_by_label("Code from the app, or a recovery code").fill(new_codes[0])
            await page.get_by_role("button", name="Turn two-factor off").click()
            await confirm(page, "Turn two-factor sign-in off?", "Turn it off")
            await page.get_by_role("button", name="Set up an authenticator app").wait_for()

            # Log out everywhere; a password alone logs in again; the passkey is removed (the
            # fresh login is the proof) and the profile edited.
            await section(page, "Sessions", "Sessions")
            await page.get_by_role("main").get_by_role("button", name="Log out everywhere").click()
            await confirm(page, "Log out everywhere?", "Log out everywhere")
            await heading(page, "Log in")
            await page.get_by_text("You were logged out everywhere.").wait_for()
            await page.get_by_label("Email or username").fill(USERNAME)
            await page.get_by_label("Password").fill(NEW_PASSWORD)
            await page.get_by_role("button", name="Log in", exact=True).click()
            await heading(page, "Grace Hopper")
            await section(page, "Security", "Security")
            await page.get_by_role("button", name="Remove the passkey Laptop").click()
            await confirm(page, "Remove the passkey “Laptop”?", "Remove the passkey")
            await page.get_by_text("Passkey “Laptop” removed.").wait_for()
            await page.get_by_text("No passkeys yet.").wait_for()
            await section(page, "Profile", "Grace Hopper")
            details = region(page, "Your details")
            await details.get_by_label("About you").fill("Wrote the first compiler.")
            await details.get_by_role("button", name="Save details").click()
            await details.get_by_text("Your details are saved.").wait_for()
            image = region(page, "Profile image")
            before = await image.get_by_role("img", name="Your profile image").get_attribute("src")
            other_image = tmp_path / "other.png"
            other_image.write_bytes(png(color="orange"))
            await image.get_by_label("New image").set_input_files(other_image)
            await image.get_by_role("button", name="Upload").click()
            await image.locator(f"img[alt='Your profile image']:not([src='{before}'])").wait_for()
            await page.reload()
            await heading(page, "Grace Hopper")
            assert await region(page, "Your details").get_by_label("About you").input_value() == (
                "Wrote the first compiler."
            )

            # The activity, newest first, ten events a page.
            await section(page, "Activity", "Security activity")
            rows = page.get_by_role("table").locator("tbody tr")
            await rows.nth(9).wait_for()
            assert await rows.count() == 10
            await check(page, "activity")
            older = page.get_by_role("button", name="Show older events")
            shown = 10
            while await older.count():  # ten more a page, until the first event
                await older.click()
                await rows.nth(shown).wait_for()
                shown = await rows.count()
                assert shown % 10 == 0 or not await older.count()
            assert shown > 20
            await page.get_by_role("cell", name="Account created").wait_for()
            assert await rows.last.get_by_role("cell").first.inner_text() == "Account created"
            for kind in ("Passkey added", "Passkey removed", "Two-factor turned off"):
                assert await page.get_by_role("cell", name=kind, exact=True).count() == 1, kind

            # Delete the account.
            await section(page, "Danger zone", "Danger zone")
            await page.get_by_label("Current password (to delete the account)").fill(NEW_PASSWORD)
            await page.get_by_role("main").get_by_role("button", name="Delete my account").click()
            await confirm(page, "Delete your account for good?", "Delete my account")
            await heading(page, "Log in")
            await page.get_by_text("Your account was deleted.").wait_for()
            await check(page, "deleted")
        finally:
            await browser.close()
    assert external == [], external
    assert errors == [], errors
    assert len(checked) >= 12, checked
