"""The inputs of the email code operations."""

from __future__ import annotations

import strawberry


@strawberry.input
class VerifyEmailInput:
    email: str
    code: str


@strawberry.input
class RequestPasswordResetInput:
    email: str


@strawberry.input
class ResetPasswordInput:
    email: str
    code: str
    new_password: str
    new_password_confirmation: str


@strawberry.input
class ConfirmEmailChangeInput:
    code: str
