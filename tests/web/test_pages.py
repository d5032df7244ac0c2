"""Every page of the web app in Chromium, at a desktop width and at 390 px, against one real
server started as `make run PORT=…` starts it (the public URL and the passkey origin follow its
port) with a real SMTP server: titles, no sideways scrolling, axe-core, screenshots; the links
in real mails opening the right page with the code filled in; destructive actions asking
first; errors that clear as their field changes and success messages that stay with their
form; passkeys on the served port and words, not browser text, when they cannot work; loading
skeletons; privileged changes from a session whose proof is stale asking it to prove itself
again, and factors waiting for a proved address; and the cases the journey
(``test_journey.py``) does not reach."""

from __future__ import annotations

import asyncio
import json
import re
import time

import httpx
import pyotp
import pytest
from graphql import parse

from service.graphql.trusted import BUNDLED, bundled_manifest, read_manifest
from tests.conftest import PASSWORD
from tests.e2e.server import free_port, running_server
from tests.e2e.test_email_lifecycle import next_mail
from tests.images import png
from tests.mail.smtp import SmtpServer
from tests.web.site import (
    DESKTOP,
    LOGIN,
    PHONE,
    PRODUCT,
    accessible,
    api,
    fits,
    fragment,
    heading,
    new_context,
    passkey_authenticator,
    portrait,
    screenshot,
    sign_up,
    verify,
)

pytestmark = pytest.mark.e2e

IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
WINDOWS_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
NEW_PASSWORD = "Another-Horse-7-staple"
REQUEST_LOGIN_CODE = """
mutation Ask($input: RequestLoginCodeInput!) { requestLoginCode(input: $input) { __typename } }
"""

SIGNED_OUT = [
    ("/login", "Log in", "Log in"),
    ("/register", "Create an account", "Create an account"),
    ("/forgot", "Forgot your password?", "Forgot your password"),
    ("/reset-password", "Set a new password", "Set a new password"),
    ("/no-such-page", "Page not found", "Page not found"),
]
SIGNED_IN = [
    ("/", None, "Profile"),
    ("/email", "Email", "Email"),
    ("/password", "Password", "Password"),
    ("/security", "Security", "Security"),
    ("/sessions", "Sessions", "Sessions"),
    ("/activity", "Security activity", "Security activity"),
    ("/delete", "Danger zone", "Delete your account"),
]


async def other_device(page, base: str, identifier: str, user_agent: str) -> None:
    """A login from another device: a bearer-token session with its own user agent."""
    answer = await page.request.post(
        f"{base}/graphql",
        headers={"User-Agent": user_agent, "Content-Type": "application/json"},
        data={
            "query": LOGIN,
            "variables": {"input": {"identifier": identifier, "password": PASSWORD}},
        },
    )
    assert (await answer.json())["data"]["login"]["__typename"] == "AuthSuccess"


def operation_name(text: str) -> str:
    document = parse(text)
    (name,) = [d.name.value for d in document.definitions if d.kind == "operation_definition"]
    return name


def id_of(name: str) -> str:
    """The trusted-document id the web app sends for its operation ``name`` (its own manifest:
    the TypeScript client's has documents of the same names)."""
    web = read_manifest(BUNDLED / "users-web.json")
    return next(i for i, text in web.items() if operation_name(text) == name)


def sent(page) -> dict[str, dict]:
    """The variables of each GraphQL operation the page sends, by operation name (the last of
    each), as they leave the browser: by trusted-document id, as the production build sends
    every document."""
    documents = {**bundled_manifest("users"), **bundled_manifest("admin")}
    seen: dict[str, dict] = {}

    def record(request) -> None:
        if request.method == "POST" and request.url.endswith("/graphql") and request.post_data:
            try:
                body = json.loads(request.post_data)
            except ValueError:  # a multipart upload
                return
            assert "query" not in body, body
            document = parse(documents[body["documentId"]])
            (name,) = [
                d.name.value for d in document.definitions if d.kind == "operation_definition"
            ]
            seen[name] = body["variables"]

    page.on("request", record)
    return seen


async def check(page, site, name: str, title: str) -> None:
    assert await page.title() == f"{title} · {PRODUCT}"
    await fits(page)
    await accessible(page, site.axe, name)
    await screenshot(page, name)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
