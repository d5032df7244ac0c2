"""Query.passkeys: the caller's passkeys, oldest first."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.passkeys import store as passkeys
from service.graphql.context import Context
from service.graphql.passkey_types import Passkey
from service.graphql.permissions import require_viewer


async def list_passkeys(info: Info[Context, None]) -> list[Passkey]:
    viewer = await require_viewer(info)
    rows = await info.context.run(lambda uow: passkeys.list_passkeys(uow, viewer.user.id))
    return [Passkey.from_row(row) for row in rows]
