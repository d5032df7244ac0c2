"""GraphiQL that works offline and under a strict Content-Security-Policy.

Strawberry's GraphiQL page loads React and GraphiQL from a public CDN, so it is blank on a
closed network or under a CSP that allows only the service's own origin. This module takes the
very same page and rewrites it: every CDN asset points at its vendored copy (fetched from the
npm registry by ``scripts/graphiql_assets.py``, checked against the page's SRI hashes, which the
browser still enforces), and the inline script and style move to files of their own so the CSP
needs no ``'unsafe-inline'``. The editor opens on the account flows (``ide_document``) instead
of the stock welcome text. If a Strawberry upgrade changes the page so that the rewrite no
longer applies, ``TemplateChanged`` is raised rather than serving a half-broken explorer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from service.graphql.ide_document import EXAMPLE_DOCUMENT

ASSET_DIR = Path(__file__).resolve().parent.parent / "static" / "graphiql"
ASSET_URL = "/graphql-assets/"
SCRIPT_NAME = "ide.js"
STYLE_NAME = "ide.css"

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

TAG = re.compile(r"<(?:script|link)\b[^>]*>", re.S)
CDN_URL = re.compile(
    r'(?:src|href)="(?P<url>https://unpkg\.com/(?P<spec>(?:@[^/@"]+/)?[^/@"]+@[^/"]+)/(?P<path>[^"]+))"'
)
INTEGRITY = re.compile(r'integrity="(?P<value>sha(?:256|384|512)-[A-Za-z0-9+/=]+)"')
INLINE_SCRIPT = re.compile(r"<script>(?P<body>.*?)</script>", re.S)
INLINE_STYLE = re.compile(r"<style>(?P<body>.*?)</style>", re.S)
EXAMPLE_QUERY = re.compile(r"const EXAMPLE_QUERY = `.*?`;", re.S)
EXTERNAL_REFERENCE = re.compile(r'(?:src|href)="(?:https?:)?//', re.I)


class TemplateChanged(RuntimeError):
    """Strawberry's GraphiQL page no longer has the shape the offline rewrite expects."""


@dataclass(frozen=True, slots=True)
class CdnAsset:
    url: str
    package_spec: str  # e.g. "@graphiql/plugin-explorer@1.0.2"
    file_path: str  # inside the npm package
    integrity: str

    @property
    def local_path(self) -> str:
        return f"{self.package_spec}/{self.file_path}"


@dataclass(frozen=True, slots=True)
class OfflineIDE:
    html: str
    script: str
    style: str
    script_name: str = SCRIPT_NAME


def strawberry_template() -> str:
    from strawberry.http.ides import get_graphql_ide_html

    return get_graphql_ide_html(graphql_ide="graphiql")


def cdn_assets(template: str) -> list[CdnAsset]:
    assets = []
    for tag in TAG.findall(template):
        url, integrity = CDN_URL.search(tag), INTEGRITY.search(tag)
        if url is None:
            continue
        if integrity is None:
            raise TemplateChanged(f"CDN asset without an integrity hash: {url['url']}")
        assets.append(CdnAsset(url["url"], url["spec"], url["path"], integrity["value"]))
    return assets


def build_offline_ide(
    template: str | None = None,
    asset_dir: Path = ASSET_DIR,
    *,
    example: str = EXAMPLE_DOCUMENT,
    script_name: str = SCRIPT_NAME,
) -> OfflineIDE:
    """The page, its script (served as ``script_name``: each endpoint's explorer opens on its
    own ``example`` and queries the page's own URL) and its style."""
    html = template if template is not None else strawberry_template()
    assets = cdn_assets(html)
    if not assets:
        raise TemplateChanged("the GraphiQL page loads nothing from the CDN any more")
    for asset in assets:
        if not (asset_dir / asset.local_path).is_file():
            raise TemplateChanged(
                f"{asset.url} is not vendored: run `make graphiql-assets` and commit the result"
            )
        html = html.replace(asset.url, ASSET_URL + asset.local_path)
    scripts, styles = INLINE_SCRIPT.findall(html), INLINE_STYLE.findall(html)
    if len(scripts) != 1 or len(styles) != 1:
        raise TemplateChanged(
            "expected one inline script and one style block, "
            f"found {len(scripts)} and {len(styles)}"
        )
    script, replaced = EXAMPLE_QUERY.subn(
        lambda _: f"const EXAMPLE_QUERY = {json.dumps(example)};", scripts[0]
    )
    if replaced != 1:
        raise TemplateChanged("the GraphiQL script has no EXAMPLE_QUERY to open on")
    html = INLINE_SCRIPT.sub(f'<script src="{ASSET_URL}{script_name}"></script>', html)
    html = INLINE_STYLE.sub(f'<link rel="stylesheet" href="{ASSET_URL}{STYLE_NAME}" />', html)
    if leftover := EXTERNAL_REFERENCE.search(html):
        raise TemplateChanged(f"the page still loads from another origin: {leftover.group(0)}")
    return OfflineIDE(html=html, script=script, style=styles[0], script_name=script_name)