async def test_every_page_has_its_title_fits_the_width_and_passes_axe(
    site, browser, viewport, tmp_path
):
    width = "desktop" if viewport == DESKTOP else "phone"
    context, watch = await new_context(browser, site, viewport)
    page = await context.new_page()
    for path, h1, title in SIGNED_OUT:
        await page.goto(f"{site.base}/account{path}")
        await heading(page, h1)
        await check(page, site, f"{width}-{path.strip('/')}", title)

    who = "ada" if width == "desktop" else "grace"
    person = await sign_up(
        page, site.base, who, firstName=who.capitalize(), bio="Analyst.", contact="+44 20 7946 0000"
    )
    # A factor before the address is proved: the dialog that verifies it first.
    await page.goto(f"{site.base}/account/security")
    await page.get_by_role("button", name="Set up an authenticator app").click()
    first = page.get_by_role("dialog", name="Verify your email first")
    await first.get_by_text(f"We sent a 6-digit code to {person['email']}.").wait_for()
    await check(page, site, f"{width}-verify-first", "Security")
    await first.get_by_role("button", name="Cancel").click()
    await first.wait_for(state="detached")

    # The code mail's link: the verify page with the code filled in.
    await page.goto(await site.link_to(person["email"]))
    await heading(page, "Verify your email")
    await check(page, site, f"{width}-verify", "Verify your email")
    await page.get_by_role("button", name="Verify").click()
    await page.get_by_text(f"{person['email']} is verified.").wait_for()

    await page.goto(f"{site.base}/account/")
    await heading(page, f"{who.capitalize()} Lovelace")
    image = tmp_path / "me.png"
    image.write_bytes(portrait())
    await page.set_input_files("#image-input", str(image))
    await page.get_by_role("button", name="Upload").click()
    await page.get_by_text("Your new image is saved.").wait_for()

    await passkey_authenticator(context, page)
    await page.goto(f"{site.base}/account/security")
    await page.get_by_label("Name (e.g. “Laptop”)").fill("Laptop")
    await page.get_by_role("button", name="Add a passkey").click()
    await page.get_by_text("Passkey “Laptop” added.").wait_for()
    # This browser's session was proved an hour ago (the security page asks it to prove itself
    # again); two other devices have just signed in.
    site.age_sessions(person["email"])
    for agent in (IPHONE, WINDOWS_FIREFOX):
        await other_device(page, site.base, person["username"], agent)

    for path, h1, title in SIGNED_IN:
        await page.goto(f"{site.base}/account{path}")
        await heading(page, h1 or f"{who.capitalize()} Lovelace")
        await page.locator(".skeleton").first.wait_for(state="detached")
        await check(page, site, f"{width}-{path.strip('/') or 'profile'}", title)
        if path == "/sessions":
            devices = await page.locator("td[data-label=Device] span[title]").all_inner_texts()
            assert {"Firefox on Windows", "Mobile Safari on iPhone"} <= set(devices), devices
            assert await page.get_by_title(IPHONE).count() == 1  # the raw string on hover
            assert await page.locator("time").first.inner_text() == "just now"
            # A confirmation fits the width too.
            await page.get_by_role("main").get_by_role("button", name="Log out everywhere").click()
            dialog = page.get_by_role("dialog", name="Log out everywhere?")
            await dialog.wait_for()
            await fits(page)
            await screenshot(page, f"{width}-confirm")
            await dialog.get_by_role("button", name="Cancel").click()
            await dialog.wait_for(state="detached")
        if path == "/security":
            # A session proved an hour ago proves itself again (password or passkey), then
            # the authenticator app's setup goes on: the QR code and the key.
            await page.get_by_role("button", name="Set up an authenticator app").click()
            proof = page.get_by_role("dialog", name="Confirm it is you")
            await proof.get_by_role("button", name="Use a passkey instead").wait_for()
            await check(page, site, f"{width}-reauthenticate", title)
            await proof.get_by_label("Your password").fill(PASSWORD)
            await proof.get_by_role("button", name="Confirm").click()
            await proof.wait_for(state="detached")
            await page.get_by_role(
                "img", name="QR code to scan with your authenticator app"
            ).wait_for()
            await check(page, site, f"{width}-two-factor-setup", title)
    await context.close()
    watch.assert_clean()


