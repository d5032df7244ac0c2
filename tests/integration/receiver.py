"""A real local webhook endpoint: an HTTP server on loopback that verifies every delivery with
the ``standardwebhooks`` package (the specification's reference library, not the service's
code path) and keeps what it received, by ``webhook-id``."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYo="


class Receiver:
    """Answers each delivery with ``status(webhook_id, attempt)`` (200 by default), after
    ``delay`` seconds; ``received`` holds each verified delivery, ``invalid`` the rest."""

    def __init__(self, port: int = 0, secret: str = SECRET) -> None:
        self.verifier = Webhook(secret)
        self.received: list[dict[str, Any]] = []
        self.invalid: list[str] = []
        self.status: Callable[[str, int], int] = lambda _id, _attempt: 200
        self.delay = 0.0
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0
        self.on_arrival: Callable[[], None] = lambda: None
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    payload = receiver.verifier.verify(body, headers)
                except Exception as exc:
                    with receiver.lock:
                        receiver.invalid.append(f"{type(exc).__name__}: {exc}")
                    self._answer(400)
                    return
                receiver.on_arrival()
                with receiver.lock:
                    receiver.in_flight += 1
                    receiver.most_in_flight = max(receiver.most_in_flight, receiver.in_flight)
                time.sleep(receiver.delay)
                with receiver.lock:
                    receiver.in_flight -= 1
                with receiver.lock:
                    attempt = 1 + sum(
                        1 for r in receiver.received if r["id"] == headers["webhook-id"]
                    )
                    status = receiver.status(headers["webhook-id"], attempt)
                    receiver.received.append(
                        {"id": headers["webhook-id"], "status": status, "payload": payload}
                    )
                self._answer(status)

            def _answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def delivered(self) -> dict[str, dict[str, Any]]:
        """Each webhook-id answered 2xx, with its payload."""
        with self.lock:
            return {r["id"]: r["payload"] for r in self.received if 200 <= r["status"] < 300}

    def types(self) -> list[str]:
        return sorted(payload["type"] for payload in self.delivered().values())

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def body_of(row_data: str) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(row_data)
    return parsed
