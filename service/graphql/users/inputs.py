"""The inputs of the account operations, and the conversions of their values for the
service layer."""

from __future__ import annotations

from typing import BinaryIO, cast

import strawberry
from strawberry.file_uploads import Upload

from service.graphql.users.user import AccountStatus


@strawberry.input
class RegisterUserInput:
    email: str
    username: str
    password: str
    password_confirmation: str
    first_name: str
    last_name: str
    bio: str | None = None
    contact: str | None = None
    image: Upload | None = strawberry.field(
        default=None,
        description="PNG, JPEG, WebP or GIF, sent as a GraphQL multipart request.",
    )
    status: AccountStatus | None = strawberry.field(
        default=None, description="Only ACTIVE is accepted from clients."
    )
    locale: str | None = strawberry.field(
        default=None, description="Language of the account's emails: `en` (default) or `de`."
    )


@strawberry.input(
    description="Every field is optional; omitted (or null) means unchanged. A new email "
    "becomes `pendingEmail` and gets a code: confirmEmailChange makes it the email."
)
class UpdateUserInput:
    email: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    bio: str | None = None
    contact: str | None = None
    image: Upload | None = strawberry.field(
        default=None, description="A new profile image (replaces the current one)."
    )
    remove_image: bool | None = strawberry.field(
        default=None, description="true removes the profile image."
    )
    status: AccountStatus | None = strawberry.field(
        default=None, description="ACTIVE or DEACTIVATED; deactivating revokes all sessions."
    )
    current_password: str | None = strawberry.field(
        default=None,
        description="When the email changes and the session is not privileged: the password "
        "re-authenticates it on the spot.",
    )
    code: str | None = strawberry.field(
        default=None,
        description="With two-factor sign-in on and no privileged session: a current TOTP code "
        "or an unused recovery code, beside currentPassword.",
    )
    locale: str | None = strawberry.field(
        default=None, description="Language of the account's emails: `en` or `de`."
    )


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str
    new_password_confirmation: str
    code: str | None = strawberry.field(
        default=None,
        description="With two-factor sign-in on and no privileged session: a current TOTP code "
        "or an unused recovery code, beside currentPassword.",
    )


@strawberry.input
class DeleteAccountInput:
    current_password: str = strawberry.field(
        description="Re-authenticates the session on the spot (empty from a privileged one)."
    )
    code: str | None = strawberry.field(
        default=None,
        description="With two-factor sign-in on and no privileged session: a current TOTP code "
        "or an unused recovery code, beside currentPassword.",
    )


@strawberry.input
class SetPasswordInput:
    new_password: str
    new_password_confirmation: str


def upload_file(upload: object) -> BinaryIO | None:
    """The spooled file behind an upload (Starlette's ``UploadFile.file``)."""
    if upload is None:
        return None
    file = getattr(upload, "file", upload)
    return cast(BinaryIO, file)


def status_value(value: object) -> AccountStatus | None:
    return None if value is None else AccountStatus(str(getattr(value, "value", value)))
