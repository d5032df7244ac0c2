"""accounts admin-keys create | list | revoke: the keys automation calls the admin API with."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from service.cli.operator import operator_login
from service.cli.runtime import Commands, with_unit_of_work
from service.cli.users import format_table
from service.config import Settings

if TYPE_CHECKING:
    from service.accounts.services import Services
    from service.db.unit_of_work import UnitOfWork


def add_commands(commands: Commands) -> None:
    keys = commands.add_parser(
        "admin-keys",
        help="manage the admin API's keys (automation)",
        description="Keys for automation to call the admin API (POST /admin/graphql with "
        "Authorization: Bearer adm_…). Each has a name and a role: READONLY reads, SUPPORT also "
        "acts on accounts, ADMIN also deletes accounts and sets roles.",
    ).add_subparsers(dest="keys_command", required=True)
    create = keys.add_parser(
        "create",
        help="create a key; it is shown once",
        description="Create a key and print it once: only its digest is stored, so a lost key "
        "is revoked and replaced, never shown again. Writes an audit entry.",
    )
    create.add_argument("--name", required=True, help="what the key is for, e.g. ci")
    create.add_argument("--role", required=True, choices=["READONLY", "SUPPORT", "ADMIN"])
    create.set_defaults(handler=cmd_keys_create)
    listing = keys.add_parser(
        "list", help="list the keys: name, role, first characters, created, last used, revoked"
    )
    listing.set_defaults(handler=cmd_keys_list)
    revoke = keys.add_parser(
        "revoke",
        help="revoke a key by name; it stops working at once",
        description="Revoke a key: every later request with it answers UNAUTHENTICATED. The key "
        "stays listed, revoked. Writes an audit entry.",
    )
    revoke.add_argument("name")
    revoke.set_defaults(handler=cmd_keys_revoke)


def _when(moment: object) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"  # type: ignore[attr-defined]


def cmd_keys_create(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.admin import keys
    from service.accounts.admin.staff import operator

    staff = operator(operator_login())

    async def work(uow: UnitOfWork, _services: Services) -> object:
        return await keys.create(uow, staff, args.name, args.role)

    result = with_unit_of_work(settings, work)
    if isinstance(result, keys.CreatedKey):
        print(result.secret)
        print(
            f"created admin key {result.key.name} ({result.key.role}): it is shown only now; "
            "keep it in your secret store",
            file=sys.stderr,
        )
        return 0
    for error in getattr(result, "fields", []):
        print(f"accounts: {error.field}: {error.message} ({error.code})", file=sys.stderr)
    return 1


def cmd_keys_list(_: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.admin import keys

    rows = with_unit_of_work(settings, lambda uow, _services: keys.list_keys(uow))
    table = [
        [
            key.name,
            key.role,
            key.prefix + "…",
            _when(key.created_at),
            key.created_by,
            _when(key.last_used_at),
            _when(key.revoked_at),
        ]
        for key in rows
    ]
    headers = ["NAME", "ROLE", "KEY", "CREATED", "BY", "LAST USED", "REVOKED"]
    print(format_table(headers, table))
    print(f"({len(rows)} key{'s' if len(rows) != 1 else ''})")
    return 0


def cmd_keys_revoke(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.admin import keys
    from service.accounts.admin.staff import operator

    staff = operator(operator_login())
    key = with_unit_of_work(settings, lambda uow, _services: keys.revoke(uow, staff, args.name))
    if key is None:
        print(f"accounts: no admin key is named {args.name!r}", file=sys.stderr)
        return 1
    print(f"revoked admin key {key.name}")
    return 0