async def test_mail_links_open_the_right_page_with_the_code_filled_in(site, browser):
    """The links in real mails: verify and reset from a signed-out browser, the email change
    from one that must log in first; the code and address are filled in, the fragment leaves
    the address bar, and each flow completes from there. A verification link carries no
    handle: opened in another browser than the one that registered, its proof is the
    mailbox owner's claim, the page says the account has no password now and leads to a reset,
    whose link does carry its handle (only that request's code is checked)."""
    setup, _ = await new_context(browser, site)
    person = await sign_up(await setup.new_page(), site.base, "linda")
    await setup.close()
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    operations = sent(page)

    link = await site.link_to(person["email"])
    assert link.startswith(f"{site.base}/account/verify#code=")
    assert "handle" not in fragment(link)
    await page.goto(link)
    await heading(page, "Verify your email")
    assert "#" not in page.url
    assert await page.get_by_label("Email", exact=True).input_value() == person["email"]
    code = link.split("code=", 1)[1].split("&", 1)[0]
    assert await page.get_by_label("Code").input_value() == code
    await page.get_by_role("button", name="Verify").click()
    await page.get_by_text(f"{person['email']} is verified.").wait_for()
    assert operations["VerifyEmail"]["input"] == {**fragment(link), "handle": None}
    await page.get_by_text("The account has no password now").wait_for()
    await page.get_by_role("button", name="Choose a password").click()
    await heading(page, "Set a new password")
    link = await site.link_to(person["email"])
    assert link.startswith(f"{site.base}/account/reset-password#code=")
    assert fragment(link)["handle"].startswith("cod_")
    await page.goto(link)
    await heading(page, "Set a new password")
    assert await page.get_by_label("Email", exact=True).input_value() == person["email"]
    assert await page.get_by_label("Code from the email").input_value() != ""
    await page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    await page.get_by_label("Repeat the new password").fill(NEW_PASSWORD)
    await page.get_by_role("button", name="Set the new password").click()
    await heading(page, "Linda Lovelace")
    assert operations["ResetPassword"]["input"]["handle"] == fragment(link)["handle"]

    await page.goto(f"{site.base}/account/email")
    await page.get_by_label("New email").fill("linda.l@example.com")
    await page.get_by_label("Current password").fill(NEW_PASSWORD)
    await page.get_by_role("button", name="Change the email").click()
    await page.get_by_text("We sent a code to").wait_for()
    link = await site.link_to("linda.l@example.com")
    assert link.startswith(f"{site.base}/account/confirm-email#code=") and "email=" not in link

    other, other_watch = await new_context(browser, site)  # signed out: log in first
    elsewhere = await other.new_page()
    await elsewhere.goto(link)
    await heading(elsewhere, "Log in")
    assert elsewhere.url == f"{site.base}/account/login?next=%2Fconfirm-email"
    await elsewhere.get_by_label("Email or username").fill(person["username"])
    await elsewhere.get_by_label("Password").fill(NEW_PASSWORD)
    await elsewhere.get_by_role("main").get_by_role("button", name="Log in", exact=True).click()
    await heading(elsewhere, "Email")
    assert elsewhere.url == f"{site.base}/account/confirm-email"
    assert await elsewhere.title() == f"Confirm your new email · {PRODUCT}"
    pending = elsewhere.get_by_role("region", name="Confirm your new email")
    assert await pending.get_by_label("Code sent to the new address").input_value() != ""
    await pending.get_by_role("button", name="Confirm the new email").click()
    await elsewhere.get_by_text("linda.l@example.com is now your email.").wait_for()
    assert await elsewhere.get_by_text("Verified", exact=True).is_visible()
    await other.close()
    await context.close()
    watch.assert_clean()
    other_watch.assert_clean()


async def test_an_emailed_code_signs_in_typed_or_from_its_link(site, browser):
    """ "Email me a code" on the login page: the code typed from the mail signs in; the link in
    the next mail fills in the address and the code (with its request's handle) in a browser
    that never asked, and signs in there once pressed."""
    setup, _ = await new_context(browser, site)
    setup_page = await setup.new_page()
    person = await sign_up(setup_page, site.base, "gwendolyn")
    await verify(setup_page, site, person)
    await setup.close()
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    operations = sent(page)
    await page.goto(f"{site.base}/account/login")
    await page.get_by_role("button", name="Email me a code").click()
    await page.get_by_label("Email", exact=True).fill(person["email"])
    await page.get_by_role("button", name="Email me a code").click()
    await page.get_by_text("We sent a 6-digit code").wait_for()
    link = await site.link_to(person["email"])
    assert link.startswith(f"{site.base}/account/login#code=")
    values = fragment(link)
    assert values["email"] == person["email"] and values["handle"].startswith("cod_")
    await page.get_by_label("Code from the email").fill(values["code"])
    await page.get_by_role("button", name="Sign in").click()
    await heading(page, "Gwendolyn Lovelace")
    assert operations["LoginWithCode"]["input"]["handle"] == values["handle"]
    notice = await site.mail_to(person["email"])  # a sign-in from a device new to the account
    assert notice["Subject"] == "New sign-in to your account"
    await context.close()
    watch.assert_clean()

    other, other_watch = await new_context(browser, site)
    elsewhere = await other.new_page()
    asked = await api(
        elsewhere, site.base, REQUEST_LOGIN_CODE, {"input": {"email": person["email"]}}
    )
    assert asked["requestLoginCode"]["__typename"] == "CodeSent"
    link = await site.link_to(person["email"])
    await elsewhere.goto(link)
    await heading(elsewhere, "Log in")
    assert "#" not in elsewhere.url
    assert await elsewhere.get_by_label("Email", exact=True).input_value() == person["email"]
    assert (
        await elsewhere.get_by_label("Code from the email").input_value() == fragment(link)["code"]
    )
    await elsewhere.get_by_role("button", name="Sign in").click()
    await heading(elsewhere, "Gwendolyn Lovelace")
    await other.close()
    other_watch.assert_clean()


def provider_fonts_only(watch) -> None:
    """The provider's development pages ask for a web font (aborted): only those may have
    left the allowed origins."""
    fonts = [u for u in watch.external if u.startswith("https://fonts.googleapis")]
    watch.external = [u for u in watch.external if u not in fonts]
    failed = "console: Failed to load resource: net::ERR_FAILED"
    for _ in fonts:
        if failed in watch.errors:
            watch.errors.remove(failed)


async def provider_sign_in(page, login: str) -> None:
    """At the OpenID provider's own pages: type any login and password, then consent."""
    await page.locator("input[name=login]").fill(login)
    await page.locator("input[name=password]").fill("anything")
    await page.get_by_role("button", name="Sign-in").click()
    await page.get_by_role("button", name="Continue").click()


