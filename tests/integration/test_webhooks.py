"""Webhooks: account events written to the outbox with their change, delivered by the courier
to a real local endpoint that verifies each with the ``standardwebhooks`` package; retried on
5xx, timeouts and a dead endpoint, failed for good on other answers, requeued by the CLI."""

from __future__ import annotations

import json
import tempfile
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlmodel import col

from service.accounts import webhooks
from service.clock import utcnow
from service.db.models import OutboxMessage
from service.mail.admin import list_messages, requeue
from service.mail.outbox import WEBHOOK
from service.state import AppState
from tests.conftest import GraphQLClient
from tests.e2e.server import free_port
from tests.helpers import login, register_verified
from tests.integration.receiver import SECRET, Receiver

TMP = Path(tempfile.mkdtemp(prefix="accounts-webhook-mail-"))
UPDATE = """mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename } }"""
LOGOUT = "mutation { logout { __typename } }"


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    endpoint = Receiver()
    yield endpoint
    endpoint.close()


def hooked(make_state: Callable[..., AppState], *urls: str, **overrides: Any) -> AppState:
    overrides.setdefault("mail_dir", TMP / "mail")
    return make_state(
        webhook_urls=list(urls),
        webhook_secret=SECRET,
        mail_retry_delay=timedelta(seconds=1),
        **overrides,
    )


async def deliveries(state: AppState) -> list[OutboxMessage]:
    async with state.unit_of_work() as uow:
        return await list_messages(uow, webhooks=True, limit=500)


async def due_now(state: AppState) -> None:
    async with state.unit_of_work() as uow:
        await uow.session.execute(
            update(OutboxMessage)
            .where(col(OutboxMessage.template) == WEBHOOK)
            .values(next_attempt_at=utcnow())
        )


async def test_account_events_reach_the_endpoint_signed_once_each(
    make_state: Callable[..., AppState],
    make_client: Callable[[AppState], GraphQLClient],
    receiver: Receiver,
):
    state = hooked(make_state, receiver.url)
    gql = make_client(state)
    registered = await register_verified(gql)
    user_id = registered["user"]["id"]
    token = (await login(gql, "ada_lovelace"))["token"]
    changed = await gql(UPDATE, {"input": {"firstName": "Augusta", "bio": "x"}}, token=token)
    assert changed["data"]["updateUser"]["__typename"] == "UpdateUserSuccess"
    assert (await gql(LOGOUT, token=token))["data"]["logout"]["__typename"] == "LogoutSuccess"
    while await state.courier.deliver_due():
        pass
    assert receiver.invalid == []
    assert receiver.types() == sorted(
        [
            "user.created",
            "user.email_verified",
            "session.created",
            "user.updated",
            "session.revoked",
        ]
    )
    for webhook_id, payload in receiver.delivered().items():
        assert webhook_id.startswith("msg_")
        assert set(payload) == {"type", "timestamp", "data"}
        assert payload["data"]["user_id"] == user_id
        assert payload["timestamp"].endswith("Z")
        if payload["type"] == "user.updated":
            assert payload["data"]["fields"] == ["bio", "first_name"]
        # ids and field names only: no address, name, code or token
        text = json.dumps(payload)
        for secret in ("ada@example.com", "Augusta", "Lovelace", token):
            assert secret not in text
    rows = await deliveries(state)
    assert {row.status for row in rows} == {"SENT"} and len(rows) == 5
    assert len(receiver.received) == 5  # each once


async def test_an_event_is_queued_with_its_change_and_only_with_it(
    make_state: Callable[..., AppState], receiver: Receiver
):
    state = hooked(make_state, receiver.url, "https://second.example/hooks")
    user_id = __import__("uuid").uuid4()
    with pytest.raises(RuntimeError):
        async with state.unit_of_work() as uow:
            await webhooks.emit(uow, "user.updated", user_id, fields=("bio",))
            raise RuntimeError("the change fails")
    assert await deliveries(state) == []
    async with state.unit_of_work() as uow:
        await webhooks.emit(uow, "user.updated", user_id, fields=("bio",))
    rows = await deliveries(state)
    assert sorted(row.recipient for row in rows) == sorted(
        [receiver.url, "https://second.example/hooks"]
    )
    assert {row.user_id for row in rows} == {None}  # kept when the account is deleted
    with pytest.raises(ValueError, match="unknown webhook event"):
        async with state.unit_of_work() as uow:
            await webhooks.emit(uow, "user.renamed", user_id)
    # without endpoints, nothing is queued
    plain = make_state()
    async with plain.unit_of_work() as uow:
        await webhooks.emit(uow, "user.deleted", user_id)
        rows = (await uow.session.execute(select(OutboxMessage))).scalars()
        assert sorted(json.loads(r.data)["type"] for r in rows) == ["user.updated"] * 2


