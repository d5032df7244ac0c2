"""Process-wide resources: settings, engine, session factory and the password hasher."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from service.accounts.deps import Deps
from service.accounts.passwords import PasswordHasher
from service.accounts.ratelimit import AttemptLimiter
from service.accounts.sessions import viewer_lookup
from service.config import Settings
from service.db.engine import (
    create_engine,
    create_session_factory,
    lookup_deadline,
    lookups_in_flight,
)
from service.db.lookup import BatchedLookup
from service.http import Network, parse_networks
from service.media import create_media_storage


@dataclass(slots=True)
class AppState:
    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    read_engine: AsyncEngine
    viewer_lookup: BatchedLookup
    deps: Deps
    trusted_proxies: list[Network] = field(default_factory=list)

    @classmethod
    def create(cls, settings: Settings) -> AppState:
        engine = create_engine(settings)
        read_engine = create_engine(settings, read_only=True)
        return cls(
            settings=settings,
            engine=engine,
            session_factory=create_session_factory(engine),
            read_engine=read_engine,
            viewer_lookup=viewer_lookup(
                read_engine,
                lookups_in_flight(read_engine),
                lookup_deadline(settings),
                driver_level=settings.fast_token_lookup,
            ),
            deps=Deps(
                settings=settings,
                passwords=PasswordHasher(settings),
                limiter=AttemptLimiter(settings),
                media=create_media_storage(settings),
            ),
            trusted_proxies=parse_networks(settings.trusted_proxies),
        )

    async def close(self) -> None:
        self.deps.passwords.close()
        await self.deps.limiter.close()
        await self.engine.dispose()
        await self.read_engine.dispose()
