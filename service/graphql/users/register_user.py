"""Mutation.registerUser."""

from __future__ import annotations

from strawberry.types import Info

from service.accounts.profile import registration
from service.graphql.context import Context
from service.graphql.present import present
from service.graphql.users.inputs import RegisterUserInput, status_value, upload_file
from service.graphql.users.types import RegisterUserResult


async def register_user(info: Info[Context, None], input: RegisterUserInput) -> RegisterUserResult:
    ctx = info.context
    data = registration.Registration(
        email=input.email,
        username=input.username,
        password=input.password,
        password_confirmation=input.password_confirmation,
        first_name=input.first_name,
        last_name=input.last_name,
        bio=input.bio,
        contact=input.contact,
        status=status_value(input.status),
        image=upload_file(input.image),
        locale=input.locale,
    )
    outcome = await ctx.run(
        lambda uow: registration.register_user(uow, ctx.services, data, ctx.client)
    )
    return present(outcome)
