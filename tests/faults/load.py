"""Mixed traffic against a live server, every answer recorded with its time and outcome."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.conftest import PASSWORD
from tests.helpers import LOGIN, ME, REGISTER, registration

OWNER = "load_owner"
# Logins go to another account: each adds a session, and the per-user cap would soon evict
# the owner's, which the `me` loop uses.
LOGIN_USER = "load_login"


@dataclass
class Answer:
    kind: str
    started: float
    ended: float
    outcome: str  # "ok", "unavailable" or "unexpected"
    body: Any = None


def classify(kind: str, response: httpx.Response) -> tuple[str, Any]:
    if response.status_code != 200:
        return "unexpected", f"HTTP {response.status_code}: {response.text[:200]}"
    body = response.json()
    errors = body.get("errors") or []
    if errors:
        codes = {(error.get("extensions") or {}).get("code") for error in errors}
        return ("unavailable", body) if codes == {"SERVICE_UNAVAILABLE"} else ("unexpected", body)
    data = body["data"]
    if kind == "me":
        return (
            ("ok", body) if data["me"] and data["me"]["username"] == OWNER else ("unexpected", body)
        )
    typename = next(iter(data.values()))["__typename"]
    return ("ok", body) if typename == "AuthSuccess" else ("unexpected", body)


@dataclass
class Load:
    base: str
    token: str = ""
    answers: list[Answer] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def post(
        self, client: httpx.Client, query: str, variables: dict[str, Any], token: str = ""
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return client.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )

    def prepare(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            variables = {"input": registration(username=OWNER, email="owner@example.com")}
            body = self.post(client, REGISTER, variables).json()
            self.token = body["data"]["registerUser"]["token"]
            variables = {"input": registration(username=LOGIN_USER, email="login@example.com")}
            body = self.post(client, REGISTER, variables).json()
            assert body["data"]["registerUser"]["__typename"] == "AuthSuccess", body

    def _loop(self, kind: str) -> None:
        with httpx.Client(base_url=self.base, timeout=15) as client:
            while not self._stop.is_set():
                username = ""
                if kind == "me":
                    query, variables, token = ME, {}, self.token
                elif kind == "login":
                    query, token = LOGIN, ""
                    variables = {"input": {"identifier": LOGIN_USER, "password": PASSWORD}}
                else:
                    username = f"user_{uuid.uuid4().hex[:10]}"
                    query, token = REGISTER, ""
                    variables = {
                        "input": registration(username=username, email=f"{username}@example.com")
                    }
                started = time.monotonic()
                try:
                    response = self.post(client, query, variables, token)
                    outcome, body = classify(kind, response)
                except httpx.HTTPError as exc:
                    outcome, body = "unexpected", f"{type(exc).__name__}: {exc}"
                answer = Answer(kind, started, time.monotonic(), outcome, body)
                with self._lock:
                    self.answers.append(answer)
                    if kind == "register" and outcome == "ok":
                        self.acknowledged.append(username)
                time.sleep(0.01)

    def start(self) -> None:
        for kind in ("me", "me", "login", "register", "register"):
            thread = threading.Thread(target=self._loop, args=(kind,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=30)

    def readyz(self) -> int:
        return httpx.get(f"{self.base}/readyz", timeout=10).status_code

    def can_log_in(self, username: str) -> bool:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            variables = {"input": {"identifier": username, "password": PASSWORD}}
            body = self.post(client, LOGIN, variables).json()
            return bool(body["data"]["login"]["__typename"] == "AuthSuccess")

    def report(self, down_at: float, up_at: float, grace: float = 2.0) -> dict[str, Any]:
        def first_ok(kind: str) -> float | None:
            ends = [
                a.ended - up_at
                for a in self.answers
                if a.kind == kind and a.outcome == "ok" and a.ended > up_at
            ]
            return round(min(ends), 3) if ends else None

        return {
            "requests": len(self.answers),
            "unexpected": [(a.kind, a.body) for a in self.answers if a.outcome == "unexpected"][:5],
            "unavailable_during_outage": sum(1 for a in self.answers if a.outcome == "unavailable"),
            "slowest_answer_seconds": round(max(a.ended - a.started for a in self.answers), 3),
            "failed_after_recovery": [
                (a.kind, a.body)
                for a in self.answers
                if a.started >= up_at + grace and a.outcome != "ok"
            ][:5],
            "ok_after_recovery": sum(
                1 for a in self.answers if a.started >= up_at and a.outcome == "ok"
            ),
            "first_me_after_up": first_ok("me"),
            "first_login_after_up": first_ok("login"),
            "first_register_after_up": first_ok("register"),
            "outage_seconds": round(up_at - down_at, 2),
        }
