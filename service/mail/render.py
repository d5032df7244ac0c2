"""Templates: a row's template name, locale and values become a multipart email.

Each message has a plain-text and an HTML part, per locale (``templates/<locale>/``), with
the subject translated in ``SUBJECTS``. HTML is autoescaped; the text part is not HTML, so it
is not escaped. Subjects hold no user-supplied value, and the only link a template may show
is ``public_url`` + a fixed page of the web app + the URL-encoded code in the fragment (it
pre-fills a form, never acts), with the address the code belongs to where that form asks for it.
Values in ``data``: ``code`` (the code templates need it), and optionally ``username``,
``expires_minutes``, ``new_email``, ``ip_address``, ``user_agent``, ``at``, ``passkey_name``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from service.clock import utcnow

LOCALES = ("en", "de")
DEFAULT_LOCALE = "en"
TEMPLATE_DIR = Path(__file__).parent / "templates"
# The page of the web app (``clients/web``) that asks for each code; the code goes in its
# fragment, which browsers never send to a server (no logs, no Referer). The pages that need the
# address as well (no session proves it) get it beside the code.
CODE_PATHS = {
    "verify_email": "/account/verify",
    "password_reset": "/account/reset-password",
    "confirm_email_change": "/account/confirm-email",
    "login_code": "/account/login",
}
WITH_ADDRESS = {"verify_email", "password_reset", "login_code"}
# A verification link carries no handle: a code proved without it is the mailbox owner's claim
# on the account (``email.verification``); the client that asked keeps the handle itself.
WITHOUT_HANDLE = {"verify_email"}
SUBJECTS: dict[str, dict[str, str]] = {
    "en": {
        "verify_email": "Your verification code",
        "password_reset": "Your password reset code",
        "login_code": "Your sign-in code",
        "confirm_email_change": "Confirm your new email address",
        "email_changed": "Your email address was changed",
        "password_changed": "Your password was changed",
        "account_deleted": "Your account was deleted",
        "new_signin": "New sign-in to your account",
        "two_factor_enabled": "Two-factor sign-in was turned on",
        "two_factor_disabled": "Two-factor sign-in was turned off",
        "recovery_code_used": "A recovery code was used",
        "recovery_codes_regenerated": "New recovery codes were created",
        "passkey_added": "A passkey was added to your account",
        "passkey_removed": "A passkey was removed from your account",
        "second_factor_failed": "A wrong second-factor code was entered for your account",
        "registration_attempted": "Someone tried to register with your address",
        "signed_out_everywhere": "You were signed out everywhere",
        "external_identity_linked": "An account at another provider was linked to yours",
        "external_identity_unlinked": "A linked account was removed from yours",
        "account_suspended": "Your account was suspended",
    },
    "de": {
        "verify_email": "Ihr Bestätigungscode",
        "password_reset": "Ihr Code zum Zurücksetzen des Passworts",
        "login_code": "Ihr Anmeldecode",
        "confirm_email_change": "Bestätigen Sie Ihre neue E-Mail-Adresse",
        "email_changed": "Ihre E-Mail-Adresse wurde geändert",
        "password_changed": "Ihr Passwort wurde geändert",
        "account_deleted": "Ihr Konto wurde gelöscht",
        "new_signin": "Neue Anmeldung bei Ihrem Konto",
        "two_factor_enabled": "Zweiter Faktor eingeschaltet",
        "two_factor_disabled": "Zweiter Faktor ausgeschaltet",
        "recovery_code_used": "Ein Wiederherstellungscode wurde verwendet",
        "recovery_codes_regenerated": "Neue Wiederherstellungscodes erzeugt",
        "passkey_added": "Ihrem Konto wurde ein Passkey hinzugefügt",
        "passkey_removed": "Von Ihrem Konto wurde ein Passkey entfernt",
        "second_factor_failed": "Falscher Code des zweiten Faktors für Ihr Konto",
        "registration_attempted": "Jemand wollte sich mit Ihrer Adresse registrieren",
        "signed_out_everywhere": "Sie wurden überall abgemeldet",
        "external_identity_linked": "Ein Konto bei einem anderen Anbieter wurde verknüpft",
        "external_identity_unlinked": "Eine Kontoverknüpfung wurde entfernt",
        "account_suspended": "Ihr Konto wurde gesperrt",
    },
}

_loader = FileSystemLoader(TEMPLATE_DIR)
_html = Environment(loader=_loader, autoescape=True, undefined=StrictUndefined)
_text = Environment(loader=_loader, autoescape=False, undefined=StrictUndefined)  # noqa: S701


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str


def pick_locale(locale: str) -> str:
    """``de``, ``de-AT`` and ``de_DE`` are German; anything unknown is English."""
    language = locale.replace("_", "-").split("-", 1)[0].lower()
    return language if language in LOCALES else DEFAULT_LOCALE


def code_link(
    template: str, code: str, public_url: str, recipient: str | None, handle: str | None = None
) -> str:
    """The page that asks for this code, with the code (and the address, where the page needs
    it, and the handle of the request, which only this code's check may carry) in the
    fragment."""
    fragment = {"code": code}
    if template in WITH_ADDRESS and recipient:
        fragment["email"] = recipient
    if handle and template not in WITHOUT_HANDLE:
        fragment["handle"] = handle
    return f"{public_url}{CODE_PATHS[template]}#{urlencode(fragment, quote_via=quote)}"


def render(
    template: str,
    locale: str,
    data: Mapping[str, str],
    public_url: str,
    recipient: str | None = None,
) -> Rendered:
    language = pick_locale(locale)
    subject = SUBJECTS[language][template]
    values: dict[str, object] = {**data, "lang": language, "subject": subject}
    if template in CODE_PATHS and "code" in data:
        values["link"] = code_link(
            template, data["code"], public_url, recipient, data.get("handle")
        )
    return Rendered(
        subject=subject,
        text=_text.get_template(f"{language}/{template}.txt").render(values),
        html=_html.get_template(f"{language}/{template}.html").render(values),
    )


def compose(rendered: Rendered, *, sender: str, recipient: str, message_id: str) -> EmailMessage:
    """A multipart/alternative message; the To header is built by ``email.headerregistry``,
    which refuses a recipient with CR or LF in it (a ``ValueError``)."""
    if "\r" in recipient or "\n" in recipient:
        raise ValueError("recipient contains a line break")
    message = EmailMessage()
    message["From"] = Address(addr_spec=sender)
    message["To"] = Address(addr_spec=recipient)
    message["Subject"] = rendered.subject
    message["Date"] = format_datetime(utcnow())
    message["Message-ID"] = f"<{message_id}@{sender.rsplit('@', 1)[-1]}>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message
