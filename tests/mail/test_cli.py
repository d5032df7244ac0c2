"""accounts outbox list | retry, run as a subprocess on the test database."""

from __future__ import annotations

from sqlalchemy import update

from service.db.models import OutboxMessage, OutboxStatus
from service.db.unit_of_work import UnitOfWork
from tests.mail.support import accounts, queue, rows


async def _fail(state, *messages: OutboxMessage) -> None:
    async with UnitOfWork.open(state.session_factory) as uow:
        for message in messages:
            await uow.session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == message.id)
                .values(status="FAILED", attempts=8, last_error="550 no such mailbox", data="{}")
            )


async def test_outbox_list_shows_the_delivery_state_and_never_the_values(mail_state, tmp_path):
    state = mail_state()
    [code] = await queue(state, data={"code": "918273", "username": "zelda-q"})
    [notice] = await queue(state, template="password_changed", to="bob@example.com", data={})
    await _fail(state, notice)

    listed = accounts(state, "outbox", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "918273" not in listed.stdout and "zelda-q" not in listed.stdout
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "template", "recipient", "status"]
    assert any(str(code.id) in line and "QUEUED" in line for line in lines)
    assert any(
        str(notice.id) in line and "FAILED" in line and "550 no such mailbox" in line
        for line in lines
    )
    failed_only = accounts(state, "outbox", "list", "--status", "failed", cwd=tmp_path)
    assert str(notice.id) in failed_only.stdout and str(code.id) not in failed_only.stdout


async def test_outbox_retry_requeues_notices_and_refuses_messages_whose_code_is_gone(
    mail_state, tmp_path
):
    state = mail_state()
    [code] = await queue(state)
    notices = await queue(state, 2, template="new_signin", data={"username": "ada"})
    await _fail(state, code, *notices)

    refused = accounts(state, "outbox", "retry", str(code.id), cwd=tmp_path)
    assert refused.returncode == 1 and "carried a code" in refused.stdout
    one = accounts(state, "outbox", "retry", str(notices[0].id), cwd=tmp_path)
    assert one.returncode == 0 and "requeued 1" in one.stdout
    by_id = {r.id: r for r in await rows(state)}
    assert by_id[notices[0].id].status == OutboxStatus.QUEUED
    assert by_id[notices[0].id].attempts == 0 and by_id[code.id].status == OutboxStatus.FAILED

    every = accounts(state, "outbox", "retry", "--failed", cwd=tmp_path)
    assert every.returncode == 1 and "requeued 1" in every.stdout and str(code.id) in every.stdout
    assert {r.id for r in await rows(state) if r.status == OutboxStatus.QUEUED} == {
        n.id for n in notices
    }

    delivered = await state.courier.deliver_due()
    assert delivered == 2
    missing = accounts(
        state, "outbox", "retry", "00000000-0000-0000-0000-000000000000", cwd=tmp_path
    )
    assert missing.returncode == 1 and "no message" in missing.stdout
