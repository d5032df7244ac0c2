"""Templates: every message in every locale, autoescaped HTML, safe links and headers."""

from __future__ import annotations

import re

import pytest

from service.mail.outbox import CODE_TEMPLATES, TEMPLATES
from service.mail.render import LOCALES, SUBJECTS, compose, pick_locale, render

VALUES = {
    "code": "123456",
    "username": "ada",
    "expires_minutes": "10",
    "new_email": "new@example.com",
    "ip_address": "203.0.113.7",
    "user_agent": "Firefox",
    "at": "2026-11-27 08:00 UTC",
    "provider": "Acme ID",
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_template_renders_in_every_locale(template, locale):
    rendered = render(template, locale, VALUES, "https://accounts.example")
    assert rendered.subject == SUBJECTS[locale][template]
    assert "ada" in rendered.text and "ada" in rendered.html
    assert f'<html lang="{locale}">' in rendered.html
    assert ("123456" in rendered.text) == (template in CODE_TEMPLATES)
    assert ("123456" in rendered.html) == (template in CODE_TEMPLATES)
    if template == "new_signin":
        assert "203.0.113.7" in rendered.text and "Firefox" in rendered.html


def test_subjects_are_translated_and_hold_no_values():
    assert SUBJECTS["en"].keys() == SUBJECTS["de"].keys() == TEMPLATES
    assert all(SUBJECTS["en"][t] != SUBJECTS["de"][t] for t in TEMPLATES)
    assert not any("{" in subject for s in SUBJECTS.values() for subject in s.values())


@pytest.mark.parametrize(
    ("locale", "chosen"),
    [
        ("de", "de"),
        ("de-AT", "de"),
        ("de_DE", "de"),
        ("DE", "de"),
        ("en-GB", "en"),
        ("fr", "en"),
        ("", "en"),
        ("xx-yy", "en"),
    ],
)
def test_unknown_locales_fall_back_to_english(locale, chosen):
    assert pick_locale(locale) == chosen
    assert (
        render("password_changed", locale, {}, "http://x").subject
        == (SUBJECTS[chosen]["password_changed"])
    )


def test_user_values_are_escaped_in_html():
    values = {**VALUES, "username": "<script>alert(1)</script>", "user_agent": '"><img src=x>'}
    rendered = render("new_signin", "en", values, "http://x")
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    assert "<img" not in rendered.html
    assert "<script>alert(1)</script>" in rendered.text  # plain text is not HTML


def test_the_code_link_is_the_public_url_a_fixed_path_and_the_encoded_code():
    rendered = render(
        "password_reset",
        "en",
        {"code": '12"34<>&/?#', "username": "a"},
        "https://a.example",
        "ada+x@example.com",
    )
    link = (
        "https://a.example/account/reset-password"
        "#code=12%2234%3C%3E%26%2F%3F%23&email=ada%2Bx%40example.com"
    )
    assert f'href="{link.replace("&", "&amp;")}"' in rendered.html and link in rendered.text


@pytest.mark.parametrize(
    ("template", "page", "with_address"),
    [
        ("verify_email", "/account/verify", True),
        ("password_reset", "/account/reset-password", True),
        ("confirm_email_change", "/account/confirm-email", False),
    ],
)
def test_each_code_mail_links_to_the_web_app_page_that_asks_for_it(template, page, with_address):
    """The page of the bundled web app, the code in the fragment; the address only where the
    page has no session to know it from (verification, reset), never for an email change."""
    rendered = render(template, "de", {"code": "123456"}, "http://localhost:8745", "b@example.com")
    expected = f"http://localhost:8745{page}#code=123456"
    if with_address:
        expected += "&email=b%40example.com"
    assert re.findall(r"https?://\S+", rendered.text) == [expected]
    assert f'href="{expected.replace("&", "&amp;")}"' in rendered.html


def test_a_code_template_without_its_code_fails_to_render():
    with pytest.raises(Exception, match="code"):
        render("verify_email", "en", {"username": "a"}, "http://x")


def test_compose_builds_multipart_alternative_and_refuses_header_injection():
    rendered = render("verify_email", "en", VALUES, "http://x")
    message = compose(rendered, sender="a@example.com", recipient="b@example.com", message_id="m1")
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Message-ID"] == "<m1@example.com>"
    for bad in ("b@example.com\r\nBcc: c@example.com", "b@example.com\nX: y", "not an address"):
        with pytest.raises((ValueError, IndexError)):
            compose(rendered, sender="a@example.com", recipient=bad, message_id="m2")
