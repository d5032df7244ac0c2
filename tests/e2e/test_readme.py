"""The README's commands and curl examples, and the full walk-through in docs/clients.md, work
as pasted, against a real server."""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

from service.cli import run_migrations
from tests.conftest import make_settings
from tests.e2e.server import running_server

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
CLIENTS = ROOT / "docs" / "clients.md"


def sh_block(page: Path, heading: str, containing: str = "") -> str:
    """The first ```sh block under ``heading`` (that contains ``containing``)."""
    section = page.read_text().split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]
    blocks = [b for b in re.findall(r"```sh\n(.*?)```", section, re.S) if containing in b]
    assert blocks, f"no sh block under {heading} in {page.name}"
    return re.sub(r"^ {3}", "", blocks[0], flags=re.M)  # a block inside a list item


def run(script: str, base: str, cwd: Path) -> list[str]:
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script.replace("http://127.0.0.1:8000", base)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.strip()]


def test_readme_two_commands_open_the_file():
    head = README.read_text().split("\n## ", 1)[0]
    commands = re.findall(r"^make (\w+)", head, re.M)
    assert commands == ["run", "test"]


def test_readme_first_five_operations_then_the_newest_code(tmp_path):
    """The examples, then the recipe that prints the newest code: the verification code
    (the sign-in notice that came after it has none)."""
    script = sh_block(README, "## Example operations")
    assert "API=http://127.0.0.1:8000/graphql" in script
    url = f"sqlite+aiosqlite:///{tmp_path}/accounts.db"
    run_migrations(make_settings(url))
    with running_server(url, tmp_path) as base:
        lines = run(script, base, tmp_path)
        answers = [json.loads(line) for line in lines if line.startswith("{")]
        assert len(answers) == 4, lines
        register, me, update, logout = answers
        assert register["data"]["registerUser"]["__typename"] == "AuthSuccess"
        assert me["data"]["me"]["username"] == "ada_lovelace"
        assert me["data"]["me"]["emailVerified"] is False
        assert update["data"]["updateUser"]["user"]["bio"] == "First programmer"
        assert logout == {"data": {"logout": {"revokedSessions": 1}}}
        deadline = time.monotonic() + 10
        while len(list((tmp_path / "mail").glob("*.eml"))) < 2:  # the code and the notice
            assert time.monotonic() < deadline, "the mail was not written"
            time.sleep(0.1)
        recipe = sh_block(README, "## First steps", containing="mail/")
        [code] = run(recipe, base, tmp_path)
    assert re.fullmatch(r"\d{6}", code)
    mails = [p.read_text() for p in (tmp_path / "mail").glob("*.eml")]
    [verification] = [m for m in mails if "Subject: Your verification code" in m]
    assert f"\n    {code}\n" in verification


def test_the_full_walkthrough_in_the_clients_page(tmp_path):
    script = sh_block(CLIENTS, "## The API by example")
    assert "API=http://127.0.0.1:8000/graphql" in script
    url = f"sqlite+aiosqlite:///{tmp_path}/accounts.db"
    run_migrations(make_settings(url))
    before = set(tmp_path.iterdir())
    with running_server(url, tmp_path) as base:
        lines = run(script, base, tmp_path)
    answers = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(answers) == 6, lines
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
    left = {p.name for p in set(tmp_path.iterdir()) - before}
    assert not {name for name in left if name.endswith(".png")}, left  # nothing left behind
