"""The README's curl examples work as pasted, against a real server."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from service.cli import run_migrations
from tests.conftest import make_settings
from tests.e2e.server import running_server

README = Path(__file__).resolve().parents[2] / "README.md"


def example_block() -> str:
    text = README.read_text()
    section = text.split("## Example operations", 1)[1]
    match = re.search(r"```sh\n(.*?)```", section, re.S)
    assert match, "no sh block under Example operations"
    return match.group(1)


def test_readme_two_commands_open_the_file():
    head = README.read_text().split("\n## ", 1)[0]
    commands = re.findall(r"^make (\w+)", head, re.M)
    assert commands == ["run", "test"]


def test_readme_curl_examples(tmp_path):
    script = example_block()
    assert "API=http://127.0.0.1:8000/graphql" in script
    url = f"sqlite+aiosqlite:///{tmp_path}/accounts.db"
    run_migrations(make_settings(url))
    with running_server(url, tmp_path) as base:
        result = subprocess.run(
            [
                "bash",
                "-euo",
                "pipefail",
                "-c",
                script.replace("http://127.0.0.1:8000/graphql", f"{base}/graphql"),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    answers = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(answers) == 6, result.stdout
    register, me, sessions, update, logout, logout_all = answers
    image = next(line for line in lines if line.startswith("/media/"))
    assert image.endswith(".webp")
    assert "200 image/webp" in lines
    assert register["data"]["registerUser"]["__typename"] == "AuthSuccess"
    assert me["data"]["me"]["username"] == "ada_lovelace"
    assert len(sessions["data"]["sessions"]) == 2
    assert update["data"]["updateUser"]["user"]["bio"] == "First programmer"
    assert logout == {"data": {"logout": {"revokedSessions": 1}}}
    assert logout_all == {"data": {"logoutAll": {"revokedSessions": 2}}}
    assert any(line.startswith("acct_") for line in lines)
