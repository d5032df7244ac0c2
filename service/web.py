"""The account web app (``clients/web``), served at ``/account/``.

The built app is committed in ``service/static/web/`` (``make web`` rebuilds it), so serving
it needs nothing but Python. Every path under ``/account/`` that is not a built asset answers
the app's ``index.html``: the app routes on the client (``/account/sessions``, …). The page
gets the same strict Content-Security-Policy as the offline GraphiQL (only the service's own
origin; no inline script or style), and the assets, whose names carry a hash of their
content, are cached for good while ``index.html`` is revalidated on every load (and read
from disk on every load, so a rebuild while the service runs serves the new page).

What the page needs to know of the service's configuration (the product's name, its logo,
the origins passkeys work on) is written into ``index.html`` as it is served: the name in its
``<title>``, the rest in ``<meta name="accounts-config">`` (JSON, HTML-escaped), since the
policy allows no inline script.
"""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from service.config import Settings
from service.config.web import LOGO_TYPES
from service.graphql.ide import CSP

logger = logging.getLogger("service.web")

WEB_DIR = Path(__file__).resolve().parent / "static" / "web"
BASE = "/account"
ASSET_NAME = re.compile(r"[A-Za-z0-9_-]+-[A-Za-z0-9_-]{8}\.(?:js|css)")
CONTENT_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
ASSET_HEADERS = {**COMMON_HEADERS, "Cache-Control": "public, max-age=31536000, immutable"}
LOGO_HEADERS = {
    **COMMON_HEADERS,
    "Cache-Control": "public, max-age=300",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
}
TITLE = re.compile(rb"<title>[^<]*</title>")
LOGO_URL = BASE + "/logo"


def page_csp(media_url: str) -> str:
    """GraphiQL's policy, with the media storage's origin allowed for images when profile
    images are served from elsewhere (an object store or a CDN)."""
    parts = urlsplit(media_url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return CSP.replace(
            "img-src 'self' data:", f"img-src 'self' data: {parts.scheme}://{parts.netloc}"
        )
    return CSP


def page_config(settings: Settings) -> dict[str, object]:
    """What the page reads from ``<meta name="accounts-config">``."""
    return {
        "productName": settings.product_name,
        "logoUrl": LOGO_URL if settings.product_logo is not None else None,
        "passkeyOrigins": settings.webauthn_origin_list,
        "adminApi": settings.admin_api,
    }


def personalise(index: bytes, settings: Settings) -> bytes:
    """``index.html`` with the product's name as its title and the page's configuration."""
    name = html.escape(settings.product_name).encode()
    config = html.escape(json.dumps(page_config(settings), separators=(",", ":")), quote=True)
    meta = f'<meta name="accounts-config" content="{config}" />'.encode()
    index = TITLE.sub(lambda _: b"<title>" + name + b"</title>", index, count=1)
    return index.replace(b"</head>", meta + b"\n  </head>", 1)


def logo_route(settings: Settings) -> list[BaseRoute]:
    logo = settings.product_logo
    if logo is None:
        return []
    media_type = LOGO_TYPES[logo.suffix.lower()]

    async def serve_logo(_: Request) -> Response:
        if not logo.is_file():
            return PlainTextResponse("Not Found", status_code=404, headers=COMMON_HEADERS)
        return FileResponse(logo, media_type=media_type, headers=LOGO_HEADERS)

    return [Route(LOGO_URL, serve_logo, methods=["GET", "HEAD"])]


def web_routes(settings: Settings, directory: Path = WEB_DIR) -> list[BaseRoute]:
    index_path = directory / "index.html"
    if not index_path.is_file():
        logger.warning("the web app is not built (%s is missing): run `make web`", index_path)
        return []
    page_headers = {
        **COMMON_HEADERS,
        "Content-Security-Policy": page_csp(settings.media_url),
        "Cache-Control": "no-cache",
    }

    async def page(_: Request) -> Response:
        # Read on each load (a small file), never kept from startup: after `make web` while
        # the service runs, the old page would name assets that no longer exist.
        try:
            index = index_path.read_bytes()
        except OSError:
            return PlainTextResponse("Not Found", status_code=404, headers=COMMON_HEADERS)
        return Response(
            personalise(index, settings),
            media_type="text/html; charset=utf-8",
            headers=page_headers,
        )

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        path = directory / "assets" / name
        if not ASSET_NAME.fullmatch(name) or not path.is_file():
            return PlainTextResponse("Not Found", status_code=404, headers=COMMON_HEADERS)
        return FileResponse(
            path, media_type=CONTENT_TYPES[name.rsplit(".", 1)[1]], headers=ASSET_HEADERS
        )

    async def to_slash(_: Request) -> Response:
        return RedirectResponse(BASE + "/", status_code=308)

    return [
        Route(BASE, to_slash, methods=["GET", "HEAD"]),
        Route(BASE + "/assets/{name:path}", asset, methods=["GET", "HEAD"]),
        *logo_route(settings),
        Route(BASE + "/{path:path}", page, methods=["GET", "HEAD"]),
    ]
