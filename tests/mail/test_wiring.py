"""The courier in the app: started by the lifespan, off when asked, and on /metrics."""

from __future__ import annotations

import httpx
import pytest

from service.app import create_app
from service.config import Settings
from service.mail.transport import create_transport
from service.observability import REGISTRY
from tests.mail.support import deliver_until_done, eventually, queue, rows


def _sample(name: str) -> float:
    return REGISTRY.get_sample_value(name) or 0.0


async def test_metrics_count_queued_sent_and_failed_mail(mail_state, smtp_server):
    server = smtp_server("plain")
    server.recorder.refuse["user1@example.com"] = "550 no"
    state = mail_state(smtp_url=server.url(), metrics=True)
    sent, failed = _sample("accounts_mail_sent_total"), _sample("accounts_mail_failed_total")
    await queue(state, 3)
    app = create_app(state=state)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        body = (await c.get("/metrics")).text
        assert "accounts_mail_queued 3.0" in body
        assert 0 <= _sample("accounts_mail_oldest_queued_age_seconds") < 60  # queued just now
        await deliver_until_done(state.courier, state)
        body = (await c.get("/metrics")).text
    assert "accounts_mail_queued 0.0" in body
    assert "accounts_mail_oldest_queued_age_seconds 0.0" in body
    assert _sample("accounts_mail_sent_total") - sent == 2
    assert _sample("accounts_mail_failed_total") - failed == 1


@pytest.mark.parametrize("mode", ["inline", "off"])
async def test_the_lifespan_starts_the_courier_unless_it_is_off(mail_state, tmp_path, mode):
    state = mail_state(mail_courier=mode)
    app = create_app(state=state)
    async with app.router.lifespan_context(app):
        await queue(state)
        if mode == "inline":
            await eventually(lambda: list((tmp_path / "mail").glob("*.eml")), within=5)
        else:
            assert state.courier._task is None
    [row] = await rows(state)
    assert row.status == ("SENT" if mode == "inline" else "QUEUED")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://mail.example.com", "scheme must be smtp://"),
        ("smtp://mail.example.com:notaport", "port must be a number"),
        ("smtp://:587", "a host is required"),
        ("smtp://mail.example.com/path", "no path"),
        ("smtp://mail.example.com/?tls=yes", "the only query option"),
        ("smtp://mail.example.com/?disable_starttls=maybe", "true or false"),
        ("smtps://mail.example.com/?disable_starttls=true", "smtp:// only"),
    ],
)
def test_a_malformed_smtp_url_fails_at_startup_without_echoing_it(url, problem):
    secret_url = url.replace("//", "//user:hunter2@", 1) if "//:" not in url else url
    settings = Settings(_env_file=None, smtp_url=secret_url)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="ACCOUNTS_SMTP_URL is malformed") as raised:
        create_transport(settings)
    assert problem in str(raised.value) and "hunter2" not in str(raised.value)
    assert "hunter2" not in repr(settings)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://u:p%40ss@mail.example.com", ("mail.example.com", 587, "starttls", "u", "p@ss")),
        ("smtps://mail.example.com", ("mail.example.com", 465, "tls", None, None)),
        ("smtp://relay:25/?disable_starttls=true", ("relay", 25, "none", None, None)),
    ],
)
def test_smtp_urls_are_taken_apart(url, expected):
    endpoint = Settings(_env_file=None, smtp_url=url).smtp  # type: ignore[call-arg]
    assert endpoint is not None
    assert (
        endpoint.host,
        endpoint.port,
        endpoint.security,
        endpoint.username,
        endpoint.password,
    ) == expected


def test_mail_settings_defaults():
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.smtp is None and str(settings.mail_dir) == "mail"
    assert settings.mail_from == "accounts@localhost" and settings.mail_max_attempts == 8
    assert settings.mail_courier == "inline"
    with pytest.raises(ValueError, match="not an email address"):
        Settings(_env_file=None, mail_from="nobody")  # type: ignore[call-arg]
