"""What `accounts serve` tells an operator, read from a real process's stderr: every line is
JSON (uvicorn's own included), the addresses to open come first, and a database that cannot be
reached is named (never with its password) once per attempt, with a growing pause, while
`/readyz` answers 503 and the courier stays quiet."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest

from tests.e2e.server import free_port, running_server

pytestmark = pytest.mark.e2e


def log_lines(workdir: Path, port: int) -> list[str]:
    return [line for line in (workdir / f"server-{port}.log").read_text().splitlines() if line]


def test_every_line_is_json_and_the_first_says_where_to_go(fresh_database, tmp_path):
    port = free_port()
    with running_server(fresh_database("sqlite"), tmp_path, port=port) as base:
        assert httpx.get(f"{base}/", follow_redirects=False).headers["location"] == "/account/"
        httpx.post(f"{base}/graphql", json={"query": "{ __typename }"})
    lines = log_lines(tmp_path, port)
    events = [json.loads(line) for line in lines]  # every line, or this raises
    first = events[0]
    assert first["event"] == "serving"
    assert first["web_app"] == f"http://localhost:{port}/account/"
    assert first["graphiql"] == f"http://localhost:{port}/graphql"
    assert first["passkey_origins"] == f"http://localhost:{port}"
    uvicorn = [e["message"] for e in events if e["logger"].startswith("uvicorn")]
    assert f"Uvicorn running on http://127.0.0.1:{port} (Press CTRL+C to quit)" in uvicorn
    assert "Application startup complete." in uvicorn
    assert any(m.startswith("Finished server process") for m in uvicorn)
    assert any(e.get("event") == "request" and e["path"] == "/graphql" for e in events)


def test_an_unreachable_database_is_named_and_retried_with_backoff(tmp_path):
    closed = free_port()
    url = f"postgresql+asyncpg://app:hunter2secret@127.0.0.1:{closed}/accounts"
    port = free_port()
    env = {"ACCOUNTS_DB_CONNECT_TIMEOUT": "1", "ACCOUNTS_MAIL_POLL_INTERVAL": "0.2"}
    with running_server(url, tmp_path, port=port, env=env) as base:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            waits = [
                json.loads(line)
                for line in log_lines(tmp_path, port)
                if '"database_unreachable"' in line
            ]
            if len(waits) >= 3:
                break
            time.sleep(0.2)
        assert httpx.get(f"{base}/healthz").status_code == 200
        ready = httpx.get(f"{base}/readyz")
        assert ready.status_code == 503 and ready.json()["database"] == "unreachable"
    text = "\n".join(log_lines(tmp_path, port))
    assert "hunter2secret" not in text
    assert "mail" not in text.lower().replace("mail_poll", "")  # the courier waits in silence
    assert [w["retry_in_seconds"] for w in waits[:3]] == [1, 2, 4]
    assert {w["database"] for w in waits} == {
        f'PostgreSQL database "accounts" at 127.0.0.1:{closed}'
    }
    assert waits[0]["message"] == (
        f'cannot reach the PostgreSQL database "accounts" at 127.0.0.1:{closed}: connection '
        "refused (is the server running, on this host and port?); trying again in 1 s"
    )
