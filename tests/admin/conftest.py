from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from service.app import create_app
from service.state import AppState
from tests.admin.support import AdminClient


@pytest.fixture
async def admin_state(make_state: Callable[..., AppState]) -> AppState:
    return make_state(admin_api=True)


@pytest.fixture
async def admin(admin_state: AppState) -> AsyncIterator[AdminClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(state=admin_state)),
        base_url="http://testserver",
        headers={"User-Agent": "pytest-admin/1.0"},
    ) as http:
        yield AdminClient(http)
