"""Query.securityEvents: the caller's own events, newest first, a page at a time."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from service.accounts import events
from service.accounts.events import MAX_PAGE
from service.graphql.context import Context
from service.graphql.errors import ExpectedError
from service.graphql.events.types import SecurityEventConnection
from service.graphql.present import present

DEFAULT_PAGE = 20


async def security_events(
    info: Info[Context, None],
    first: Annotated[
        int, strawberry.argument(description=f"How many, newest first (1 to {MAX_PAGE}).")
    ] = DEFAULT_PAGE,
    after: Annotated[
        str | None,
        strawberry.argument(description="The endCursor of the previous page."),
    ] = None,
) -> SecurityEventConnection:
    viewer = info.context.caller
    if not 1 <= first <= MAX_PAGE:
        raise ExpectedError(f"first must be between 1 and {MAX_PAGE}.")
    position = events.read_cursor(after) if after is not None else None
    if after is not None and position is None:
        raise ExpectedError("after is not a cursor of this connection.")
    page = await info.context.run(
        lambda uow: events.list_events(uow, viewer.user.id, first, position)
    )
    return present(page)
