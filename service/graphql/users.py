"""registerUser, updateUser and changePassword."""

from __future__ import annotations

from typing import BinaryIO, cast

from strawberry.types import Info

from service.accounts import auth, profile, users
from service.accounts.results import (
    AccountChanged,
    Authenticated,
    Updated,
    UserAlreadyExistsError,
)
from service.db.models import AccountStatus
from service.graphql.context import Context
from service.graphql.errors import ConflictError
from service.graphql.inputs import ChangePasswordInput, RegisterUserInput, UpdateUserInput
from service.graphql.permissions import require_viewer
from service.graphql.types import (
    ChangePasswordResult,
    RegisterUserResult,
    UpdateUserResult,
    present,
)


def _file(upload: object) -> BinaryIO | None:
    """The spooled file behind an upload (Starlette's ``UploadFile.file``)."""
    if upload is None:
        return None
    file = getattr(upload, "file", upload)
    return cast(BinaryIO, file)


def _status(value: object) -> AccountStatus | None:
    return None if value is None else AccountStatus(str(getattr(value, "value", value)))


async def register_user(info: Info[Context, None], input: RegisterUserInput) -> RegisterUserResult:
    ctx = info.context
    data = users.Registration(
        email=input.email,
        username=input.username,
        password=input.password,
        password_confirmation=input.password_confirmation,
        first_name=input.first_name,
        last_name=input.last_name,
        bio=input.bio,
        contact=input.contact,
        status=_status(input.status),
        image=_file(input.image),
    )
    try:
        async with ctx.unit_of_work() as db:
            result: object = await users.register_user(db, ctx.deps, data, ctx.client)
    except UserAlreadyExistsError as exc:
        result = exc.result
    return present(result)  # type: ignore[return-value]


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
        status=_status(input.status),
        current_password=input.current_password,
        image=_file(input.image),
        remove_image=bool(input.remove_image),
    )
    try:
        async with ctx.unit_of_work() as db:
            result: object = await profile.update_user(db, ctx.deps, viewer, changes, ctx.client)
    except UserAlreadyExistsError as exc:
        result = exc.result
    except AccountChanged as exc:
        raise ConflictError() from exc
    if isinstance(result, Updated) and result.user.status != AccountStatus.ACTIVE:
        ctx.forget_viewer()  # deactivated: every session, this one too, was revoked
    return present(result)  # type: ignore[return-value]


async def change_password(
    info: Info[Context, None], input: ChangePasswordInput
) -> ChangePasswordResult:
    viewer = await require_viewer(info)
    ctx = info.context
    change = auth.PasswordChange(
        current_password=input.current_password,
        new_password=input.new_password,
        new_password_confirmation=input.new_password_confirmation,
    )
    async with ctx.unit_of_work() as db:
        result = await auth.change_password(db, ctx.deps, viewer, change, ctx.client)
    if isinstance(result, Authenticated):
        ctx.forget_viewer()  # this request's session was revoked with the others
    return present(result)  # type: ignore[return-value]
