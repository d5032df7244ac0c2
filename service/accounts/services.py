"""What service functions need besides a unit of work, built once per process.

``Services`` is the service layer's one container: settings, the password hasher, the
attempt limiter and the media storage. ``service.state.AppState`` holds it beside the engines
and the token lookup, which belong to the process, not to the service layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.accounts.passwords import PasswordHasher
from service.accounts.ratelimit import AttemptLimiter
from service.config import Settings
from service.media import MediaStorage, create_media_storage


@dataclass(slots=True)
class Services:
    settings: Settings
    passwords: PasswordHasher
    limiter: AttemptLimiter
    media: MediaStorage

    @classmethod
    def create(cls, settings: Settings) -> Services:
        return cls(
            settings=settings,
            passwords=PasswordHasher(settings),
            limiter=AttemptLimiter(settings),
            media=create_media_storage(settings),
        )

    async def close(self) -> None:
        self.passwords.close()
        await self.limiter.close()
