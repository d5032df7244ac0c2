"""Every default docs/configuration.md's tables and docs/security.md's rate-limit table state
is the default the service runs with (an operator reading either gets what is written)."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from limits import parse

from service.config import Settings

ROOT = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\| `(ACCOUNTS_[A-Z0-9_]+)` \| (.+?) \| .* \|$")
DURATION = re.compile(r"^(\d+(?:\.\d+)?) (days?|hours?|minutes?|s)$")
UNITS = {
    "day": "days",
    "days": "days",
    "hour": "hours",
    "hours": "hours",
    "minute": "minutes",
    "minutes": "minutes",
    "s": "seconds",
}


def _readme_defaults() -> dict[str, str]:
    rows = {}
    for line in (ROOT / "docs" / "configuration.md").read_text().splitlines():
        if match := ROW.match(line):
            rows[match.group(1)] = match.group(2)
    return rows


def _defaults(monkeypatch: pytest.MonkeyPatch, **values: Any) -> Settings:
    for name in list(os.environ):
        if name.startswith("ACCOUNTS_"):
            monkeypatch.delenv(name)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _expected(text: str) -> object:
    """What the default cell means, as the setting's value."""
    if text in ("unset",) or text.startswith("required in production"):
        return None
    if text == "empty":
        return []
    if text in ("on in development", "on in production") or text.startswith("by environment"):
        return None  # follows ACCOUNTS_ENV, checked below
    if text.startswith("number of CPUs"):
        return os.cpu_count() or 1
    literal = re.match(r"^`([^`]+)`", text)
    assert literal, f"no literal default in {text!r}"
    value = literal.group(1)
    if duration := DURATION.match(value):
        amount, unit = float(duration.group(1)), UNITS[duration.group(2)]
        return timedelta(**{unit: amount})
    if value in ("true", "false"):
        return value == "true"
    if re.fullmatch(r"\d+", value):
        return int(value)
    return value


def test_the_configuration_tables_state_the_defaults(monkeypatch):
    settings = _defaults(monkeypatch)
    rows = _readme_defaults()
    assert len(rows) >= 60, sorted(rows)
    for env_name, cell in rows.items():
        field = env_name.removeprefix("ACCOUNTS_").lower()
        actual = getattr(settings, field)
        expected = _expected(cell)
        if isinstance(actual, Path):
            actual = str(actual) if str(actual).startswith("/") else f"./{actual}"
        assert actual == expected, f"{env_name}: the docs say {cell!r}, the code has {actual!r}"


@pytest.mark.parametrize(
    "switch", ["graphiql", "web_ui", "introspection", "get_queries", "metrics"]
)
def test_on_in_development_off_in_production_unless_set(monkeypatch, switch):
    """Configuration: "`production` turns GraphiQL, introspection, field suggestions and queries
    over GET off unless set explicitly"; metrics are "off in production unless
    `ACCOUNTS_METRICS=true`"."""
    enabled = f"{switch}_enabled"
    assert getattr(_defaults(monkeypatch), enabled) is True
    assert getattr(_defaults(monkeypatch, env="production"), enabled) is False
    assert getattr(_defaults(monkeypatch, env="production", **{switch: True}), enabled) is True
    assert getattr(_defaults(monkeypatch, **{switch: False}), enabled) is False


def test_production_hides_registered_emails_and_refuses_breached_passwords(monkeypatch):
    """Configuration: `ACCOUNTS_HIDE_REGISTERED_EMAILS` "on in production";
    `ACCOUNTS_BREACHED_PASSWORD_CHECK` "`enforce` in production, `off` in development"."""
    development, production = _defaults(monkeypatch), _defaults(monkeypatch, env="production")
    assert (development.registered_emails_hidden, production.registered_emails_hidden) == (
        False,
        True,
    )
    assert (development.breached_passwords, production.breached_passwords) == ("off", "enforce")
    chosen = _defaults(
        monkeypatch,
        env="production",
        hide_registered_emails=False,
        breached_password_check="warn",
    )
    assert (chosen.registered_emails_hidden, chosen.breached_passwords) == (False, "warn")


SECURITY_ROW = re.compile(r"^\| `(ACCOUNTS_RATE_LIMIT_[A-Z_]+)`(?: / `(_[A-Z_]+)`)? \| ([^|]+) \|")


def _limit(text: str) -> tuple[int, int]:
    item = parse(re.sub(r" min$", " minutes", text.strip().replace(" / ", "/")))
    return item.amount, item.get_expiry()


def test_the_security_rate_limit_table_states_the_defaults(monkeypatch):
    settings = _defaults(monkeypatch)
    found = set()
    for line in (ROOT / "docs" / "security.md").read_text().splitlines():
        match = SECURITY_ROW.match(line)
        if not match:
            continue
        first, second, cell = match.groups()
        names = [first]
        if second:
            names.append(first.rsplit("_", 2)[0] + second)
        for env_name, text in zip(names, cell.split(","), strict=True):
            field = env_name.removeprefix("ACCOUNTS_").lower()
            assert _limit(text) == _limit(getattr(settings, field)), env_name
            found.add(field)
    budgets = {
        name
        for name, info in Settings.model_fields.items()
        if name.startswith("rate_limit_")
        and info.annotation is str
        and name != "rate_limit_key_prefix"
    }
    assert found == budgets  # every budget is in the table


def test_security_states_argon2_cffi_defaults(monkeypatch):
    """docs/security.md: "argon2id (argon2-cffi defaults: t=3, m=64 MiB, p=4)"."""
    settings = _defaults(monkeypatch)
    text = (ROOT / "docs" / "security.md").read_text()
    assert "argon2-cffi defaults: t=3, m=64 MiB, p=4" in text
    assert (
        settings.argon2_time_cost,
        settings.argon2_memory_cost,
        settings.argon2_parallelism,
    ) == (
        3,
        64 * 1024,
        4,
    )
