"""The account web app at /account/: index.html for every client route, under GraphiQL's
strict CSP; hashed assets cached for good; off in production unless switched on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.app import create_app
from service.graphql.ide import CSP
from service.web import WEB_DIR, page_csp, personalise, web_routes
from tests.conftest import make_settings


def app_with(tmp_path: Path, **overrides: Any):
    url = f"sqlite+aiosqlite:///{tmp_path / 'web.db'}"
    return create_app(make_settings(url, media_dir=tmp_path / "media", **overrides))


def client(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


INDEX = (WEB_DIR / "index.html").read_bytes()


@pytest.mark.parametrize(
    "path", ["/account/", "/account/login", "/account/two-factor", "/account/a/deep/link?x=1"]
)
async def test_every_client_route_answers_index_html_with_the_csp(tmp_path, path):
    async with client(app_with(tmp_path)) as c:
        page = await c.get(path)
    assert page.status_code == 200
    assert page.content == personalise(INDEX, make_settings("sqlite+aiosqlite://"))
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == CSP
    assert page.headers["cache-control"] == "no-cache"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["x-frame-options"] == "DENY"


async def test_bare_prefix_redirects_to_the_app(tmp_path):
    async with client(app_with(tmp_path)) as c:
        answer = await c.get("/account")
    assert answer.status_code == 308
    assert answer.headers["location"] == "/account/"


async def test_assets_are_served_with_their_types_and_cached_for_good(tmp_path):
    html = INDEX.decode()
    paths = re.findall(r'(?:src|href)="(/account/assets/[^"]+)"', html)
    assert {p.rsplit(".", 1)[1] for p in paths} == {"js", "css"}
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html), "the page loads from elsewhere"
    assert "<style" not in html and re.search(r"<script>", html) is None
    async with client(app_with(tmp_path)) as c:
        for path in paths:
            asset = await c.get(path)
            assert asset.status_code == 200, path
            assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
            assert asset.headers["x-content-type-options"] == "nosniff"
            kind = asset.headers["content-type"].split(";")[0]
            assert kind == ("text/javascript" if path.endswith(".js") else "text/css")
            assert asset.content == (WEB_DIR / "assets" / path.rsplit("/", 1)[1]).read_bytes()
        for missing in ("/account/assets/nope-12345678.js", "/account/assets/..%2Findex.html"):
            assert (await c.get(missing)).status_code == 404, missing


async def test_the_built_bundle_makes_no_external_requests():
    for asset in (WEB_DIR / "assets").iterdir():
        text = asset.read_text()
        # URLs in the bundle: only React's documentation links in its error messages
        for url in re.findall(r"https?://[^\s\"'`)]+", text):
            assert url.startswith(("https://react.dev/", "http://www.w3.org/")), (asset, url)


@pytest.mark.parametrize(
    ("overrides", "served"),
    [
        ({}, True),
        ({"env": "production"}, False),
        ({"env": "production", "web_ui": True}, True),
        ({"web_ui": False}, False),
    ],
)
async def test_on_in_development_off_in_production_unless_set(tmp_path, overrides, served):
    async with client(app_with(tmp_path, **overrides)) as c:
        answer = await c.get("/account/login")
    assert answer.status_code == (200 if served else 404)


def test_images_from_another_media_origin_are_allowed():
    assert page_csp("/media/") == CSP
    policy = page_csp("https://cdn.example.com/avatars/")
    assert "img-src 'self' data: https://cdn.example.com;" in policy
    assert "script-src 'self';" in policy and "connect-src 'self';" in policy


def test_not_built_means_not_served(tmp_path):
    assert web_routes(make_settings("sqlite+aiosqlite://"), directory=tmp_path) == []


async def test_a_rebuild_while_serving_serves_the_new_page_with_its_assets(tmp_path):
    """`make web` while `make run` serves replaces index.html and the hashed assets: the page
    must be the new one (the old one names assets that are gone: a blank page)."""
    from starlette.applications import Starlette

    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text('<script src="/account/assets/app-AAAAAAAA.js">')
    (tmp_path / "assets" / "app-AAAAAAAA.js").write_text("old")
    app = Starlette(routes=web_routes(make_settings("sqlite+aiosqlite://"), directory=tmp_path))
    async with client(app) as c:
        assert b"app-AAAAAAAA.js" in (await c.get("/account/")).content
        (tmp_path / "assets" / "app-AAAAAAAA.js").unlink()
        (tmp_path / "assets" / "app-BBBBBBBB.js").write_text("new")
        (tmp_path / "index.html").write_text('<script src="/account/assets/app-BBBBBBBB.js">')
        page = await c.get("/account/login")
        assert b"app-BBBBBBBB.js" in page.content
        assert (await c.get("/account/assets/app-BBBBBBBB.js")).text == "new"


async def test_the_page_carries_the_product_name_the_logo_and_the_passkey_origins(tmp_path):
    """Configuration reaches the page through its <title> and one <meta> tag (the CSP allows no
    inline script); what an operator writes is escaped, never markup."""
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>')
    app = app_with(
        tmp_path,
        product_name='Acme <b>"ID"</b>',
        product_logo=logo,
        webauthn_rp_id="example.com",
        webauthn_origins="https://example.com,https://id.example.com",
    )
    async with client(app) as c:
        page = await c.get("/account/sessions")
        served_logo = await c.get("/account/logo")
    text = page.text
    assert "<title>Acme &lt;b&gt;&quot;ID&quot;&lt;/b&gt;</title>" in text
    assert "<b>" not in text
    [content] = re.findall(r'<meta name="accounts-config" content="([^"]*)" />', text)
    import html
    import json

    assert json.loads(html.unescape(content)) == {
        "productName": 'Acme <b>"ID"</b>',
        "logoUrl": "/account/logo",
        "passkeyOrigins": ["https://example.com", "https://id.example.com"],
        "adminApi": False,
    }
    assert text.count('<meta name="accounts-config"') == 1
    assert served_logo.status_code == 200
    assert served_logo.headers["content-type"] == "image/svg+xml"
    assert served_logo.content == logo.read_bytes()
    assert "sandbox" in served_logo.headers["content-security-policy"]
    assert served_logo.headers["x-content-type-options"] == "nosniff"


async def test_without_a_logo_the_page_uses_its_own_mark(tmp_path):
    async with client(app_with(tmp_path)) as c:
        page = await c.get("/account/")
        logo = await c.get("/account/logo")
    assert "&quot;logoUrl&quot;:null" in page.text
    assert "<title>Accounts</title>" in page.text
    assert logo.status_code == 200 and logo.content == page.content  # just another app route


@pytest.mark.parametrize(
    ("overrides", "location"),
    [
        ({}, "/account/"),
        ({"env": "production", "web_ui": False, "graphiql": True}, "/graphql"),
        ({"env": "production"}, None),
    ],
)
async def test_the_root_leads_to_the_web_app_or_the_explorer(tmp_path, overrides, location):
    async with client(app_with(tmp_path, secret_key="k" * 40, **overrides)) as c:
        answer = await c.get("/")
    if location is None:
        assert answer.status_code == 404
    else:
        assert answer.status_code == 307 and answer.headers["location"] == location