async def test_continue_with_a_provider_creates_an_account_and_links_to_another(site, browser):
    """ "Continue with Acme ID" on the login page: the provider's login and consent, back to
    the web app, signed in to a new account with its verified email and no password. Then a
    person with an account of their own links the provider from the security page, and
    unlinks it."""
    context, watch = await new_context(browser, site, also=(site.issuer,))
    page = await context.new_page()
    operations = sent(page)
    await page.goto(f"{site.base}/account/login")
    await page.get_by_role("button", name="Continue with Acme ID").click()
    await provider_sign_in(page, "zoe")
    await heading(page, "zoe Example")
    assert page.url.startswith(f"{site.base}/account/") and "#" not in page.url
    assert operations["CompleteExternalLogin"]["input"]["handoff"].startswith("xho_")
    await page.goto(f"{site.base}/account/email")
    await page.get_by_text("zoe@example.com").first.wait_for()
    await context.close()
    provider_fonts_only(watch)
    watch.assert_clean()

    context, watch = await new_context(browser, site, also=(site.issuer,))
    page = await context.new_page()
    person = await sign_up(page, site.base, "hal")
    await verify(page, site, person)
    await page.goto(f"{site.base}/account/security")
    linked = page.get_by_role("region", name="Linked accounts")
    await linked.get_by_text("No linked accounts.").wait_for()
    await linked.get_by_role("button", name="Link Acme ID").click()
    await provider_sign_in(page, "hal-at-acme")
    await heading(page, "Security")
    await linked.get_by_text("Acme ID linked.").wait_for()
    await linked.get_by_text("hal-at-acme@example.com").wait_for()
    await linked.get_by_role("button", name="Unlink Acme ID").click()
    await page.get_by_role("dialog").get_by_role("button", name="Unlink").click()
    await linked.get_by_text("Acme ID unlinked.").wait_for()
    await linked.get_by_text("No linked accounts.").wait_for()
    await context.close()
    provider_fonts_only(watch)
    watch.assert_clean()


async def test_destructive_actions_ask_before_they_act(site, browser, tmp_path):
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    person = await sign_up(page, site.base, "marie")
    await other_device(page, site.base, person["username"], IPHONE)

    await page.goto(f"{site.base}/account/sessions")
    rows = page.get_by_role("table").locator("tbody tr")
    await rows.nth(1).wait_for()
    log_out = rows.filter(has_not_text="This browser").get_by_role("button", name="Log out")
    assert "danger" in (await log_out.get_attribute("class") or "")
    await log_out.click()
    dialog = page.get_by_role("dialog", name="Log out this session?")
    await dialog.wait_for()
    await accessible(page, site.axe, "confirm-dialog")
    await dialog.get_by_role("button", name="Cancel").click()
    await dialog.wait_for(state="detached")
    assert await rows.count() == 2
    await log_out.click()
    await dialog.get_by_role("button", name="Log out the session").click()
    await page.get_by_text("The session was logged out.").wait_for()
    assert await rows.count() == 1

    await page.goto(f"{site.base}/account/")
    image = tmp_path / "me.png"
    image.write_bytes(png(32, 32))
    await page.set_input_files("#image-input", str(image))
    await page.get_by_role("button", name="Upload").click()
    await page.get_by_text("Your new image is saved.").wait_for()
    await page.get_by_role("button", name="Remove the image").click()
    dialog = page.get_by_role("dialog", name="Remove your profile image?")
    await dialog.get_by_role("button", name="Cancel").click()
    assert await page.get_by_role("img", name="Your profile image").is_visible()
    await page.get_by_role("button", name="Remove the image").click()
    await dialog.get_by_role("button", name="Remove the image").click()
    await page.get_by_text("Your image was removed.").wait_for()
    assert await page.get_by_role("img", name="Your profile image").count() == 0

    await page.goto(f"{site.base}/account/delete")
    password = page.get_by_label("Current password (to delete the account)")
    await password.fill("Not-the-password-1")
    delete = page.get_by_role("main").get_by_role("button", name="Delete my account")
    assert "danger" in (await delete.get_attribute("class") or "")
    await delete.click()
    dialog = page.get_by_role("dialog", name="Delete your account for good?")
    await dialog.get_by_role("button", name="Delete my account").click()
    error = page.get_by_text("That is not your current password.")
    await error.wait_for()
    assert await password.get_attribute("aria-invalid") == "true"
    assert (
        await page.get_by_role("alert").count() == 0
    )  # said at the field, not as "Invalid credentials."
    await password.fill(PASSWORD)
    assert await error.count() == 0 and await password.get_attribute("aria-invalid") is None
    await delete.click()
    await dialog.get_by_role("button", name="Cancel").click()
    await dialog.wait_for(state="detached")
    await heading(page, "Danger zone")
    await delete.click()
    await dialog.get_by_role("button", name="Delete my account").click()
    await heading(page, "Log in")
    await page.get_by_text("Your account was deleted.").wait_for()
    await context.close()
    watch.assert_clean()


