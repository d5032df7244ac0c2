"""What the passkey operations answer besides the shared outcomes (``outcomes``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from service.accounts.outcomes import InvalidCredentials
from service.db.models import Passkey

NO_SUCH_PASSKEY_MESSAGE = "No such passkey."


@dataclass(frozen=True, slots=True)
class PasskeyOptionsIssued:
    """WebAuthn options for the browser, and the id of the challenge they carry."""

    challenge_id: uuid.UUID
    options_json: str


@dataclass(frozen=True, slots=True)
class PasskeyAdded:
    passkey: Passkey


@dataclass(frozen=True, slots=True)
class PasskeyRemoved:
    message: str = "The passkey was removed."


def no_such_passkey() -> InvalidCredentials:
    """One answer for an unknown id and another account's passkey."""
    return InvalidCredentials(message=NO_SUCH_PASSKEY_MESSAGE)
