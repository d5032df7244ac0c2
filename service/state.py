"""Process-wide resources: the engines, the hot-path token lookup and the services.

``AppState`` is what the process builds once and closes at shutdown: the write engine and its
session factory, the autocommit read engine with the batched token lookup on it (``callers``:
token → caller), the trusted
proxies, ``Services`` (the service layer's own container: settings, password hasher, attempt
limiter, media storage) and the mail courier (started by the app when it delivers
in-process, stopped by ``close``). The request context and the CLI take what they need.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from service.accounts.services import Services
from service.accounts.sessions.callers import Callers, viewer_lookup
from service.config import Settings
from service.db.engine import (
    create_engine,
    create_session_factory,
    lookup_deadline,
    lookups_in_flight,
)
from service.db.unit_of_work import UnitOfWork
from service.http import Network, parse_networks
from service.mail.courier import Courier


@dataclass(slots=True)
class AppState:
    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    read_engine: AsyncEngine
    callers: Callers
    services: Services
    courier: Courier
    trusted_proxies: list[Network] = field(default_factory=list)

    @classmethod
    def create(cls, settings: Settings) -> AppState:
        engine = create_engine(settings)
        read_engine = create_engine(settings, read_only=True)
        session_factory = create_session_factory(engine, tuple(settings.webhook_urls))
        return cls(
            settings=settings,
            engine=engine,
            session_factory=session_factory,
            read_engine=read_engine,
            callers=Callers(
                viewer_lookup(
                    read_engine,
                    lookups_in_flight(read_engine),
                    lookup_deadline(settings),
                    driver_level=settings.fast_token_lookup,
                ),
                settings,
                session_factory,
            ),
            services=Services.create(settings),
            courier=Courier(settings, session_factory),
            trusted_proxies=parse_networks(settings.trusted_proxies),
        )

    def unit_of_work(self) -> AbstractAsyncContextManager[UnitOfWork]:
        """A unit of work on a session of its own (the CLI, background work, tests)."""
        return UnitOfWork.open(self.session_factory)

    async def close(self) -> None:
        await self.courier.stop()
        await self.services.close()
        await self.engine.dispose()
        await self.read_engine.dispose()
