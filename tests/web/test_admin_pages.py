"""The web app's Admin pages in Chromium, against the page tests' server (admin API on): hidden
from and refused to accounts that are not staff, refused to staff signed in at AAL1, and for an
ADMIN signed in at AAL2: find an account, open it, suspend it with a reason after a
confirmation, and read the action back in the audit log; axe-core and no sideways scrolling on
each page, at a desktop width and at 390 px."""

from __future__ import annotations

import sqlite3

import pytest

from tests.test_cli import accounts
from tests.web.site import DESKTOP, PHONE, accessible, fits, heading, new_context, sign_up

pytestmark = pytest.mark.e2e


def _as_second_factor(database: str, email: str) -> None:
    """The account has an authenticator from before its sessions proved themselves, and its
    sessions proved with it, as a sign-in with a TOTP code proves them (the Admin pages need
    AAL2 with a factor the account had; how a sign-in gets there is the login pages' business)."""
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO totp_credentials (user_id, secret_encrypted, created_at, confirmed_at)"
            " SELECT id, 'not read here', datetime('now', '-2 hours'),"
            " datetime('now', '-2 hours') FROM users WHERE email = ?",
            (email,),
        )
        connection.execute(
            "UPDATE sessions SET methods = 'PASSWORD,TOTP' WHERE user_id ="
            " (SELECT id FROM users WHERE email = ?)",
            (email,),
        )


async def test_the_admin_pages_for_staff_and_for_everyone_else(browser, site, tmp_path):
    url = f"sqlite+aiosqlite:///{site.database}"
    # someone who is not staff: no Admin link, and the service's refusal on the page
    plain_context, plain_watch = await new_context(browser, site)
    plain = await plain_context.new_page()
    await sign_up(plain, site.base, "plainadm")
    await plain.goto(f"{site.base}/account/admin")
    await plain.get_by_text("This account is not staff.").wait_for()
    assert await plain.get_by_role("link", name="Admin").count() == 0
    await plain_context.close()
    plain_watch.assert_clean()

    # staff signed in with a password alone: refused until the session has two factors
    context, watch = await new_context(browser, site)
    page = await context.new_page()
    staff = await sign_up(page, site.base, "bossadm")
    accounts(url, "users", "set-role", staff["username"], "ADMIN", cwd=tmp_path)
    await page.goto(f"{site.base}/account/admin")
    await page.get_by_text("signed in with two factors or a passkey").wait_for()

    _as_second_factor(site.database, staff["email"])
    await page.goto(f"{site.base}/account/admin")
    await heading(page, "Admin")
    await page.get_by_role("link", name="Admin").wait_for()
    for viewport in (DESKTOP, PHONE):
        await page.set_viewport_size(viewport)
        await fits(page)
    await page.set_viewport_size(DESKTOP)
    await accessible(page, site.axe, "admin search")

    await page.get_by_label("Email, username or name (the start of it)").fill("plainadm")
    await page.get_by_role("button", name="Search").click()
    await page.get_by_role("link", name="plainadm_user").click()
    await heading(page, "plainadm_user")
    await accessible(page, site.axe, "admin account")
    await page.get_by_role("button", name="Suspend").click()
    # no reason: the confirmation, then the service asks for one at the reason field
    await page.get_by_role("dialog").get_by_role("button", name="Suspend plainadm_user").click()
    await page.get_by_text("Say why: the reason is kept in the audit log.").wait_for()
    await page.get_by_label("Reason (kept in the audit log", exact=False).fill(
        "spam from this account"
    )
    await page.get_by_role("button", name="Suspend").click()
    await page.get_by_role("dialog").get_by_role("button", name="Suspend plainadm_user").click()
    await page.get_by_text("plainadm_user is suspended.").wait_for()
    await page.get_by_role("button", name="Reactivate").wait_for()
    await page.set_viewport_size(PHONE)
    await fits(page)
    await page.set_viewport_size(DESKTOP)

    await page.get_by_role("link", name="Audit log").click()
    await heading(page, "Audit log")
    table = page.get_by_test_id("audit-entries")
    await table.get_by_text("spam from this account").wait_for()
    assert "user:bossadm_user" in await table.inner_text()
    await accessible(page, site.axe, "admin audit log")
    await context.close()
    watch.assert_clean()
