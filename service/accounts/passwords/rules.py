"""The one check of a new password: registration, a password change, a reset and
``setPassword`` alike."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from service import cpu
from service.accounts.outcomes import FieldError
from service.accounts.passwords import breached
from service.accounts.profile import validation as v
from service.config import Settings

logger = logging.getLogger("service.accounts")
BREACHED_MESSAGE = (
    "This password appears in a data breach, so attackers try it first: choose another one."
)


@dataclass(frozen=True, slots=True)
class NewPassword:
    """A password typed twice, with the input names its errors are reported under."""

    password: str
    confirmation: str
    field: str = "newPassword"
    confirmation_field: str = "newPasswordConfirmation"


@dataclass(frozen=True, slots=True)
class Owner:
    """What a password must not resemble: the account's names and address."""

    username: str
    email: str
    first_name: str = ""
    last_name: str = ""


async def check_new_password(
    settings: Settings, new: NewPassword, owner: Owner
) -> list[FieldError]:
    """Every failing rule: the shape first (length, character classes), then, only when the
    shape is right, similarity to the owner and guessability (zxcvbn, in the CPU pool), then
    whether it is known from a breach (``ACCOUNTS_BREACHED_PASSWORD_CHECK``), and whether the
    confirmation matches."""
    errors = v.check_password_shape(new.password, new.field, settings)
    if not errors:
        errors = await cpu.checks.run(
            v.check_password_strength,
            new.password,
            new.field,
            settings,
            similar_to=[owner.username, owner.email],
            user_inputs=[owner.username, owner.email, owner.first_name, owner.last_name],
        )
    mode = settings.breached_passwords
    if not errors and mode != "off" and await _breached(settings, new.password):
        if mode == "enforce":
            errors = [FieldError(new.field, "breached", BREACHED_MESSAGE)]
        else:
            logger.warning("a new password appears in a known breach (accepted: warn)")
    return errors + v.check_confirmation(new.password, new.confirmation, new.confirmation_field)


async def _breached(settings: Settings, password: str) -> bool:
    return await breached.look_up(settings, password) == breached.Breached.YES
