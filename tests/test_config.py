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
    "TWO_FACTOR_CHALLENGE_TTL",
    "PASSKEY_CHALLENGE_TTL",
    "BREACHED_PASSWORD_TIMEOUT",
    "REAUTH_WINDOW",
    "OIDC_TIMEOUT",
    "OIDC_METADATA_TTL",
    "ACCESS_TOKEN_TTL",
    "WEBHOOK_TIMEOUT",
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


@pytest.mark.parametrize(
    ("rp_id", "origins"),
    [
        ("localhost", "http://localhost:8000"),
        ("example.com", "https://example.com, https://login.example.com:8443/"),
        ("accounts.example.com", "https://accounts.example.com"),
        ("localhost", "http://app.localhost:3000,http://localhost"),
    ],
)
def test_webauthn_relying_party_settings(monkeypatch, rp_id, origins):
    monkeypatch.setenv("ACCOUNTS_WEBAUTHN_RP_ID", rp_id)
    monkeypatch.setenv("ACCOUNTS_WEBAUTHN_ORIGINS", origins)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.webauthn_rp_id == rp_id
    assert settings.webauthn_origin_list == [o.strip().rstrip("/") for o in origins.split(",")]


@pytest.mark.parametrize(
    ("rp_id", "origins", "reason"),
    [
        ("https://example.com", "https://example.com", "webauthn_rp_id"),
        ("example.com:443", "https://example.com", "webauthn_rp_id"),
        ("Example.com", "https://example.com", "webauthn_rp_id"),
        ("127.0.0.1", "http://127.0.0.1:8000", "IP address"),
        ("", "http://localhost", "webauthn_rp_id"),
        ("example.com", "http://example.com", "only on localhost"),
        ("example.com", "https://evil.com", "not on the relying party ID"),
        ("example.com", "https://notexample.com", "not on the relying party ID"),
        ("example.com", "https://example.com/login", "not an origin"),
        ("example.com", "example.com", "not an origin"),
        ("example.com", "https://example.com:http", "port"),
        ("example.com", " , ", "at least one origin"),
    ],
)
def test_a_malformed_relying_party_stops_the_start(monkeypatch, rp_id, origins, reason):
    monkeypatch.setenv("ACCOUNTS_WEBAUTHN_RP_ID", rp_id)
    monkeypatch.setenv("ACCOUNTS_WEBAUTHN_ORIGINS", origins)
    with pytest.raises(ValueError, match=reason):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_the_service_refuses_to_start_with_a_foreign_origin(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCOUNTS_")}
    env["ACCOUNTS_WEBAUTHN_RP_ID"] = "example.com"
    env["ACCOUNTS_WEBAUTHN_ORIGINS"] = "https://example.com,https://example.net"
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "export-schema"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        'accounts: ACCOUNTS_WEBAUTHN_ORIGINS="https://example.com,https://example.net": '
        "'https://example.net' is not on the relying party ID 'example.com'"
    ]


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("redis://127.0.0.1:6379/0", True),
        ("rediss://cache.example.com:6380/1", True),
        ("async+redis://127.0.0.1:6379/0", True),
        ("redis+unix:///run/redis.sock", True),
        ("http://127.0.0.1:6379", False),
        ("127.0.0.1:6379", False),
    ],
)
def test_the_redis_url_takes_the_schemes_the_rate_limit_store_reads(monkeypatch, url, accepted):
    monkeypatch.setenv("ACCOUNTS_REDIS_URL", url)
    if accepted:
        assert Settings(_env_file=None).redis_url == url  # type: ignore[call-arg]
    else:
        with pytest.raises(ValueError, match="must start with redis://"):
            Settings(_env_file=None)  # type: ignore[call-arg]
