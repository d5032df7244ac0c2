"""docker-compose.yml describes a topology that can run as written (no Docker engine here, so
its structure is checked; tests/e2e/test_scaling.py runs the same topology with local
processes and the same nginx configuration): replicas reached only through a real balancer,
which they trust for client addresses; a public URL and passkey origins at the balancer; mail
to a development catcher unless an SMTP URL is given; media on a volume every replica mounts;
and settings every replica accepts."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SUBSTITUTION = re.compile(r"\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}")


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


def substitute(value: str, given: dict[str, str]) -> str:
    """What `docker compose` makes of ``${NAME:-default}`` and ``${NAME:?error}``."""

    def one(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in given:
            return given[name]
        assert default is not None, f"${{{name}}} has no default and was not given"
        return default

    return SUBSTITUTION.sub(one, value)


def accounts_environment(given: dict[str, str] | None = None) -> dict[str, str]:
    env = compose()["services"]["accounts"]["environment"]
    return {name: substitute(str(value), given or {}) for name, value in env.items()}


SECRET = {"ACCOUNTS_SECRET_KEY": "k" * 48}


def test_the_services_and_their_images():
    services = compose()["services"]
    assert set(services) == {"postgres", "redis", "mailpit", "migrate", "accounts", "balancer"}
    assert services["postgres"]["image"].startswith("postgres:16")
    assert services["redis"]["image"].startswith("redis:7")
    assert services["balancer"]["image"].startswith("nginx:")
    assert services["mailpit"]["image"].startswith("axllent/mailpit:")
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^USER (?!root)\w+", dockerfile, re.M), "image must not run as root"


def test_replicas_publish_no_port_and_the_balancer_reaches_them():
    services = compose()["services"]
    accounts = services["accounts"]
    assert "ports" not in accounts, "a published port fails for the second replica"
    assert accounts["expose"] == ["8000"]
    assert "--port" in accounts["command"]
    assert accounts["command"][accounts["command"].index("--port") + 1] == "8000"
    assert accounts["deploy"]["replicas"] >= 2
    assert "/readyz" in " ".join(accounts["healthcheck"]["test"])
    balancer = services["balancer"]
    assert balancer["depends_on"]["accounts"]["condition"] == "service_healthy"
    [mount] = balancer["volumes"]
    source, target, mode = mount.split(":")
    assert (source, target, mode) == (
        "./deploy/nginx.conf",
        "/etc/nginx/conf.d/default.conf",
        "ro",
    )
    conf = (ROOT / source).read_text()
    assert re.search(r"^\s*server accounts:8000\b", conf, re.M), "the upstream is the service"
    [listen] = re.findall(r"^\s*listen (\d+);", conf, re.M)
    [published] = balancer["ports"]
    assert published == f"{listen}:{listen}"
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in conf


def test_replicas_trust_the_balancer_and_only_it():
    services = compose()["services"]
    address = services["balancer"]["networks"]["default"]["ipv4_address"]
    [subnet] = compose()["networks"]["default"]["ipam"]["config"]
    import ipaddress

    assert ipaddress.ip_address(address) in ipaddress.ip_network(subnet["subnet"])
    assert accounts_environment(SECRET)["ACCOUNTS_TRUSTED_PROXIES"] == address


def test_the_public_url_and_passkeys_are_at_the_balancer():
    env = accounts_environment(SECRET)
    port = compose()["services"]["balancer"]["ports"][0].split(":")[0]
    assert env["ACCOUNTS_PUBLIC_URL"] == f"http://localhost:{port}"
    assert env["ACCOUNTS_WEBAUTHN_ORIGINS"] == env["ACCOUNTS_PUBLIC_URL"]
    assert env["ACCOUNTS_WEB_UI"] == "true"  # the pages the mail links open
    given = {"ACCOUNTS_PUBLIC_URL": "https://id.example.com", **SECRET}
    assert accounts_environment(given)["ACCOUNTS_PUBLIC_URL"] == "https://id.example.com"


def test_mail_goes_to_the_catcher_unless_an_smtp_url_is_given():
    env = accounts_environment(SECRET)
    assert env["ACCOUNTS_SMTP_URL"] == "smtp://mailpit:1025/?disable_starttls=true"
    production = "smtp://mailer:secret@smtp.example.com:587"
    given = {"ACCOUNTS_SMTP_URL": production, **SECRET}
    assert accounts_environment(given)["ACCOUNTS_SMTP_URL"] == production


def test_media_is_on_a_volume_every_replica_mounts():
    accounts = compose()["services"]["accounts"]
    env = accounts_environment(SECRET)
    [mount] = accounts["volumes"]
    volume, path = mount.split(":")
    assert path == env["ACCOUNTS_MEDIA_DIR"]
    assert volume in compose()["volumes"], "a named volume, shared by the replicas"


def test_the_secret_key_is_required():
    with pytest.raises(AssertionError, match="ACCOUNTS_SECRET_KEY"):
        accounts_environment({})


def test_every_replica_accepts_the_settings(monkeypatch):
    """The environment compose gives the replicas (and the migration) is valid as written."""
    services = compose()["services"]
    assert services["migrate"]["environment"] == services["accounts"]["environment"]
    env = accounts_environment(SECRET)
    assert env and all(name.startswith("ACCOUNTS_") for name in env)
    assert set(env) <= {f"ACCOUNTS_{name.upper()}" for name in Settings.model_fields}
    for name in list(os.environ):
        if name.startswith("ACCOUNTS_"):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.is_production and settings.web_ui_enabled
    assert settings.smtp is not None and settings.smtp.host == "mailpit"
    assert settings.trusted_proxies == [env["ACCOUNTS_TRUSTED_PROXIES"]]
