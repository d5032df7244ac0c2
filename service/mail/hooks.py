"""Webhook deliveries: the courier's second transport, HTTP POSTs signed as Standard Webhooks say.

Each outbox row of template ``webhook`` is one event for one endpoint. Its id is the event's
``webhook-id`` (``msg_`` and the row's id), the same on every retry, so a receiver drops the
repeats of an at-least-once delivery; ``webhook-timestamp`` is the attempt's time and
``webhook-signature`` ``v1,`` and the HMAC-SHA256 of ``id.timestamp.body`` under the secret
(``standardwebhooks``). A 2xx answer delivers it; a 5xx, 408, 429, a timeout or a connection
error is retried with mail's backoff; any other answer fails it for good.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import httpx
from standardwebhooks import Webhook

from service.clock import utcnow
from service.config import Settings
from service.mail.transport import DeliveryError

RETRIED = frozenset({408, 429})
USER_AGENT = "accounts-webhooks/1"
CONCURRENT = 8  # deliveries in flight at once, per courier


@dataclass(frozen=True, slots=True)
class Attempt:
    """How one delivery went: ``sent``, ``retry`` or ``failed``, and why not sent."""

    outcome: str
    reason: str | None = None


def webhook_id(message_id: uuid.UUID) -> str:
    return f"msg_{message_id.hex}"


def endpoint_label(url: str) -> str:
    """The endpoint as metrics name it: scheme, host and port, no path or query."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(unreadable URL)"
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"


class WebhookSender:
    def __init__(self, settings: Settings) -> None:
        secret = settings.webhook_secret
        self._signer = Webhook(secret.get_secret_value()) if secret is not None else None
        self._timeout = settings.webhook_timeout.total_seconds()

    def headers(self, message_id: uuid.UUID, body: str, now: datetime) -> dict[str, str]:
        if self._signer is None:
            raise DeliveryError("ACCOUNTS_WEBHOOK_SECRET is unset", permanent=True)
        msg_id = webhook_id(message_id)
        return {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": self._signer.sign(msg_id, now, body),
        }

    async def send(
        self, client: httpx.AsyncClient, url: str, message_id: uuid.UUID, body: str, now: datetime
    ) -> None:
        headers = self.headers(message_id, body, now)
        try:
            answer = await client.post(
                url, content=body.encode(), headers=headers, timeout=self._timeout
            )
        except httpx.TimeoutException:
            raise DeliveryError("the endpoint did not answer in time") from None
        except httpx.TransportError as exc:
            raise DeliveryError(f"cannot reach the endpoint: {type(exc).__name__}") from None
        except Exception as exc:  # a URL that cannot be sent to (invalid host, port): for good
            reason = f"cannot send to this URL: {type(exc).__name__}"
            raise DeliveryError(reason, permanent=True) from None
        if answer.is_success:
            return
        status = answer.status_code
        reason = f"the endpoint answered {status}"
        raise DeliveryError(reason, permanent=status < 500 and status not in RETRIED)

    def client(self) -> httpx.AsyncClient:
        # no redirects (a 3xx is an answer, not a delivery), no cookies kept, no proxy from env
        return httpx.AsyncClient(follow_redirects=False, trust_env=False)

    async def attempt(
        self,
        client: httpx.AsyncClient,
        url: str,
        message_id: uuid.UUID,
        body: str,
        deadline: float,
    ) -> Attempt:
        """One delivery, never raising: whatever goes wrong is its outcome."""
        try:
            async with asyncio.timeout_at(deadline):
                await self.send(client, url, message_id, body, utcnow())
        except DeliveryError as error:
            return Attempt("failed" if error.permanent else "retry", error.reason)
        except TimeoutError:
            return Attempt("retry", "sending took longer than the claim lease allows")
        return Attempt("sent")
