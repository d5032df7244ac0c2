"""accounts keys rotate | list: the keys that sign access tokens for other services."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from service.cli.runtime import Commands, with_unit_of_work
from service.cli.users import format_table
from service.config import Settings

if TYPE_CHECKING:
    from service.accounts.services import Services
    from service.db.unit_of_work import UnitOfWork


def add_commands(commands: Commands) -> None:
    keys = commands.add_parser(
        "keys",
        help="manage the keys that sign access tokens (JWTs for other services)",
        description="The keys that sign issueAccessToken's JWTs. Their public halves are at "
        "/.well-known/jwks.json; the private halves are stored encrypted under "
        "ACCOUNTS_SECRET_KEY.",
    ).add_subparsers(dest="signing_command", required=True)
    rotate = keys.add_parser(
        "rotate",
        help="make a new signing key; the old one stays published until its tokens expire",
        description="Make a new key (of ACCOUNTS_ACCESS_TOKEN_ALGORITHM) that signs every token "
        "from now on. The key that signed until now is retired: it stays in the JWKS for "
        "ACCOUNTS_ACCESS_TOKEN_TTL (and a minute), so tokens it signed still verify.",
    )
    rotate.set_defaults(handler=cmd_rotate)
    listing = keys.add_parser(
        "list", help="list the signing keys: id, algorithm, made, retired, published"
    )
    listing.set_defaults(handler=cmd_list)


def cmd_rotate(_: argparse.Namespace, settings: Settings) -> int:
    from service.accounts import access_tokens

    async def work(uow: UnitOfWork, services: Services) -> str:
        key = await access_tokens.rotate(uow, services)
        return f"{key.kid} ({key.algorithm})"

    print(f"new signing key {with_unit_of_work(settings, work)}")
    return 0


def cmd_list(_: argparse.Namespace, settings: Settings) -> int:
    from service.accounts import access_tokens

    async def work(uow: UnitOfWork, services: Services) -> list[list[str]]:
        published = {key["kid"] for key in (await access_tokens.published(uow, services))["keys"]}
        rows = await access_tokens.all_keys(uow)
        return [
            [
                key.kid,
                key.algorithm,
                key.created_at.strftime("%Y-%m-%d %H:%M"),
                key.retired_at.strftime("%Y-%m-%d %H:%M") if key.retired_at else "-",
                "yes" if key.kid in published else "no",
            ]
            for key in rows
        ]

    table = with_unit_of_work(settings, work)
    print(format_table(["KID", "ALGORITHM", "MADE", "RETIRED", "PUBLISHED"], table))
    print(f"({len(table)} key{'s' if len(table) != 1 else ''})")
    return 0
