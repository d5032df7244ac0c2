"""accounts users list | create | suspend | activate | reset-2fa | identities."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from service.cli.runtime import Commands, with_unit_of_work
from service.config import Settings

if TYPE_CHECKING:
    from service.accounts.services import Services
    from service.db.models import User
    from service.db.unit_of_work import UnitOfWork


def add_commands(commands: Commands) -> None:
    users = commands.add_parser("users", help="manage users").add_subparsers(
        dest="users_command", required=True
    )
    listing = users.add_parser("list", help="list users")
    listing.add_argument("--limit", type=int, default=100, help="at most this many users")
    listing.add_argument("--offset", type=int, default=0, help="skip this many first")
    listing.add_argument(
        "--format", choices=["table", "tsv"], default="table", help="aligned columns or tabs"
    )
    listing.set_defaults(handler=cmd_users_list)
    create = users.add_parser(
        "create",
        help="create a user; the password is read from a prompt or stdin, never argv",
        description="Create a user (no session is opened). The password is read from a prompt "
        "(typed twice) or, when stdin is not a terminal, from its first line; never from the "
        "command line, where other users of the machine could see it.",
    )
    create.add_argument("--email", required=True)
    create.add_argument("--username", required=True)
    create.add_argument("--first-name", required=True)
    create.add_argument("--last-name", required=True)
    create.add_argument("--bio")
    create.add_argument("--contact")
    create.set_defaults(handler=cmd_users_create)
    suspend = users.add_parser("suspend", help="suspend a user (by email or username)")
    suspend.add_argument("identifier")
    suspend.set_defaults(handler=cmd_users_suspend)
    activate = users.add_parser("activate", help="reactivate a user (by email or username)")
    activate.add_argument("identifier")
    activate.set_defaults(handler=cmd_users_activate)
    reset_2fa = users.add_parser(
        "reset-2fa",
        help="remove a user's second factor (support cases; by email or username)",
        description="Remove the TOTP secret, the recovery codes and every open sign-in challenge "
        "of an account that lost its second factor: its password alone signs in again. Writes a "
        "TWO_FACTOR_DISABLED security event and an audit log line, and mails the account a "
        "notice. Check who is asking before you run it.",
    )
    reset_2fa.add_argument("identifier")
    reset_2fa.set_defaults(handler=cmd_users_reset_2fa)
    identities = users.add_parser(
        "identities",
        help="list a user's linked external identities (by email or username)",
        description="The accounts at external providers that sign in to this user: provider, "
        "subject (the account's id there), the email the provider gave, when it was linked.",
    )
    identities.add_argument("identifier")
    identities.set_defaults(handler=cmd_users_identities)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    columns = zip(headers, *rows, strict=False)
    widths = [max(len(cell) for cell in column) for column in columns]
    lines = [list(headers), ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def cmd_users_list(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.profile.users import list_users

    users = with_unit_of_work(
        settings, lambda uow, _services: list_users(uow, limit=args.limit, offset=args.offset)
    )
    if args.format == "tsv":
        for user in users:
            fields = [str(user.id), user.username, user.email, user.status]
            print("\t".join([*fields, user.date_joined.isoformat()]))
        return 0
    rows = [
        [
            user.username,
            user.email,
            user.status,
            _when(user.date_joined),
            _when(user.last_login),
            str(user.id),
        ]
        for user in users
    ]
    print(format_table(["USERNAME", "EMAIL", "STATUS", "JOINED", "LAST LOGIN", "ID"], rows))
    print(f"({len(rows)} user{'s' if len(rows) != 1 else ''})")
    return 0


def cmd_users_identities(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.external.linking import list_identities
    from service.accounts.profile.users import find_user

    async def work(uow: UnitOfWork, _services: Services) -> tuple[User, list[Any]] | None:
        user = await find_user(uow, args.identifier)
        return None if user is None else (user, await list_identities(uow, user.id))

    found = with_unit_of_work(settings, work)
    if found is None:
        print(f"accounts: no user matches {args.identifier!r}", file=sys.stderr)
        return 1
    user, rows = found
    table = [[r.provider, r.subject, r.email or "-", _when(r.linked_at)] for r in rows]
    print(format_table(["PROVIDER", "SUBJECT", "EMAIL", "LINKED"], table))
    print(f"({len(rows)} linked identit{'ies' if len(rows) != 1 else 'y'} of {user.username})")
    return 0


def read_password(stdin: TextIO) -> str:
    """From a prompt (typed twice) on a terminal, else the first line of stdin. Never argv."""
    if stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password (again): ") != password:
            raise SystemExit("accounts: passwords do not match")
        return password
    return stdin.readline().rstrip("\r\n")


def cmd_users_create(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.outcomes import ValidationFailed
    from service.accounts.profile.registration import Registration, create_user
    from service.accounts.values import ClientInfo
    from service.db.models import User

    password = read_password(sys.stdin)
    data = Registration(
        email=args.email,
        username=args.username,
        password=password,
        password_confirmation=password,
        first_name=args.first_name,
        last_name=args.last_name,
        bio=args.bio,
        contact=args.contact,
    )
    # An operator's command is not an anonymous client: no rate limit applies to it.
    settings = settings.model_copy(update={"rate_limit_enabled": False})
    result = with_unit_of_work(
        settings, lambda uow, services: create_user(uow, services, data, ClientInfo())
    )
    if isinstance(result, User):
        print(f"created {result.username} <{result.email}> ({result.id})")
        return 0
    if isinstance(result, ValidationFailed):
        for error in result.fields:
            print(f"accounts: {error.field}: {error.message} ({error.code})", file=sys.stderr)
        return 1
    print(f"accounts: {result.message}", file=sys.stderr)
    return 1


def _set_status(identifier: str, settings: Settings, status_name: str) -> int:
    from service.accounts import events
    from service.accounts.profile.users import find_user, set_status
    from service.accounts.values import ClientInfo
    from service.db.models import AccountStatus, SecurityEventKind

    async def work(uow: UnitOfWork, _services: Services) -> tuple[User, int] | None:
        user = await find_user(uow, identifier)
        if user is None:
            return None
        before = user.status
        revoked = await set_status(uow, user, AccountStatus(status_name))
        if before != user.status:
            kind = (
                SecurityEventKind.ACCOUNT_REACTIVATED
                if user.status == AccountStatus.ACTIVE
                else SecurityEventKind.ACCOUNT_DEACTIVATED
            )
            await events.record(uow, user.id, kind, ClientInfo(user_agent="accounts cli"))
        return user, revoked

    found = with_unit_of_work(settings, work)
    if found is None:
        print(f"accounts: no user matches {identifier!r}", file=sys.stderr)
        return 1
    user, revoked = found
    print(f"{user.username}: {status_name} ({revoked} sessions revoked)")
    return 0


def cmd_users_suspend(args: argparse.Namespace, settings: Settings) -> int:
    return _set_status(args.identifier, settings, "SUSPENDED")


def cmd_users_activate(args: argparse.Namespace, settings: Settings) -> int:
    return _set_status(args.identifier, settings, "ACTIVE")


def cmd_users_reset_2fa(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.profile.users import find_user
    from service.accounts.two_factor.setup import reset_two_factor
    from service.accounts.values import ClientInfo

    async def work(uow: UnitOfWork, _services: Services) -> tuple[User, bool] | None:
        user = await find_user(uow, args.identifier)
        if user is None:
            return None
        return user, await reset_two_factor(uow, user, ClientInfo(user_agent="accounts cli"))

    found = with_unit_of_work(settings, work)
    if found is None:
        print(f"accounts: no user matches {args.identifier!r}", file=sys.stderr)
        return 1
    user, removed = found
    if not removed:
        print(f"{user.username}: no second factor to remove")
        return 0
    print(f"{user.username}: second factor removed (a notice was queued)")
    return 0