async def test_an_endpoint_that_is_down_then_up_gets_every_event_once_per_id(
    make_state: Callable[..., AppState],
):
    port = free_port()
    state = hooked(make_state, f"http://127.0.0.1:{port}/hooks")
    ids = [__import__("uuid").uuid4() for _ in range(3)]
    async with state.unit_of_work() as uow:
        for user_id in ids:
            await webhooks.emit(uow, "user.created", user_id)
    assert await state.courier.deliver_due() == 3  # nobody listens: retried later
    rows = await deliveries(state)
    assert {(r.status, r.attempts) for r in rows} == {("QUEUED", 1)}
    assert all(r.next_attempt_at > utcnow() for r in rows)
    assert all(r.last_error.startswith("cannot reach the endpoint") for r in rows)
    assert await state.courier.deliver_due() == 0  # not due yet
    endpoint = Receiver(port)
    try:
        await due_now(state)
        assert await state.courier.deliver_due() == 3
        delivered = endpoint.delivered()
        assert sorted(p["data"]["user_id"] for p in delivered.values()) == sorted(map(str, ids))
        assert sorted(delivered) == sorted(f"msg_{r.id.hex}" for r in rows)  # the same ids
        assert len(endpoint.received) == 3
    finally:
        endpoint.close()


async def test_a_500_is_retried_a_400_fails_and_the_cli_requeues_it(
    make_state: Callable[..., AppState], receiver: Receiver
):
    state = hooked(make_state, receiver.url, mail_max_attempts=3)
    answers = {"first": 500, "second": 410}
    order: list[str] = []

    def status(webhook_id: str, attempt: int) -> int:
        if webhook_id not in order:
            order.append(webhook_id)
        name = ("first", "second", "third")[order.index(webhook_id)]
        return answers.get(name, 200) if attempt == 1 else 200

    receiver.status = status
    async with state.unit_of_work() as uow:
        for n in range(3):
            await webhooks.emit(uow, "session.revoked", __import__("uuid").uuid4(), utcnow())
            await uow.session.flush()
            # deliveries are picked in the order they were queued
            await uow.session.execute(
                update(OutboxMessage)
                .where(col(OutboxMessage.claimed_until).is_(None))
                .where(col(OutboxMessage.status) == "QUEUED")
                .where(col(OutboxMessage.attempts) == 0)
                .where(col(OutboxMessage.next_attempt_at) >= utcnow() - timedelta(seconds=5))
                .values(next_attempt_at=utcnow() - timedelta(minutes=10 - n))
                .execution_options(synchronize_session=False)
            )
    await state.courier.deliver_due()
    by_status = {r.status: r for r in await deliveries(state)}
    assert set(by_status) == {"SENT", "QUEUED", "FAILED"}
    assert by_status["QUEUED"].last_error == "the endpoint answered 500"
    assert by_status["FAILED"].last_error == "the endpoint answered 410"
    await due_now(state)
    await state.courier.deliver_due()
    assert sorted(r.status for r in await deliveries(state)) == ["FAILED", "SENT", "SENT"]
    async with state.unit_of_work() as uow:
        requeued = await requeue(uow, all_failed=True, webhooks=True)
    assert len(requeued.requeued) == 1
    await state.courier.deliver_due()
    assert sorted(r.status for r in await deliveries(state)) == ["SENT", "SENT", "SENT"]
    assert len(receiver.delivered()) == 3
    assert receiver.invalid == []


async def test_a_slow_endpoint_is_retried_after_its_timeout(
    make_state: Callable[..., AppState], receiver: Receiver
):
    state = hooked(make_state, receiver.url, webhook_timeout=timedelta(seconds=0.3))
    receiver.delay = 1.0
    async with state.unit_of_work() as uow:
        await webhooks.emit(uow, "password.changed", __import__("uuid").uuid4())
    await state.courier.deliver_due()
    (row,) = await deliveries(state)
    assert (row.status, row.attempts) == ("QUEUED", 1)
    assert row.last_error == "the endpoint did not answer in time"
    receiver.delay = 0.0
    await due_now(state)
    await state.courier.deliver_due()
    (row,) = await deliveries(state)
    assert row.status == "SENT"
    assert {r["id"] for r in receiver.received} == {f"msg_{row.id.hex}"}


