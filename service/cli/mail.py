"""accounts courier | outbox list | outbox retry | webhooks list | webhooks retry."""

from __future__ import annotations

import argparse
import asyncio
import signal
import uuid

from service.cli.runtime import Commands, with_unit_of_work
from service.config import Settings


def add_commands(commands: Commands) -> None:
    courier = commands.add_parser(
        "courier",
        help="deliver queued mail until SIGTERM/SIGINT (beside ACCOUNTS_MAIL_COURIER=off)",
    )
    courier.set_defaults(handler=cmd_courier)

    outbox = commands.add_parser("outbox", help="inspect and requeue mail").add_subparsers(
        dest="outbox_command", required=True
    )
    listing = outbox.add_parser("list", help="messages, newest first (never their values)")
    listing.add_argument(
        "--status", choices=["QUEUED", "SENT", "FAILED"], type=str.upper, help="only these"
    )
    listing.add_argument("--limit", type=int, default=50, help="at most this many messages")
    listing.set_defaults(handler=cmd_outbox_list)

    retry = outbox.add_parser("retry", help="requeue failed messages (notices; codes are gone)")
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=uuid.UUID, help="one message")
    which.add_argument("--failed", action="store_true", help="every failed message")
    retry.set_defaults(handler=cmd_outbox_retry)

    hooks = commands.add_parser(
        "webhooks", help="inspect and requeue webhook deliveries (ACCOUNTS_WEBHOOK_URLS)"
    ).add_subparsers(dest="webhooks_command", required=True)
    hook_list = hooks.add_parser(
        "list", help="deliveries, newest first: id, event, endpoint, status, tries, last error"
    )
    hook_list.add_argument(
        "--status", choices=["QUEUED", "SENT", "FAILED"], type=str.upper, help="only these"
    )
    hook_list.add_argument("--limit", type=int, default=50, help="at most this many")
    hook_list.set_defaults(handler=cmd_webhooks_list)
    hook_retry = hooks.add_parser(
        "retry", help="requeue failed deliveries, due now (the same webhook-id)"
    )
    hook_which = hook_retry.add_mutually_exclusive_group(required=True)
    hook_which.add_argument("id", nargs="?", type=uuid.UUID, help="one delivery")
    hook_which.add_argument("--failed", action="store_true", help="every failed delivery")
    hook_retry.set_defaults(handler=cmd_webhooks_retry)


def cmd_courier(_: argparse.Namespace, settings: Settings) -> int:
    from service.app import configure_logging
    from service.state import AppState

    configure_logging(settings)

    async def main() -> None:
        state = AppState.create(settings)
        stopped = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stopped.set)
        state.courier.start()
        try:
            await stopped.wait()
        finally:
            await state.close()  # finishes the message in flight

    asyncio.run(main())
    return 0


def cmd_outbox_list(args: argparse.Namespace, settings: Settings) -> int:
    from service.mail.admin import list_messages

    messages = with_unit_of_work(
        settings, lambda uow, _: list_messages(uow, status=args.status, limit=args.limit)
    )
    print(
        f"{'id':36}  {'template':20}  {'recipient':30}  {'status':6}  tries  "
        f"{'next attempt':25}  last error"
    )
    for m in messages:
        print(
            f"{m.id!s:36}  {m.template:20}  {m.recipient:30}  {m.status:6}  {m.attempts:5}  "
            f"{m.next_attempt_at.isoformat(timespec='seconds'):25}  {m.last_error or ''}"
        )
    return 0


def cmd_outbox_retry(args: argparse.Namespace, settings: Settings) -> int:
    from service.mail.admin import requeue

    result = with_unit_of_work(
        settings, lambda uow, _: requeue(uow, message_id=args.id, all_failed=args.failed)
    )
    for line in result.lines():
        print(line)
    return 1 if result.refused or result.missing else 0


def cmd_webhooks_list(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from service.mail.admin import list_messages
    from service.mail.hooks import endpoint_label

    rows = with_unit_of_work(
        settings,
        lambda uow, _: list_messages(uow, status=args.status, limit=args.limit, webhooks=True),
    )
    print(
        f"{'id':36}  {'event':20}  {'endpoint':30}  {'status':6}  tries  "
        f"{'next attempt':25}  last error"
    )
    for m in rows:
        event = json.loads(m.data).get("type", "?")
        print(
            f"{m.id!s:36}  {event:20}  {endpoint_label(m.recipient):30}  {m.status:6}  "
            f"{m.attempts:5}  {m.next_attempt_at.isoformat(timespec='seconds'):25}  "
            f"{m.last_error or ''}"
        )
    return 0


def cmd_webhooks_retry(args: argparse.Namespace, settings: Settings) -> int:
    from service.mail.admin import requeue

    result = with_unit_of_work(
        settings,
        lambda uow, _: requeue(uow, message_id=args.id, all_failed=args.failed, webhooks=True),
    )
    for line in result.lines():
        print(line)
    return 1 if result.refused or result.missing else 0
