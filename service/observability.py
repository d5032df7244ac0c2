"""Metrics (Prometheus) and structured logs: what operators see of the service.

Nothing secret or personal is recorded: no tokens, passwords, emails, usernames or client
addresses. GraphQL metrics are labelled by the operation's root fields (bounded by the schema)
rather than by the client-chosen operation name, which would let any client mint labels.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

GRAPHQL_REQUESTS = Counter(
    "accounts_graphql_requests_total",
    "GraphQL requests by operation (root fields) and outcome.",
    ["operation", "outcome"],
    registry=REGISTRY,
)
GRAPHQL_LATENCY = Histogram(
    "accounts_graphql_request_duration_seconds",
    "GraphQL request latency by operation (root fields).",
    ["operation"],
    registry=REGISTRY,
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
LOGINS = Counter(
    "accounts_logins_total",
    "Login attempts by outcome: success, invalid, suspended, limited, unverified, second_factor.",
    ["outcome"],
    registry=REGISTRY,
)
BREACHED_PASSWORD_CHECKS = Counter(
    "accounts_breached_password_checks_total",
    "Lookups of new passwords in the breached-password range API, by outcome: breached, "
    "clean, unreachable.",
    ["outcome"],
    registry=REGISTRY,
)
SESSIONS_ISSUED = Counter(
    "accounts_sessions_issued_total", "Sessions (tokens) issued.", registry=REGISTRY
)
SESSIONS_REVOKED = Counter(
    "accounts_sessions_revoked_total",
    "Sessions ended by logout, logoutAll, revokeSession, password change or status change.",
    registry=REGISTRY,
)
HASH_QUEUE = Gauge(
    "accounts_password_hash_queue",
    "argon2 hashes and verifications running or waiting in this process.",
    registry=REGISTRY,
)
RATE_LIMIT_STORE_FALLBACK = Gauge(
    "accounts_rate_limit_store_fallback",
    "1 while Redis is unreachable and this process counts attempts in its own memory.",
    registry=REGISTRY,
)
RATE_LIMIT_STORE_FAILOVERS = Counter(
    "accounts_rate_limit_store_failovers_total",
    "Times this process lost Redis and fell back to counting in memory.",
    registry=REGISTRY,
)

MAIL_SENT = Counter(
    "accounts_mail_sent_total",
    "Emails the SMTP server (or the .eml directory) accepted.",
    registry=REGISTRY,
)
MAIL_FAILED = Counter(
    "accounts_mail_failed_total",
    "Emails given up on: refused for good (5xx) or out of delivery attempts.",
    registry=REGISTRY,
)
MAIL_RETRIES = Counter(
    "accounts_mail_retries_total",
    "Delivery attempts that failed for now (server down, 4xx, TLS) and will be retried.",
    registry=REGISTRY,
)
WEBHOOK_DELIVERIES = Counter(
    "accounts_webhook_deliveries_total",
    "Webhook delivery attempts by endpoint (scheme, host, port) and outcome: delivered, retry "
    "(5xx, 408, 429, timeout, unreachable) or failed (any other answer, or out of attempts).",
    ["endpoint", "outcome"],
    registry=REGISTRY,
)
MAIL_QUEUED = Gauge(
    "accounts_mail_queued", "Emails waiting in the outbox (read at scrape).", registry=REGISTRY
)
MAIL_OLDEST_QUEUED_AGE = Gauge(
    "accounts_mail_oldest_queued_age_seconds",
    "Age of the oldest email waiting in the outbox; 0 when none waits (read at scrape).",
    registry=REGISTRY,
)

for outcome in ("success", "invalid", "suspended", "limited", "unverified", "second_factor"):
    LOGINS.labels(outcome)


def watch_hash_queue(depth: Callable[[], float]) -> None:
    HASH_QUEUE.set_function(depth)


class JsonFormatter(logging.Formatter):
    """One JSON object per line; ``extra={"fields": {...}}`` adds structured fields."""

    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        event.update(getattr(record, "fields", {}))
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        return json.dumps(event, default=str)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def logging_config(log_format: str, level: str) -> dict[str, Any]:
    """The ``logging.config.dictConfig`` of ``accounts serve`` (uvicorn applies it in every
    process): one handler on the root logger, so the service's lines, uvicorn's own ("Started
    server process", "Uvicorn running on …") and any library's come out in one format; with
    ``json``, every line on stderr is one JSON object."""
    formatter: dict[str, Any] = (
        {"()": "service.observability.JsonFormatter"}
        if log_format == "json"
        else {"format": TEXT_FORMAT}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["stderr"], "level": "WARNING"},
        "loggers": {
            "service": {"level": level},
            "uvicorn": {"level": level, "handlers": [], "propagate": True},
            "uvicorn.error": {"level": level, "handlers": [], "propagate": True},
            "uvicorn.access": {"level": level, "handlers": [], "propagate": True},
            "py.warnings": {"level": "WARNING"},
        },
    }
