"""docker-compose.yml's topology with local processes: two `accounts serve` replicas on one
PostgreSQL database, one Redis and one media directory, with the environment compose gives
them, behind Debian's nginx running deploy/nginx.conf (only the replicas' addresses and the
listening port changed), and a real SMTP server where compose has Mailpit.

Through the balancer, from a client on another loopback address: requests reach both replicas;
each replica sees the client's own address (the balancer is the one trusted proxy, so a forged
X-Forwarded-For changes nothing); the balancer's request id is the one the replica answers and
logs; a mail's link points at the balancer and opens the web app there; an image stored
through one replica is served by the other."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import IN_CI, PASSWORD, require_redis
from tests.e2e.nginx import running_nginx
from tests.e2e.server import free_port, running_server
from tests.e2e.test_email_lifecycle import next_mail
from tests.images import png
from tests.mail.smtp import SmtpServer
from tests.test_compose import accounts_environment

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
NGINX = "/usr/sbin/nginx"
CLIENT = "127.0.0.2"  # another loopback address: the client is not the balancer
REGISTER = """mutation ($input: RegisterUserInput!) {
  registerUser(input: $input) { __typename ... on VerificationRequired { handle } } }"""
VERIFY = """mutation V($input: VerifyEmailInput!) { verifyEmail(input: $input) { __typename } }"""
LOGIN = """mutation L($input: LoginInput!) {
  login(input: $input) { __typename ... on AuthSuccess { token } } }"""
SESSIONS = "{ sessions { ipAddress userAgent } }"
UPLOAD = """mutation ($image: Upload!) { updateUser(input: {image: $image}) {
  ... on UpdateUserSuccess { user { imageUrl } } } }"""


def require_nginx() -> str:
    if Path(NGINX).is_file():
        return NGINX
    reason = f"no nginx at {NGINX} (make test installs Debian's package)"
    if IN_CI:
        pytest.fail(f"{reason}; CI=true requires it", pytrace=False)
    pytest.skip(reason)


def site_conf(replicas: list[int], port: int) -> str:
    """deploy/nginx.conf with the compose service name replaced by the local replicas."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    upstream = re.compile(r"^(\s*)server accounts:8000( [^;]*)?;$", re.M)
    match = upstream.search(conf)
    assert match, "deploy/nginx.conf has no `server accounts:8000` line"
    servers = "\n".join(
        f"{match.group(1)}server 127.0.0.1:{p}{match.group(2) or ''};" for p in replicas
    )
    conf = upstream.sub(lambda _: servers, conf, count=1)
    assert re.search(r"^\s*listen 8080;$", conf, re.M)
    return re.sub(r"^(\s*)listen 8080;$", rf"\g<1>listen 127.0.0.1:{port};", conf, flags=re.M)


@contextmanager
def balancer(nginx: str, replicas: list[int], port: int, workdir: Path) -> Iterator[Path]:
    with running_nginx(nginx, site_conf(replicas, port), port, workdir) as served:
        yield served


def requests_served(workdir: Path, port: int) -> list[dict]:
    lines = (workdir / f"server-{port}.log").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e.get("event") == "request"]