async def test_errors_clear_as_the_field_changes_and_success_stays_with_its_form(site, browser):
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    await sign_up(page, site.base, "sofia")

    await page.goto(f"{site.base}/account/password")
    current = page.get_by_label("Current password")
    await current.fill("Wrong-password-1")
    await page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    await page.get_by_label("Repeat the new password").fill("Something-else-9")
    await page.get_by_role("button", name="Change the password").click()
    await page.locator("[aria-invalid=true]").first.wait_for()
    repeat = page.get_by_label("Repeat the new password")
    assert await repeat.get_attribute("aria-invalid") == "true"
    await repeat.fill(NEW_PASSWORD)
    assert await repeat.get_attribute("aria-invalid") is None
    await page.get_by_role("button", name="Change the password").click()
    await page.get_by_text("That is not your current password.").wait_for()
    await current.press("End")
    await current.type("x")
    assert await page.get_by_text("That is not your current password.").count() == 0
    await current.fill(PASSWORD)
    await page.get_by_role("button", name="Change the password").click()
    await page.get_by_text("Your password was changed.").wait_for()

    await page.goto(f"{site.base}/account/")
    details = page.get_by_role("region", name="Your details")
    await details.get_by_label("About you").fill("Wrote the first compiler.")
    await details.get_by_role("button", name="Save details").click()
    saved = details.get_by_text("Your details are saved.")
    await saved.wait_for()
    assert await page.get_by_role("status").count() == 1  # under this form, nowhere else
    await details.get_by_label("Contact").fill("grace@example.com")
    assert await saved.count() == 0
    await details.get_by_label("Username").fill("x")
    await details.get_by_role("button", name="Save details").click()
    username = details.get_by_label("Username")
    await page.locator("[aria-invalid=true]").first.wait_for()
    assert await username.get_attribute("aria-invalid") == "true"
    await username.fill("sofia_kovalevskaya")
    assert await username.get_attribute("aria-invalid") is None
    assert await details.get_by_role("alert").count() == 0
    await context.close()
    watch.assert_clean()


async def test_passkeys_work_on_the_served_port_and_elsewhere_say_why_not(site, browser):
    """Started like `make run PORT=…`, the service takes passkeys on http://localhost:PORT.
    Where they cannot work (an IP address, a device that does not verify the user), the page
    says so in words, with a link to the address that works, and asks the browser for nothing
    it would create in vain."""
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    person = await sign_up(page, site.base, "hedy")
    await verify(page, site, person)
    cdp, authenticator = await passkey_authenticator(context, page)
    await page.goto(f"{site.base}/account/security")
    await page.get_by_label("Name (e.g. “Laptop”)").fill("Phone")
    await page.get_by_role("button", name="Add a passkey").click()
    await page.get_by_text("Passkey “Phone” added.").wait_for()
    await page.get_by_role("banner").get_by_role("button", name="Log out").click()
    await heading(page, "Log in")
    await page.get_by_role("button", name="Log in with a passkey").click()
    await heading(page, "Hedy Lovelace")
    await context.close()
    watch.assert_clean()

    loopback = f"http://127.0.0.1:{site.port}"
    context, watch = await new_context(browser, site, also=(loopback,))
    page = await context.new_page()
    await api(
        page, loopback, LOGIN, {"input": {"identifier": person["username"], "password": PASSWORD}}
    )
    cdp, authenticator = await passkey_authenticator(context, page)
    await page.goto(f"{loopback}/account/security")
    await page.get_by_role("button", name="Add a passkey").click()
    alert = page.get_by_role("alert")
    await alert.wait_for()
    text = await alert.inner_text()
    assert "IP address (127.0.0.1:" in text, text
    link = alert.get_by_role("link", name=f"Open this page at {site.base}")
    assert await link.get_attribute("href") == f"{site.base}/account/security"
    credentials = await cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator})
    assert credentials["credentials"] == []  # nothing was created on the device
    await page.goto(f"{loopback}/account/login")
    await page.get_by_role("banner").get_by_role("button", name="Log out").click()
    await heading(page, "Log in")
    await page.get_by_role("button", name="Log in with a passkey").click()
    assert "IP address" in await page.get_by_role("alert").inner_text()
    await context.close()
    watch.assert_clean()

    context, watch = await new_context(browser, site)
    page = await context.new_page()
    await verify(page, site, await sign_up(page, site.base, "ada_b"))
    await passkey_authenticator(context, page, isUserVerified=False)
    await page.goto(f"{site.base}/account/security")
    await page.get_by_role("button", name="Add a passkey").click()
    alert = page.get_by_role("alert")
    await alert.wait_for(timeout=30000)
    text = await alert.inner_text()
    assert text.startswith("No passkey was added: the request was cancelled or took too long."), (
        text
    )
    for raw in ("NotAllowedError", "w3.org", "The operation either timed out"):
        assert raw not in text
    await context.close()
    watch.assert_clean()


