"""What the service functions need besides a DB session."""

from __future__ import annotations

from dataclasses import dataclass

from service.accounts.passwords import PasswordHasher
from service.accounts.ratelimit import AttemptLimiter
from service.config import Settings
from service.media import MediaStorage


@dataclass(slots=True)
class Deps:
    settings: Settings
    passwords: PasswordHasher
    limiter: AttemptLimiter
    media: MediaStorage
