"""Schemathesis hooks for the authenticated fuzzing run (loaded via SCHEMATHESIS_HOOKS).

Every generated case carries a valid session token. If a fuzzed ``updateUser`` deactivated
the account (which revokes its sessions), the next case logs in again, which reactivates it.
"""

from __future__ import annotations

import os

import requests
import schemathesis

API = os.environ["FUZZ_API"]
IDENTIFIER = os.environ["FUZZ_IDENTIFIER"]
PASSWORD = os.environ["FUZZ_PASSWORD"]
LOGIN = "mutation($i: LoginInput!) { login(input: $i) { ... on AuthSuccess { token } } }"


@schemathesis.auth(refresh_interval=None)
class SessionToken:
    token: str | None = None

    def _valid(self) -> bool:
        if not self.token:
            return False
        response = requests.post(
            API,
            json={"query": "{ me { id } }"},
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=10,
        )
        return bool(response.json()["data"]["me"])

    def get(self, case, context):
        if not self._valid():
            response = requests.post(
                API,
                json={
                    "query": LOGIN,
                    "variables": {"i": {"identifier": IDENTIFIER, "password": PASSWORD}},
                },
                timeout=10,
            )
            self.token = response.json()["data"]["login"]["token"]
        return self.token

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"