async def test_the_cli_lists_and_requeues_failed_deliveries(
    make_state: Callable[..., AppState], database_url: str, tmp_path: Path
):
    from tests.test_cli import accounts

    state = hooked(make_state, "http://127.0.0.1:9/hooks")
    async with state.unit_of_work() as uow:
        await webhooks.emit(uow, "two_factor.enabled", __import__("uuid").uuid4())
        await uow.session.execute(
            update(OutboxMessage).values(status="FAILED", last_error="the endpoint answered 410")
        )
    listed = accounts(database_url, "webhooks", "list", "--status", "FAILED", cwd=tmp_path)
    (line,) = listed.stdout.splitlines()[1:]
    assert "two_factor.enabled" in line and "http://127.0.0.1:9 " in line
    assert line.rstrip().endswith("the endpoint answered 410")
    mail_only = accounts(database_url, "outbox", "list", cwd=tmp_path).stdout.splitlines()
    assert len(mail_only) == 1  # the header: deliveries are not mail
    retried = accounts(database_url, "webhooks", "retry", "--failed", cwd=tmp_path).stdout
    assert retried.splitlines()[0] == "requeued 1 message(s)"
    (row,) = await deliveries(state)
    assert (row.status, row.attempts) == ("QUEUED", 0)


async def test_mail_goes_first_and_slow_endpoints_are_waited_on_together(
    make_state: Callable[..., AppState], receiver: Receiver, tmp_path: Path
):
    """A batch holding mail and webhooks sends the mail before any webhook; the webhooks are
    in flight together, so a slow endpoint costs one wait, not one per event."""
    from service.mail import outbox

    state = hooked(make_state, receiver.url, mail_dir=tmp_path / "mail")
    receiver.delay = 0.5
    arrivals_saw_mail: list[bool] = []
    receiver.on_arrival = lambda: arrivals_saw_mail.append(any((tmp_path / "mail").glob("*.eml")))
    async with state.unit_of_work() as uow:
        for _ in range(5):
            await webhooks.emit(uow, "user.created", __import__("uuid").uuid4())
        await outbox.enqueue(
            uow, template="password_changed", to="ada@example.com", locale="en", data={}
        )
    assert await state.courier.deliver_due() == 6
    assert arrivals_saw_mail == [True] * 5
    assert receiver.most_in_flight > 1
    assert len(receiver.delivered()) == 5


async def test_a_url_no_request_can_go_to_fails_alone_and_is_listed(
    make_state: Callable[..., AppState], receiver: Receiver, tmp_path: Path, database_url: str
):
    """A row queued for a URL that cannot be sent to (written under another configuration):
    it fails for good, at once; the mail and the other deliveries of its batch go out."""
    from service.mail import outbox
    from tests.test_cli import accounts

    state = hooked(make_state, receiver.url, mail_dir=tmp_path / "mail")
    async with state.unit_of_work() as uow:
        await webhooks.emit(uow, "user.created", __import__("uuid").uuid4())
        await outbox.enqueue(
            uow, template="password_changed", to="ada@example.com", locale="en", data={}
        )
        for bad in ("http://[::1/hooks", "http://127.0.0.1:65536/x", "http://xn--a.example/"):
            uow.session.add(
                OutboxMessage(
                    template=WEBHOOK,
                    recipient=bad,
                    locale="",
                    data='{"data":{},"timestamp":"2026-12-07T00:00:00Z","type":"user.created"}',
                    created_at=utcnow(),
                    next_attempt_at=utcnow(),
                )
            )
    assert await state.courier.deliver_due() == 5
    rows = await deliveries(state)
    failed = sorted(r.last_error for r in rows if r.status == "FAILED")
    assert len(failed) == 3 and all(e.startswith("cannot send to this URL") for e in failed)
    assert [r.status for r in rows if r.recipient == receiver.url] == ["SENT"]
    assert len(list((tmp_path / "mail").glob("*.eml"))) == 1
    listed = accounts(database_url, "webhooks", "list", cwd=tmp_path)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 5


async def test_deliveries_are_counted_per_endpoint_and_outcome(
    make_state: Callable[..., AppState], receiver: Receiver
):
    from service.observability import REGISTRY

    def count(outcome: str) -> float:
        value = REGISTRY.get_sample_value(
            "accounts_webhook_deliveries_total",
            {"endpoint": f"http://127.0.0.1:{receiver.port}", "outcome": outcome},
        )
        return value or 0.0

    state = hooked(make_state, receiver.url)
    receiver.status = lambda _id, attempt: 503 if attempt == 1 else 200
    before = count("delivered"), count("retry")
    async with state.unit_of_work() as uow:
        await webhooks.emit(uow, "user.created", __import__("uuid").uuid4())
    await state.courier.deliver_due()
    await due_now(state)
    await state.courier.deliver_due()
    rows = await deliveries(state)
    assert [(r.status, r.attempts) for r in rows] == [("SENT", 2)]
    assert (count("delivered"), count("retry")) == (before[0] + 1, before[1] + 1)