async def test_a_factor_waits_for_a_proved_address_and_then_goes_on(site, browser):
    """Adding a factor to an address not yet proved: a dialog sends a code to it, takes it
    (with the handle of the request that sent it; a wrong code is said at its field), and the
    setup goes on from the same session, which the verification keeps."""
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    operations = sent(page)
    person = await sign_up(page, site.base, "katherine")
    await site.mail_to(person["email"])  # the registration's code: not the one asked for here
    await page.goto(f"{site.base}/account/security")
    await page.get_by_role("button", name="Set up an authenticator app").click()
    dialog = page.get_by_role("dialog", name="Verify your email first")
    await dialog.get_by_text(f"We sent a 6-digit code to {person['email']}.").wait_for()
    link = fragment(await site.link_to(person["email"]))
    code = dialog.get_by_label("Code from the email")
    await code.fill("000000" if link["code"] != "000000" else "111111")
    await dialog.get_by_role("button", name="Verify and continue").click()
    await dialog.get_by_text("Use the code in the newest email.").wait_for()
    assert await code.get_attribute("aria-invalid") == "true"
    await code.fill(link["code"])
    await dialog.get_by_role("button", name="Verify and continue").click()
    await page.get_by_role("img", name="QR code to scan with your authenticator app").wait_for()
    await dialog.wait_for(state="detached")
    proof = operations["VerifyEmail"]["input"]
    assert proof["handle"].startswith("cod_")  # of the dialog's request (the link has none)
    assert {**proof, "handle": None} == {**link, "email": person["email"], "handle": None}
    await page.goto(f"{site.base}/account/email")
    await page.get_by_text("Verified", exact=True).wait_for()  # still signed in, and proved
    await context.close()
    watch.assert_clean()


async def test_a_stale_session_proves_itself_again_before_a_privileged_change(site, browser):
    """A session whose last proof is older than the re-authentication window: adding TOTP
    asks for the password in a dialog (cancelled: nothing happens; a wrong one: said at its
    field) and then goes on. With two-factor on, new recovery codes ask for the password
    (filled in from the form) and a code from the app."""
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    person = await sign_up(page, site.base, "dorothy")
    await verify(page, site, person)
    site.age_sessions(person["email"])
    await page.goto(f"{site.base}/account/security")
    start = page.get_by_role("button", name="Set up an authenticator app")
    await start.click()
    dialog = page.get_by_role("dialog", name="Confirm it is you")
    await dialog.get_by_text("This change needs a recent sign-in. Type your password.").wait_for()
    assert await dialog.get_by_label("Code from your app, or a recovery code").count() == 0
    await dialog.get_by_role("button", name="Cancel").click()
    await dialog.wait_for(state="detached")
    assert await page.get_by_role("alert").count() == 0
    assert await page.get_by_test_id("totp-secret").count() == 0

    await start.click()
    password = dialog.get_by_label("Your password")
    await password.fill("Not-the-password-1")
    await dialog.get_by_role("button", name="Confirm").click()
    await dialog.get_by_text("That is not your password.").wait_for()
    assert await password.get_attribute("aria-invalid") == "true"
    await password.fill(PASSWORD)
    await dialog.get_by_role("button", name="Confirm").click()
    await dialog.wait_for(state="detached")
    totp = pyotp.TOTP(await page.get_by_test_id("totp-secret").inner_text())
    await page.get_by_label("Code from the app").fill(totp.now())
    await page.get_by_role("button", name="Turn on two-factor sign-in").click()
    await page.get_by_role("button", name="I have saved my recovery codes").click()

    site.age_sessions(person["email"])
    await page.get_by_label("Current password (for new codes)").fill(PASSWORD)
    await page.get_by_role("button", name="Make new recovery codes").click()
    await (
        page.get_by_role("dialog", name="Make new recovery codes?")
        .get_by_role("button", name="Make new codes")
        .click()
    )
    await dialog.get_by_label("Code from your app, or a recovery code").wait_for()
    assert await dialog.get_by_label("Your password").input_value() == PASSWORD
    await accessible(page, site.axe, "reauthenticate-two-factor")
    await dialog.get_by_label("Code from your app, or a recovery code").fill(
        totp.at(time.time() + totp.interval)
    )
    await dialog.get_by_role("button", name="Confirm").click()
    await page.get_by_test_id("recovery-codes").locator("code").nth(9).wait_for()
    await context.close()
    watch.assert_clean()


async def test_an_account_without_a_password_proves_itself_with_a_passkey_and_sets_one(
    site, browser
):
    """An account that signs in with a passkey alone (``hasPassword`` false) is offered a
    password instead of a change of it; its stale session proves itself with the passkey in
    the dialog (no password asked), and ``setPassword`` gives it one."""
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    person = await sign_up(page, site.base, "radia")
    await verify(page, site, person)
    await passkey_authenticator(context, page)
    await page.goto(f"{site.base}/account/security")
    await page.get_by_role("button", name="Add a passkey").click()
    await page.get_by_text("added.").wait_for()
    site.forget_password(person["email"])
    site.age_sessions(person["email"])

    await page.goto(f"{site.base}/account/password")
    card = page.get_by_role("region", name="Set a password")
    await card.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    await card.get_by_label("Repeat the new password").fill(NEW_PASSWORD)
    await card.get_by_role("button", name="Set the password").click()
    dialog = page.get_by_role("dialog", name="Confirm it is you")
    await dialog.get_by_text(
        "This change needs a recent sign-in. Use one of your passkeys."
    ).wait_for()
    assert await dialog.get_by_label("Your password").count() == 0
    await dialog.get_by_role("button", name="Use a passkey").click()
    await page.get_by_text("Your password is set. Your other sessions were logged out.").wait_for()
    await page.get_by_role("region", name="Change your password").wait_for()
    await context.close()
    watch.assert_clean()


