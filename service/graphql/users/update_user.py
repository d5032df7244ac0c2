"""Mutation.updateUser."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.profile import updates
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.users.inputs import UpdateUserInput, status_value, upload_file
from service.graphql.users.types import UpdateUserResult


async def update_user(info: Info[Context, None], input: UpdateUserInput) -> UpdateUserResult:
    ctx = info.context
    viewer = ctx.caller
    changes = updates.ProfileChanges(
        email=input.email,
        username=input.username,
        first_name=input.first_name,
        last_name=input.last_name,
        bio=input.bio,
        contact=input.contact,
        status=status_value(input.status),
        current_password=input.current_password,
        code=input.code,
        image=upload_file(input.image),
        remove_image=bool(input.remove_image),
        locale=input.locale,
    )
    outcome = await ctx.run(
        lambda uow: updates.update_user(uow, ctx.services, viewer, changes, ctx.client)
    )
    return present(outcome)
