"""The web app's locked npm packages, installed once per test session (`npm ci`)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "clients" / "web"


def npm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["npm", *args],
        cwd=WEB,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="session")
def web_node_modules() -> Path:
    if shutil.which("npm") is None:
        if IN_CI:
            pytest.fail("npm is required for the web app tests in CI", pytrace=False)
        pytest.skip("npm is not installed")
    installed = npm("ci", "--no-audit", "--no-fund")
    assert installed.returncode == 0, installed.stderr[-3000:]
    return WEB / "node_modules"
