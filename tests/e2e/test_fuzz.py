"""schemathesis (GraphQL mode) against a live server: no input makes it fail.

Expected failures are union members (data), so schemathesis' server-error check holds the
service to that. Two bounded runs with a fixed seed: anonymous operations, then every
operation with a valid session except ``logout``/``logoutAll``/``deleteAccount``/``setPassword`` (which end
the session the run needs). Fields that require a session answer UNAUTHENTICATED by contract, so the anonymous run
covers the operations that need none.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import PASSWORD
from tests.e2e.server import running_server
from tests.helpers import REGISTER, registration

ROOT = Path(__file__).resolve().parents[2]
SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")
SECONDS_PER_RUN = int(os.environ.get("ACCOUNTS_TEST_FUZZ_SECONDS", "12"))
ANONYMOUS = [
    "Query.me",
    "Mutation.registerUser",
    "Mutation.login",
    "Mutation.verifyEmail",
    "Mutation.requestPasswordReset",
    "Mutation.resetPassword",
    "Mutation.completeLogin",
    "Mutation.beginPasskeyLogin",
    "Mutation.finishPasskeyLogin",
]


def schemathesis(base: str, workdir: Path, *selection: str, env: dict[str, str] | None = None):
    command = [
        SCHEMATHESIS,
        "run",
        str(ROOT / "schema.graphql"),
        "--url",
        f"{base}/graphql",
        "--max-time",
        str(SECONDS_PER_RUN),
        "--seed",
        "20261122",
        "--checks",
        "not_a_server_error",
        "--workers",
        "1",
        "--no-color",
        *selection,
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=SECONDS_PER_RUN + 120,
        cwd=workdir,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )
    print(result.stdout[-3000:])
    return result


def counts(output: str) -> tuple[int, int]:
    match = re.search(r"(\d+) generated, (\d+) passed", output)
    assert match, output[-2000:]
    return int(match.group(1)), int(match.group(2))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_schemathesis_finds_no_failures(fresh_database, tmp_path, backend):
    url = fresh_database(backend)
    env = {"ACCOUNTS_RATE_LIMIT_ENABLED": "true", "ACCOUNTS_RATE_LIMIT_LOGIN_PER_IP": "100000/hour"}
    with running_server(url, tmp_path, env=env) as base:
        created = httpx.post(
            f"{base}/graphql",
            json={
                "query": REGISTER,
                "variables": {
                    "input": registration(email="fuzz@example.com", username="fuzz_user")
                },
            },
            timeout=30,
        ).json()["data"]["registerUser"]
        assert created["__typename"] == "AuthSuccess"

        anonymous = schemathesis(
            base, tmp_path, *[a for name in ANONYMOUS for a in ("--include-name", name)]
        )
        assert anonymous.returncode == 0, anonymous.stdout[-4000:]
        generated, passed = counts(anonymous.stdout)
        assert generated == passed > 0

        authenticated = schemathesis(
            base,
            tmp_path,
            "--exclude-name",
            "Mutation.logout",
            "--exclude-name",
            "Mutation.logoutAll",
            "--exclude-name",
            "Mutation.deleteAccount",
            "--exclude-name",
            "Mutation.setPassword",
            env={
                "SCHEMATHESIS_HOOKS": "tests.e2e.schemathesis_hooks",
                "FUZZ_API": f"{base}/graphql",
                "FUZZ_IDENTIFIER": "fuzz@example.com",
                "FUZZ_PASSWORD": PASSWORD,
            },
        )
        assert authenticated.returncode == 0, authenticated.stdout[-4000:]
        generated, passed = counts(authenticated.stdout)
        assert generated == passed > 0
        assert "35 selected / 39 total" in authenticated.stdout
        assert "9 selected / 39 total" in anonymous.stdout
        # the server is still healthy afterwards
        assert httpx.get(f"{base}/readyz", timeout=10).status_code == 200