def test_two_replicas_behind_nginx_as_docker_compose_runs_them(fresh_database, tmp_path):
    nginx = require_nginx()
    redis_url = require_redis()
    database = fresh_database("postgresql")
    smtp = SmtpServer("plain").start()
    port = free_port()
    public = f"http://localhost:{port}"
    env = accounts_environment(
        {
            "ACCOUNTS_SECRET_KEY": "k" * 48,
            "ACCOUNTS_PUBLIC_URL": public,
            "ACCOUNTS_WEBAUTHN_ORIGINS": public,
        }
    )
    env.update(
        ACCOUNTS_DATABASE_URL=database,
        ACCOUNTS_REDIS_URL=redis_url,
        ACCOUNTS_RATE_LIMIT_KEY_PREFIX=f"accounts-test-{uuid.uuid4().hex[:12]}",
        ACCOUNTS_SMTP_URL=smtp.url(),
        ACCOUNTS_MAIL_POLL_INTERVAL="0.2",
        ACCOUNTS_TRUSTED_PROXIES="127.0.0.1",  # the balancer's address here
        ACCOUNTS_MEDIA_DIR=str(tmp_path / "media"),  # the shared volume
    )
    ports = [free_port(), free_port()]
    try:
        with (
            running_server(database, tmp_path, env=env, port=ports[0]),
            running_server(database, tmp_path, env=env, port=ports[1]),
            balancer(nginx, ports, port, tmp_path / "nginx"),
            httpx.Client(
                base_url=f"http://127.0.0.1:{port}",
                transport=httpx.HTTPTransport(local_address=CLIENT),
                timeout=30,
            ) as client,
        ):
            person = {
                "email": "ada@example.com",
                "username": "ada_lovelace",
                "firstName": "Ada",
                "lastName": "Lovelace",
                "password": PASSWORD,
                "passwordConfirmation": PASSWORD,
            }
            forged = {"X-Forwarded-For": "203.0.113.9", "User-Agent": "scale-test/1"}
            answer = client.post(
                "/graphql",
                json={"query": REGISTER, "variables": {"input": person}},
                headers=forged,
            )
            # production hides whether an address is taken: no session before it is verified
            registered = answer.json()["data"]["registerUser"]
            assert registered["__typename"] == "VerificationRequired", registered
            assert re.fullmatch(r"[0-9a-f]{32}", answer.headers["x-request-id"])  # nginx's
            message, _ = next_mail(smtp, person["email"], 0)
            body = message.get_body(preferencelist=("plain",))
            assert body is not None
            [link] = re.findall(r"https?://\S+#code=\S+", body.get_content())
            assert link.startswith(f"{public}/account/verify#code=")
            page = client.get(link.split("#", 1)[0].removeprefix(public))
            assert page.status_code == 200 and 'name="accounts-config"' in page.text
            code = re.search(r"code=(\d{6})", link).group(1)
            proof = {"email": person["email"], "code": code, "handle": registered["handle"]}
            verified = client.post(
                "/graphql", json={"query": VERIFY, "variables": {"input": proof}}, headers=forged
            )
            assert verified.json()["data"]["verifyEmail"]["__typename"] == "EmailVerified"
            credentials = {"identifier": person["username"], "password": PASSWORD}
            signed_in = client.post(
                "/graphql",
                json={"query": LOGIN, "variables": {"input": credentials}},
                headers=forged,
            )
            token = signed_in.json()["data"]["login"]["token"]
            bearer = {"Authorization": f"Bearer {token}", **forged}
            [session] = client.post("/graphql", json={"query": SESSIONS}, headers=bearer).json()[
                "data"
            ]["sessions"]
            assert session == {"ipAddress": CLIENT, "userAgent": "scale-test/1"}

            for _ in range(20):
                assert client.post("/graphql", json={"query": "{ __typename }"}).status_code == 200
            ready = client.get("/readyz").json()
            assert ready["status"] == "ready" and ready["rate_limit_store"] == "redis"

            stored = client.post(
                "/graphql",
                headers={**bearer, "Apollo-Require-Preflight": "true"},
                data={
                    "operations": json.dumps({"query": UPLOAD, "variables": {"image": None}}),
                    "map": json.dumps({"0": ["variables.image"]}),
                },
                files={"0": ("me.png", png(), "image/png")},
            )
            image = stored.json()["data"]["updateUser"]["user"]["imageUrl"]
            for replica in ports:  # whichever replica stored it, each one serves it
                served = httpx.get(f"http://127.0.0.1:{replica}{image}")
                assert served.status_code == 200 and served.headers["content-type"] == "image/webp"
    finally:
        smtp.stop()
    served_by = [requests_served(tmp_path, replica) for replica in ports]
    assert all(len(requests) >= 5 for requests in served_by), [len(r) for r in served_by]
    ids = {answer.headers["x-request-id"]}
    assert any(e["request_id"] in ids for requests in served_by for e in requests)
