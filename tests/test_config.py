"""Settings read from ACCOUNTS_* environment variables."""

from __future__ import annotations

from datetime import timedelta

import pytest

from service.config import Settings

DURATIONS = [
    "SESSION_IDLE_TTL",
    "SESSION_MAX_TTL",
    "SESSION_REFRESH_INTERVAL",
    "MAIL_POLL_INTERVAL",
    "MAIL_RETRY_DELAY",
    "MAIL_RETRY_MAX_DELAY",
    "MAIL_CLAIM_LEASE",
    "MAIL_RETENTION",
    "CODE_TTL",
    "SECURITY_EVENT_RETENTION",
    "PASSKEY_CHALLENGE_TTL",
    "REAUTH_WINDOW",
]


@pytest.mark.parametrize("name", DURATIONS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3600", timedelta(hours=1)),
        (" 90 ", timedelta(seconds=90)),
        ("1.5", timedelta(seconds=1.5)),
        ("PT1H", timedelta(hours=1)),
        ("P7D", timedelta(days=7)),
    ],
)
def test_durations_in_plain_seconds_or_iso_8601(monkeypatch, name, text, expected):
    monkeypatch.setenv(f"ACCOUNTS_{name}", text)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert getattr(settings, name.lower()) == expected


def test_every_duration_setting_takes_plain_seconds(monkeypatch):
    names = [n for n, f in Settings.model_fields.items() if f.annotation is timedelta]
    assert sorted(names) == sorted(d.lower() for d in DURATIONS)
    for name in names:
        monkeypatch.setenv(f"ACCOUNTS_{name.upper()}", "120")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert {getattr(settings, name) for name in names} == {timedelta(minutes=2)}


def test_a_malformed_duration_is_refused(monkeypatch):
    monkeypatch.setenv("ACCOUNTS_SESSION_IDLE_TTL", "an hour")
    with pytest.raises(ValueError, match="session_idle_ttl"):
        Settings(_env_file=None)  # type: ignore[call-arg]
