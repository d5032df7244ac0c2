"""What service functions need besides a unit of work, built once per process.

``Services`` is the service layer's one container: settings, the password hasher, the
attempt limiter, the media storage and the secret key. ``service.state.AppState`` holds it
beside the engines and the token lookup, which belong to the process, not to the service
layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from service.accounts.email.pacing import Pacer
from service.accounts.limits.attempts import AttemptLimiter
from service.accounts.passwords.hasher import PasswordHasher
from service.config import Settings
from service.media import MediaStorage, create_media_storage
from service.secret_key import SecretKey, load_secret_key


@dataclass(slots=True)
class Services:
    settings: Settings
    passwords: PasswordHasher
    limiter: AttemptLimiter
    media: MediaStorage
    secret: SecretKey
    pacer: Pacer = field(default_factory=Pacer)

    @classmethod
    def create(cls, settings: Settings) -> Services:
        secret = load_secret_key(settings)  # first: production refuses to start without it
        return cls(
            settings=settings,
            passwords=PasswordHasher(settings),
            limiter=AttemptLimiter(settings),
            media=create_media_storage(settings),
            secret=secret,
        )

    async def close(self) -> None:
        self.passwords.close()
        await self.limiter.close()
