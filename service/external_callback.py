"""``GET /auth/external/<provider>/callback``: where a provider sends the browser back.

The flow (``accounts.external.flows``) is found by its state; the browser is then redirected
(303) to the flow's ``returnTo`` with ``#handoff=…`` or ``#error=…`` in the fragment, which
browsers never send to a server. A request that names no live flow of that provider gets a
plain 400 page, and nothing else happens; while the database cannot be reached, a plain 503
that asks the person to start again (a flow half-way through stays unusable). The answer is
never cached and sends no Referer.
"""

from __future__ import annotations

import logging

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from service.accounts.external import flows
from service.db.faults import is_unavailable
from service.state import AppState

logger = logging.getLogger("service.external")

HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}
UNKNOWN = (
    "This sign-in link is not valid any more (it was used, it expired, or it was not started "
    "here). Go back and start the sign-in again.\n"
)
UNAVAILABLE = "The service cannot finish the sign-in right now. Go back and start it again.\n"


def callback_routes(state: AppState) -> list[Route]:
    async def callback(request: Request) -> Response:
        provider = request.path_params["provider"]
        try:
            async with state.unit_of_work() as uow:
                redirect = await flows.callback(
                    uow, state.services, provider, request.url.query[:8192]
                )
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            logger.warning("external callback: storage unavailable: %s", type(exc).__name__)
            return PlainTextResponse(
                UNAVAILABLE, status_code=503, headers={**HEADERS, "Retry-After": "5"}
            )
        if redirect.location is None:
            return PlainTextResponse(UNKNOWN, status_code=400, headers=HEADERS)
        return RedirectResponse(redirect.location, status_code=303, headers=HEADERS)

    path = flows.CALLBACK_PATH.replace("{provider}", "{provider:str}")
    return [Route(path, callback, methods=["GET"])]
