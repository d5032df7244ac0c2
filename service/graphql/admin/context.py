"""The admin endpoint's request context: the users' context, and the staff behind it.

An ``Authorization: Bearer adm_…`` header names an admin key; any other credential the users'
API accepts (a bearer session token, or the browser session's cookie where it cannot be
forged) names a session, whose account must be staff, signed in at AAL2. The caller is
resolved once per request, and each request spends one of the caller's admin budget
(``ACCOUNTS_RATE_LIMIT_ADMIN_REQUESTS_PER_CALLER``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import cached_property

from starlette.requests import Request
from starlette.responses import Response

from service.accounts.admin.callers import key_staff, session_staff
from service.accounts.admin.staff import Staff
from service.accounts.tokens import ADMIN_KEYS
from service.graphql import browser_session
from service.graphql.context import Context
from service.graphql.credentials import Credential, bearer_token, request_credential
from service.graphql.errors import (
    ExpectedError,
    ForbiddenError,
    TooManyRequestsError,
    UnauthenticatedError,
)
from service.state import AppState

UNKNOWN_KEY = "Unknown or revoked admin key."


class AdminContext(Context):
    @cached_property
    def credential(self) -> Credential | None:
        """As on ``/graphql``, except that the browser session's cookie counts only from the
        service's own pages: an origin of ``ACCOUNTS_CORS_ORIGINS``, trusted with the users'
        API, does not get its staff's admin access."""
        credential = request_credential(self.request, self.state.settings)
        origin = self.request.headers.get("origin")
        if (
            credential is not None
            and credential.by_cookie
            and origin is not None
            and origin.lower() not in browser_session.own_origins(self.request, self.state.settings)
        ):
            return None
        return credential

    def __init__(self, request: Request, state: AppState, response: Response | None = None) -> None:
        super().__init__(request, state, response)
        self._staff: Staff | Callable[[], ExpectedError] | None = None
        self._staff_lock = asyncio.Lock()

    async def staff(self) -> Staff:
        """The staff calling, or the error every admin field answers."""
        async with self._staff_lock:
            if self._staff is None:
                self._staff = await self._load_staff()
        if not isinstance(self._staff, Staff):
            raise self._staff()  # a new error for each field that asks
        return self._staff

    async def _load_staff(self) -> Staff | Callable[[], ExpectedError]:
        bearer = bearer_token(self.request.headers.get("authorization"))
        if bearer is not None and bearer.startswith(ADMIN_KEYS.prefix):
            async with self.unit_of_work() as uow:
                staff = await key_staff(uow, bearer, self.client)
            if staff is None:
                return lambda: UnauthenticatedError(UNKNOWN_KEY)
        else:
            viewer = await self.viewer()
            if viewer is None:
                return UnauthenticatedError
            async with self.unit_of_work() as uow:
                found = await session_staff(uow, viewer, self.client)
            if not isinstance(found, Staff):
                message = found.message
                return lambda: ForbiddenError(message)
            staff = found
        if limited := await self.services.limiter.admin_request(staff.budget):
            retry_after = limited.retry_after_seconds
            return lambda: TooManyRequestsError(retry_after)
        return staff