async def test_a_hidden_registration_verifies_and_then_logs_in(browser, hidden):
    """Where registration hides which addresses are taken (production), it opens no session:
    the page says to check the mail, and a login before the address is proved is refused as a
    wrong password is. The link in the mail, opened in this browser, goes back with the handle
    the registration answered (kept here): the password stays, and the page leads to the
    login."""
    base, smtp = hidden
    context = await browser.new_context()
    page = await context.new_page()
    operations = sent(page)
    await page.goto(f"{base}/account/register")
    await page.get_by_label("Email", exact=True).fill("mary@example.com")
    await page.get_by_label("Username").fill("mary_jackson")
    await page.get_by_label("First name").fill("Mary")
    await page.get_by_label("Last name").fill("Jackson")
    await page.get_by_label("Password", exact=True).fill(PASSWORD)
    await page.get_by_label("Repeat the password").fill(PASSWORD)
    await page.get_by_role("button", name="Create the account").click()
    await heading(page, "Verify your email")
    await page.get_by_text(
        "Check your mail: we sent a 6-digit code to mary@example.com."
    ).wait_for()
    message, _ = await asyncio.to_thread(next_mail, smtp, "mary@example.com", 0)
    # before the address is proved, the right password answers as a wrong one would
    await page.get_by_role("link", name="Log in").first.click()
    await page.get_by_label("Email or username").fill("mary@example.com")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("main").get_by_role("button", name="Log in", exact=True).click()
    await page.get_by_role("alert").get_by_text("Invalid credentials.").wait_for()
    [link] = re.findall(r"https?://\S+#code=\S+", message.get_body(("plain",)).get_content())
    assert "handle=" not in link
    await page.goto(link)  # the mail's link, in the browser that registered
    await heading(page, "Verify your email")
    await page.get_by_role("button", name="Verify").click()
    await page.get_by_text("mary@example.com is verified.").wait_for()
    handle = operations["VerifyEmail"]["input"]["handle"]
    assert handle.startswith("cod_")  # the registration's, kept by this browser for the link
    await page.get_by_text("Your account is ready.").wait_for()  # and the password stays
    await page.get_by_role("link", name="Log in").last.click()
    await page.get_by_label("Email or username").fill("mary_jackson")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("main").get_by_role("button", name="Log in", exact=True).click()
    await heading(page, "Mary Jackson")
    await context.close()


async def test_data_pages_show_a_skeleton_while_they_load(site, browser):
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    await sign_up(page, site.base, "emmy_n")
    release = asyncio.Event()

    async def slow(route):
        if any(
            id_of(name) in (route.request.post_data or "")
            for name in ("Sessions", "SecurityEvents", "Passkeys", "ExternalIdentities")
        ):
            await release.wait()
        await route.continue_()

    await page.route("**/graphql", slow)
    for path, labels, ready in (
        ("/sessions", ["Loading your sessions…"], [page.get_by_role("table")]),
        ("/activity", ["Loading your activity…"], [page.get_by_role("table")]),
        (
            "/security",
            ["Loading your passkeys…", "Loading your linked accounts…"],
            [page.get_by_text("No passkeys yet."), page.get_by_text("No linked accounts.")],
        ),
    ):
        release.clear()
        await page.goto(f"{site.base}/account{path}")
        for label in labels:
            await page.get_by_role("status").filter(has_text=label).wait_for(state="attached")
        skeleton = page.locator(".skeleton[aria-busy=true]")
        assert await skeleton.count() == len(labels)
        for shown in ready:
            assert await shown.count() == 0
        release.set()
        for shown in ready:
            await shown.wait_for()
        assert await skeleton.count() == 0
    await context.close()
    watch.assert_clean()


async def test_an_image_too_large_for_the_service_is_an_error_at_the_image_input(
    site, browser, tmp_path
):
    """The service answers 413 (plain text, before GraphQL) for a body over its limit: the
    page says so at the image input, not "The service answered 413 …", and keeps the rest."""
    big = tmp_path / "big.png"
    big.write_bytes(png(16, 16) + b"\0" * (6 * 1024 * 1024))
    context, _ = await new_context(browser, site)  # the 413 is a console error: expected
    page = await context.new_page()
    await page.goto(f"{site.base}/account/register")
    await page.get_by_label("First name").fill("Grace")
    await page.set_input_files("#image-input", str(big))
    await page.get_by_role("button", name="Create the account").click()
    error = page.locator("#image-error")
    await error.wait_for(timeout=15000)
    assert "too large" in (await error.text_content() or "")
    assert await page.locator("#image-input").get_attribute("aria-invalid") == "true"
    assert "413" not in await page.inner_text("main")
    assert await page.get_by_label("First name").input_value() == "Grace"
    await context.close()


