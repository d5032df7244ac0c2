"""accounts users list | create | suspend | activate | set-role | reset-2fa | identities."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from service.cli.operator import (
    cmd_users_activate,
    cmd_users_reset_2fa,
    cmd_users_set_role,
    cmd_users_suspend,
    operator_login,
)
from service.cli.runtime import Commands, with_unit_of_work
from service.config import Settings

# The CLI's audit entries say so when the operator gave no reason.
NO_REASON = "(given at the server's shell, no reason said)"

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
    suspend = users.add_parser(
        "suspend",
        help="suspend a user (by email or username)",
        description="Suspend the account and end every session of it, as the admin API's "
        "suspendUser does: an ACCOUNT_SUSPENDED security event, a notice to the owner, and an "
        "audit entry by cli:<your login>.",
    )
    suspend.add_argument("identifier")
    suspend.add_argument("--reason", default=NO_REASON, help="why (kept in the audit log)")
    suspend.set_defaults(handler=cmd_users_suspend)
    activate = users.add_parser("activate", help="reactivate a user (by email or username)")
    activate.add_argument("identifier")
    activate.add_argument("--reason", help="why (kept in the audit log)")
    activate.set_defaults(handler=cmd_users_activate)
    set_role = users.add_parser(
        "set-role",
        help="set a user's role on the admin API: USER, SUPPORT or ADMIN (by email or username)",
        description="Give an account a staff role (SUPPORT reads and acts on accounts; ADMIN also "
        "deletes accounts and sets roles) or take it away (USER). This is how the first ADMIN "
        "is made. The last active ADMIN keeps the role. Staff use the admin API signed in at "
        "AAL2: with two-factor sign-in or a passkey.",
    )
    set_role.add_argument("identifier")
    set_role.add_argument("role", choices=["USER", "SUPPORT", "ADMIN"])
    set_role.add_argument("--reason", help="why (kept in the audit log)")
    set_role.set_defaults(handler=cmd_users_set_role)
    reset_2fa = users.add_parser(
        "reset-2fa",
        help="remove a user's second factor (support cases; by email or username)",
        description="Remove the TOTP secret, the recovery codes and every open sign-in challenge "
        "of an account that lost its second factor: its password alone signs in again. Writes a "
        "TWO_FACTOR_DISABLED security event and an audit entry by cli:<your login>, and mails "
        "the account a notice. Check who is asking before you run it.",
    )
    reset_2fa.add_argument("identifier")
    reset_2fa.add_argument("--reason", default=NO_REASON, help="why (kept in the audit log)")
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
    from service.accounts.admin.creation import NewAccount, create_user
    from service.accounts.admin.outcomes import UserActionDone
    from service.accounts.admin.staff import operator
    from service.accounts.outcomes import ValidationFailed

    password = read_password(sys.stdin)
    data = NewAccount(
        email=args.email,
        username=args.username,
        password=password,
        first_name=args.first_name,
        last_name=args.last_name,
        bio=args.bio,
        contact=args.contact,
    )
    staff = operator(operator_login())
    result = with_unit_of_work(
        settings, lambda uow, services: create_user(uow, services, staff, data, None)
    )
    if isinstance(result, UserActionDone) and result.user is not None:
        user = result.user
        print(f"created {user.username} <{user.email}> ({user.id})")
        return 0
    if isinstance(result, ValidationFailed):
        for error in result.fields:
            print(f"accounts: {error.field}: {error.message} ({error.code})", file=sys.stderr)
        return 1
    print(f"accounts: {getattr(result, 'message', result)}", file=sys.stderr)
    return 1
