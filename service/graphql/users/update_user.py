"""Mutation.updateUser."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.outcomes import Updated
from service.accounts.profile import updates as profile
from service.db.models import AccountStatus
from service.graphql.context import Context
from service.graphql.inputs import UpdateUserInput, status_value, upload_file
from service.graphql.permissions import require_viewer
from service.graphql.present import present
from service.graphql.types import UpdateUserResult


async def update_user(info: Info[Context, None], input: UpdateUserInput) -> UpdateUserResult:
    viewer = await require_viewer(info)
    ctx = info.context
    changes = profile.ProfileChanges(
        email=input.email,
        username=input.username,
        first_name=input.first_name,
        last_name=input.last_name,
        bio=input.bio,
        contact=input.contact,
        status=status_value(input.status),
        current_password=input.current_password,
        image=upload_file(input.image),
        remove_image=bool(input.remove_image),
        locale=input.locale,
    )
    outcome = await ctx.run(
        lambda uow: profile.update_user(uow, ctx.services, viewer, changes, ctx.client)
    )
    if isinstance(outcome, Updated) and outcome.user.status != AccountStatus.ACTIVE:
        ctx.forget_viewer()  # deactivated: every session, this one too, was revoked
    return present(outcome)
