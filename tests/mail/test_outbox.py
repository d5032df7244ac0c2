"""The outbox: a message commits or rolls back with the change that queued it."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlmodel import select

from service.db.models import OutboxMessage, OutboxStatus
from service.db.unit_of_work import UnitOfWork
from service.mail.outbox import discard_messages, enqueue


async def _messages(state) -> list[OutboxMessage]:
    async with UnitOfWork.open(state.session_factory) as uow:
        return list((await uow.session.execute(select(OutboxMessage))).scalars())


async def test_a_message_commits_with_its_unit_of_work(state):
    user_id = uuid.uuid4()
    async with UnitOfWork.open(state.session_factory) as uow:
        await enqueue(
            uow,
            template="verify_email",
            to="ada@example.com",
            locale="de",
            data={"code": "123456", "username": "ada"},
            user_id=user_id,
        )
    [message] = await _messages(state)
    assert (message.recipient, message.template, message.locale) == (
        "ada@example.com",
        "verify_email",
        "de",
    )
    assert json.loads(message.data) == {"code": "123456", "username": "ada"}
    assert message.status == OutboxStatus.QUEUED and message.attempts == 0
    assert message.user_id == user_id and message.next_attempt_at == message.created_at


async def test_a_message_rolls_back_with_its_unit_of_work(state):
    with pytest.raises(RuntimeError):
        async with UnitOfWork.open(state.session_factory) as uow:
            await enqueue(
                uow, template="password_changed", to="a@example.com", locale="en", data={}
            )
            raise RuntimeError("the change failed")
    assert await _messages(state) == []


async def test_an_unknown_template_is_refused(state):
    async with UnitOfWork.open(state.session_factory) as uow:
        with pytest.raises(ValueError, match="unknown mail template"):
            await enqueue(uow, template="nope", to="a@example.com", locale="en", data={})


async def test_discarding_drops_every_message_of_the_account_and_only_those(state):
    mine, other = uuid.uuid4(), uuid.uuid4()
    async with UnitOfWork.open(state.session_factory) as uow:
        for user_id in (mine, mine, other, None):
            await enqueue(
                uow,
                template="new_signin",
                to="a@example.com",
                locale="en",
                data={},
                user_id=user_id,
            )
        sent = await enqueue(
            uow, template="new_signin", to="a@example.com", locale="en", data={}, user_id=mine
        )
        sent.status = OutboxStatus.SENT.value
    async with UnitOfWork.open(state.session_factory) as uow:
        assert await discard_messages(uow, mine) == 3  # the sent one too: it names the address
    left = await _messages(state)
    assert sorted((m.user_id == mine, m.status) for m in left) == [
        (False, "QUEUED"),
        (False, "QUEUED"),
    ]
