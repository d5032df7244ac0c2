"""End to end, on a real server in production mode: hostile requests are refused fast, with a
reason, and never hold up /healthz."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.e2e.server import running_server
from tests.graphql.policy.test_budget import chain


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("hostile")
    url = f"sqlite+aiosqlite:///{workdir}/accounts.db"
    from service.cli import run_migrations
    from tests.conftest import make_settings

    run_migrations(make_settings(url))
    # plain seconds for a duration: the server used to crash at start on this
    env = {"ACCOUNTS_ENV": "production", "ACCOUNTS_SESSION_IDLE_TTL": "3600"}
    with running_server(url, workdir, env=env) as base:
        yield base, workdir


def test_fragment_chains_are_refused_while_healthz_answers(server):
    """The P7 repro (n=20 took 3 s, n=190 would take ages): a generous 5 s bound each."""
    base, _ = server

    def post(n: int) -> httpx.Response:
        return httpx.post(f"{base}/graphql", json={"query": chain(n)}, timeout=5)

    with ThreadPoolExecutor(4) as pool:
        chains = [pool.submit(post, n) for n in (20, 190, 20, 190)]
        health = [httpx.get(f"{base}/healthz", timeout=5) for _ in range(5)]
        answers = [future.result() for future in chains]
    assert {response.status_code for response in health} == {200}
    for response in answers:
        assert response.headers["cache-control"] == "no-store"
        errors = response.json()["errors"]
        assert [e["extensions"]["rule"] for e in errors] == ["MaxFragmentSpreads"]


def test_malformed_bodies_are_400_without_a_trace(server):
    base, workdir = server
    for body in (b"1", b'"x"', b"null", b"true"):
        response = httpx.post(
            f"{base}/graphql", content=body, headers={"content-type": "application/json"}
        )
        assert (response.status_code, response.text) == (
            400,
            "A GraphQL request must be a JSON object.",
        )
    logs = "".join(path.read_text() for path in workdir.glob("server-*.log"))
    assert "Traceback" not in logs
