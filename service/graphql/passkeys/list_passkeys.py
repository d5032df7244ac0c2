"""Query.passkeys: the caller's passkeys, oldest first."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.passkeys import store as passkeys
from service.graphql.context import Context
from service.graphql.passkeys.types import Passkey


async def list_passkeys(info: Info[Context, None]) -> list[Passkey]:
    viewer = info.context.caller
    rows = await info.context.run(lambda uow: passkeys.list_passkeys(uow, viewer.user.id))
    return [Passkey.from_row(row) for row in rows]
