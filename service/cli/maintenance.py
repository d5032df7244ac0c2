"""accounts sessions purge | events purge | media gc."""

from __future__ import annotations

import argparse
import asyncio

from service.cli.runtime import Commands, with_unit_of_work
from service.config import Settings


def add_commands(commands: Commands) -> None:
    sessions = commands.add_parser("sessions", help="manage sessions").add_subparsers(
        dest="sessions_command", required=True
    )
    purge = sessions.add_parser("purge", help="delete expired sessions")
    purge.set_defaults(handler=cmd_sessions_purge)

    events = commands.add_parser(
        "events", help="manage security events and email codes"
    ).add_subparsers(dest="events_command", required=True)
    purge_events = events.add_parser(
        "purge",
        help="delete security events older than ACCOUNTS_SECURITY_EVENT_RETENTION, expired "
        "email codes and passkey challenges, and sent or failed mail older than "
        "ACCOUNTS_MAIL_RETENTION",
    )
    purge_events.set_defaults(handler=cmd_events_purge)

    media = commands.add_parser("media", help="manage stored images").add_subparsers(
        dest="media_command", required=True
    )
    gc = media.add_parser("gc", help="delete image files no user refers to")
    gc.add_argument(
        "--grace",
        type=float,
        default=3600.0,
        metavar="SECONDS",
        help="spare files younger than this many seconds (an upload may be between its file "
        "and its row)",
    )
    gc.set_defaults(handler=cmd_media_gc)


def cmd_sessions_purge(_: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.sessions.store import purge_expired

    count = with_unit_of_work(settings, lambda uow, _services: purge_expired(uow))
    print(f"purged {count} expired sessions")
    return 0


def cmd_events_purge(_: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.maintenance import purge_events_and_codes

    events, codes, mail = with_unit_of_work(
        settings, lambda uow, services: purge_events_and_codes(uow, services.settings)
    )
    days = settings.security_event_retention.total_seconds() / 86400
    mail_days = settings.mail_retention.total_seconds() / 86400
    print(
        f"purged {events} security events older than {days:g} days, {codes} expired codes"
        f" and {mail} sent or failed emails older than {mail_days:g} days"
    )
    return 0


def cmd_media_gc(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.profile.stored_images import collect_garbage
    from service.state import AppState

    async def main() -> int:
        state = AppState.create(settings)
        try:
            return await collect_garbage(state.engine, state.services.media, args.grace)
        finally:
            await state.close()

    print(f"removed {asyncio.run(main())} unreferenced images")
    return 0
