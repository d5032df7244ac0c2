"""What service functions need besides a unit of work, built once per process.

``Services`` is the service layer's one container: settings, the password hasher, the
attempt limiter, the media storage and the secret key. ``service.state.AppState`` holds it
beside the engines and the token lookup, which belong to the process, not to the service
layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from service.accounts.email.pacing import Pacer
from service.accounts.external.provider import ProviderClient
from service.accounts.limits.attempts import AttemptLimiter
from service.accounts.passwords.hasher import PasswordHasher
from service.config import Settings
from service.config.external import oidc_providers
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
    providers: dict[str, ProviderClient] = field(default_factory=dict)

    @classmethod
    def create(cls, settings: Settings) -> Services:
        secret = load_secret_key(settings)  # first: production refuses to start without it
        configured = oidc_providers(settings.oidc_providers, env_file=_env_file(settings))
        return cls(
            settings=settings,
            passwords=PasswordHasher(settings),
            limiter=AttemptLimiter(settings),
            media=create_media_storage(settings),
            secret=secret,
            providers={name: ProviderClient(p, settings) for name, p in configured.items()},
        )

    def provider(self, name: str) -> ProviderClient | None:
        return self.providers.get(name)

    async def close(self) -> None:
        self.passwords.close()
        await self.limiter.close()
        for provider in self.providers.values():
            await provider.close()


def _env_file(settings: Settings) -> Path | None:
    """The ``.env`` file settings are read from: a provider's own variables may be there too
    (only those of the providers ``ACCOUNTS_OIDC_PROVIDERS`` names are read)."""
    configured = settings.model_config.get("env_file")
    return Path(str(configured)) if isinstance(configured, str | Path) else None
