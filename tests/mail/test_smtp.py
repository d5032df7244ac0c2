"""SMTP delivery against a real server (aiosmtpd on loopback): TLS modes, refusals, outages."""

from __future__ import annotations

from collections import Counter

import pytest

from service.db.models import OutboxStatus
from tests.mail.support import data_of, deliver_until_done, eventually, queue, rows

SENT, FAILED, QUEUED = OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.QUEUED


async def test_a_queued_message_arrives_with_both_parts_and_its_row_ends_sent(
    mail_state, smtp_server
):
    server = smtp_server("plain")
    state = mail_state(smtp_url=server.url(), mail_from="no-reply@accounts.test")
    [queued] = await queue(
        state, locale="de-AT", data={"code": "987654", "username": "ada", "expires_minutes": "10"}
    )
    [row] = await deliver_until_done(state.courier, state)

    [message] = server.recorder.messages
    assert server.recorder.envelopes == [("no-reply@accounts.test", ["user0@example.com"])]
    assert message["Subject"] == "Ihr Bestätigungscode"
    assert message["To"] == "user0@example.com" and message["From"] == "no-reply@accounts.test"
    assert message["Message-ID"] == f"<{queued.id.hex}@accounts.test>"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "987654" in text and "987654" in html and "10 Minuten" in text
    assert "ada" in text and "ada" in html
    assert row.status == SENT and row.sent_at is not None and row.claimed_until is None
    assert data_of(row) == {"username": "ada", "expires_minutes": "10"}


async def test_starttls_with_a_ca_file_and_credentials(mail_state, smtp_server, ca_file):
    server = smtp_server("starttls")
    state = mail_state(smtp_url=server.url(credentials=True), smtp_ca_file=ca_file)
    await queue(state, 2)
    assert {r.status for r in await deliver_until_done(state.courier, state)} == {SENT}
    assert len(server.recorder.messages) == 2


async def test_implicit_tls(mail_state, smtp_server, ca_file):
    server = smtp_server("tls")
    state = mail_state(smtp_url=server.url(), smtp_ca_file=ca_file)
    await queue(state)
    assert [r.status for r in await deliver_until_done(state.courier, state)] == [SENT]
    assert len(server.recorder.messages) == 1


async def test_smtp_url_requires_starttls_and_never_falls_back_to_plain(
    mail_state, smtp_server, ca_file
):
    server = smtp_server("plain")  # offers no STARTTLS
    url = server.url().split("/?")[0]  # smtp://host:port: STARTTLS required
    state = mail_state(smtp_url=url, smtp_ca_file=ca_file, mail_max_attempts=2)
    await queue(state)
    await state.courier.deliver_due()
    [row] = await rows(state)
    assert row.status == QUEUED and row.attempts == 1 and "STARTTLS" in row.last_error.upper()
    assert "987" not in row.last_error and server.recorder.messages == []


@pytest.mark.parametrize("mode", ["starttls", "tls"])
async def test_a_certificate_from_another_ca_is_refused(
    mail_state, smtp_server, other_ca_file, mode
):
    server = smtp_server(mode)
    state = mail_state(smtp_url=server.url(credentials=True), smtp_ca_file=other_ca_file)
    await queue(state)
    await state.courier.deliver_due()
    [row] = await rows(state)
    assert row.status == QUEUED and row.attempts == 1
    assert "CERTIFICATE_VERIFY_FAILED" in row.last_error and "s3cret" not in row.last_error
    assert server.recorder.messages == []


async def test_a_4xx_is_retried_and_the_message_arrives_once(mail_state, smtp_server):
    server = smtp_server("plain")
    server.recorder.temporary_failures = 2
    state = mail_state(smtp_url=server.url())
    await queue(state)
    [row] = await deliver_until_done(state.courier, state)
    assert row.status == SENT and row.attempts == 3 and row.last_error is None
    assert len(server.recorder.messages) == 1


async def test_a_server_down_then_up_gets_every_message_exactly_once(mail_state, smtp_server):
    server = smtp_server("plain", start=False)
    state = mail_state(smtp_url=server.url(), mail_batch_size=7)
    await queue(state, 40)
    await state.courier.deliver_due()
    await state.courier.deliver_due()
    waiting = await rows(state)
    assert all(r.status == QUEUED for r in waiting) and any(r.attempts for r in waiting)
    assert any("Connect" in (r.last_error or "") for r in waiting)

    server.start()
    done = await deliver_until_done(state.courier, state, within=20)
    assert {r.status for r in done} == {SENT}
    assert Counter(server.recorder.message_ids()) == Counter(
        {f"<{r.id.hex}@localhost>": 1 for r in done}
    )


async def test_a_5xx_for_one_recipient_fails_that_message_only(mail_state, smtp_server):
    server = smtp_server("plain")
    server.recorder.refuse["user1@example.com"] = "550 5.1.1 no such mailbox"
    state = mail_state(smtp_url=server.url())
    await queue(state, 3)
    done = await deliver_until_done(state.courier, state)
    assert [(r.recipient, r.status, r.attempts) for r in done] == [
        ("user0@example.com", SENT, 1),
        ("user1@example.com", FAILED, 1),
        ("user2@example.com", SENT, 1),
    ]
    assert "550" in done[1].last_error and "code" not in data_of(done[1])
    assert sorted(rcpt for _, [rcpt] in server.recorder.envelopes) == [
        "user0@example.com",
        "user2@example.com",
    ]


async def test_out_of_attempts_the_message_fails_and_its_code_is_erased(mail_state, smtp_server):
    server = smtp_server("plain", start=False)  # never listening
    state = mail_state(smtp_url=server.url(), mail_max_attempts=3)
    await queue(state)
    [row] = await eventually(lambda: _delivered_round(state), within=10, interval=0.05)
    assert row.status == FAILED and row.attempts == 3 and row.sent_at is None
    assert data_of(row) == {"username": "user0"} and row.last_error


async def _delivered_round(state):
    await state.courier.deliver_due()
    current = await rows(state)
    return current if current[0].status != QUEUED else None