async def test_a_logout_that_fails_does_not_pretend_to_have_logged_out(site, browser):
    """When the logout request never reaches the service, the session cookie is still valid:
    the page must not show "Log in" (the user would walk away signed in) but say it failed;
    the next try logs out."""
    context, _ = await new_context(browser, site)  # the aborted request is a console error
    page = await context.new_page()
    await sign_up(page, site.base, "rosalind")
    await page.goto(f"{site.base}/account/sessions")
    await heading(page, "Sessions")

    async def offline(route):
        if id_of("Logout") in (route.request.post_data or ""):
            await route.abort()
        else:
            await route.continue_()

    await page.route("**/graphql", offline)
    bar = page.get_by_role("banner")
    await bar.get_by_role("button", name="Log out").click()
    await page.get_by_role("alert").wait_for(timeout=15000)
    assert "cannot be reached" in await page.get_by_role("alert").inner_text()
    assert page.url == f"{site.base}/account/sessions"
    assert await bar.get_by_role("button", name="Log out").is_visible()

    await page.unroute("**/graphql")
    await bar.get_by_role("button", name="Log out").click()
    await heading(page, "Log in")
    assert await page.get_by_role("alert").count() == 0
    assert [c["name"] for c in await context.cookies()] == []
    await context.close()


async def test_a_saved_image_empties_the_chooser_and_says_so(site, browser, tmp_path):
    """After "Upload" succeeds the new image is shown once (no stale preview beside it), the
    file input is empty (a second click does not upload it again) and a notice says so."""
    image = tmp_path / "me.png"
    image.write_bytes(png(32, 32))
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    await sign_up(page, site.base, "lise_m")
    await page.goto(f"{site.base}/account/")
    section = page.get_by_role("region", name="Profile image")
    await section.wait_for()
    await page.set_input_files("#image-input", str(image))
    await section.get_by_alt_text("Preview of the chosen image").wait_for()
    await section.get_by_role("button", name="Upload").click()
    await section.get_by_text("Your new image is saved.").wait_for(timeout=15000)
    assert await section.locator("img").count() == 1
    assert await section.get_by_alt_text("Your profile image").is_visible()
    assert await page.locator("#image-input").input_value() == ""
    await context.close()
    watch.assert_clean()


async def test_a_deep_link_signed_out_comes_back_after_the_login(site, browser):
    """/account/sessions while signed out goes to the login with ?next=/sessions, and the login
    lands there, not on the profile; a `next` that is not a page of the app is ignored."""
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    person = await sign_up(page, site.base, "barbara")
    await context.clear_cookies()

    async def log_in() -> None:
        await heading(page, "Log in")
        await page.get_by_label("Email or username").fill(person["username"])
        await page.get_by_label("Password").fill(PASSWORD)
        await page.get_by_role("main").get_by_role("button", name="Log in", exact=True).click()

    await page.goto(f"{site.base}/account/sessions")
    await page.wait_for_url(f"{site.base}/account/login?next=%2Fsessions")
    await log_in()
    await heading(page, "Sessions")
    assert page.url == f"{site.base}/account/sessions"

    await context.clear_cookies()
    await page.goto(f"{site.base}/account/login?next=//evil.example/x")
    await log_in()
    await heading(page, "Barbara Lovelace")
    assert page.url == f"{site.base}/account/"
    await context.close()
    watch.assert_clean()


@pytest.fixture
def hidden(fresh_database, tmp_path):
    """A second server that hides which addresses are registered, as production does: a
    registration answers VerificationRequired and opens no session."""
    smtp = SmtpServer("plain").start()
    env = {
        "ACCOUNTS_HIDE_REGISTERED_EMAILS": "true",
        "ACCOUNTS_SMTP_URL": smtp.url(),
        "ACCOUNTS_MAIL_POLL_INTERVAL": "0.2",
    }
    port = free_port()
    try:
        with running_server(fresh_database("sqlite"), tmp_path, env=env, port=port):
            yield f"http://localhost:{port}", smtp
    finally:
        smtp.stop()


@pytest.fixture
def branded(fresh_database, tmp_path):
    """A second server, with a product name and a logo of its own."""
    logo = tmp_path / "northwind.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<circle cx="5" cy="5" r="5" fill="#0a7"/></svg>'
    )
    env = {
        "ACCOUNTS_PRODUCT_NAME": "Northwind ID",
        "ACCOUNTS_PRODUCT_LOGO": str(logo),
        "ACCOUNTS_MAIL_DIR": str(tmp_path / "mail"),
    }
    port = free_port()
    with running_server(fresh_database("sqlite"), tmp_path, env=env, port=port):
        yield f"http://localhost:{port}"


async def test_the_product_name_and_logo_come_from_the_configuration(browser, branded):
    home = await asyncio.to_thread(httpx.get, f"{branded}/")
    assert home.headers["location"] == "/account/"
    page = await browser.new_page()
    try:
        await page.goto(f"{branded}/account/register")
        await heading(page, "Create an account")
        assert await page.title() == "Create an account · Northwind ID"
        brand = page.get_by_role("banner").get_by_role("link", name="Northwind ID")
        mark = brand.locator("img")
        await mark.wait_for()
        assert await mark.get_attribute("src") == "/account/logo"
        assert await mark.evaluate("img => img.complete && img.naturalWidth > 0")
    finally:
        await page.close()
