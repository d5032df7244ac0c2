"""Development delivery: without ACCOUNTS_SMTP_URL each message is an .eml file, announced."""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import time

from service.db.models import OutboxStatus
from service.mail.transport import FileTransport
from tests.mail.support import data_of, deliver_until_done, eventually, queue, rows


async def test_a_message_becomes_an_eml_file_that_parses_and_is_announced(
    mail_state, tmp_path, caplog
):
    state = mail_state()
    assert isinstance(state.courier.transport, FileTransport)
    [queued] = await queue(state, locale="de", data={"code": "424242", "username": "ada"})
    with caplog.at_level(logging.INFO, logger="service.mail"):
        [row] = await deliver_until_done(state.courier, state)

    assert row.status == OutboxStatus.SENT and row.sent_at is not None and row.attempts == 1
    assert data_of(row) == {"username": "ada"}  # the code is erased once sent
    [path] = (tmp_path / "mail").glob("*.eml")
    assert path.name == f"{queued.id.hex}.eml"
    assert not list((tmp_path / "mail").glob("*.tmp"))
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "user0@example.com"
    assert message["Subject"] == "Ihr Bestätigungscode"
    assert "424242" in message.get_body(("plain",)).get_content()
    [announcement] = [r for r in caplog.records if "written to" in r.getMessage()]
    text = announcement.getMessage()
    assert "Ihr Bestätigungscode" in text and str(path) in text
    # Emails are never logged: the announcement names the file, which holds the recipient.
    assert not [r for r in caplog.records if "user0@example.com" in r.getMessage()]
    assert not [r for r in caplog.records if "user0@example.com" in str(vars(r))]


async def test_a_running_courier_is_woken_by_the_commit(mail_state, tmp_path):
    state = mail_state(mail_poll_interval=60)  # only the wake-up can deliver in time
    state.courier.start()
    try:
        await asyncio.sleep(0.2)  # the courier's first (empty) round has ended
        started = time.monotonic()
        await queue(state, 3)
        await eventually(lambda: len(list((tmp_path / "mail").glob("*.eml"))) == 3, within=5)
        assert time.monotonic() - started < 3
        await eventually(lambda: _all_sent(state), within=5)
    finally:
        await state.courier.stop()


async def _all_sent(state) -> bool:
    return all(r.status == "SENT" for r in await rows(state))
