"""The offline GraphiQL page: rewritten from Strawberry's own template, assets vendored."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from service.app import create_app
from service.graphql.ide import (
    ASSET_DIR,
    CSP,
    TemplateChanged,
    build_offline_ide,
    cdn_assets,
    strawberry_template,
)

ROOT = Path(__file__).resolve().parents[2]


def test_current_strawberry_template_is_fully_rewritten():
    """Fails loudly when a Strawberry upgrade changes the page so the rewrite no longer applies."""
    template = strawberry_template()
    assets = cdn_assets(template)
    assert {a.package_spec.rsplit("@", 1)[0] for a in assets} >= {"react", "react-dom", "graphiql"}
    ide = build_offline_ide(template)
    assert "unpkg.com" not in ide.html
    assert not re.search(r'(src|href)="(https?:)?//', ide.html)
    assert "<script>" not in ide.html and "<style>" not in ide.html
    assert "GraphiQL.createFetcher" in ide.script
    for asset in assets:
        assert f'"/graphql-assets/{asset.local_path}"' in ide.html
        assert f'integrity="{asset.integrity}"' in ide.html


def test_vendored_files_match_the_sri_hashes_and_carry_licences():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "graphiql_assets.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for spec in {a.package_spec for a in cdn_assets(strawberry_template())}:
        assert (ASSET_DIR / spec / "LICENSE").read_text().strip()


@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t.replace("graphiql@3.8.3", "graphiql@9.9.9"),
        lambda t: t.replace("</head>", '<script src="https://cdn.example/x.js"></script></head>'),
        lambda t: t.replace("</head>", "<script>alert(1)</script></head>"),
        lambda t: re.sub(r'\s+integrity="[^"]+"', "", t, count=1),
        lambda t: re.sub(r"https://unpkg\.com/", "https://esm.sh/", t),
    ],
    ids=["new-version", "new-external-script", "second-inline-script", "no-sri", "other-cdn"],
)
def test_changed_template_fails_loudly(mutate):
    with pytest.raises(TemplateChanged):
        build_offline_ide(mutate(strawberry_template()))


async def test_page_and_assets_are_served_with_a_strict_csp(state):
    app = create_app(state=state)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        page = await c.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 200
        assert page.headers["content-security-policy"] == CSP
        for path in re.findall(r'(?:src|href)="(/graphql-assets/[^"]+)"', page.text):
            asset = await c.get(path)
            assert asset.status_code == 200, path
            assert asset.headers["content-type"].split(";")[0] in {"text/javascript", "text/css"}
        assert (await c.get("/graphql-assets/../config.py")).status_code == 404


def test_the_editor_opens_on_the_account_flows():
    from graphql import parse, validate

    from service.graphql.ide_document import EXAMPLE_DOCUMENT
    from service.graphql.schema import build_schema

    ide = build_offline_ide()
    assert "Welcome to GraphiQL" not in ide.script
    assert json.dumps(EXAMPLE_DOCUMENT) in ide.script
    document = parse(EXAMPLE_DOCUMENT)
    assert validate(build_schema()._schema, document) == []
    names = {d.name.value for d in document.definitions if d.name is not None}
    assert {"Register", "VerifyEmail", "Login", "Me", "RequestPasswordReset", "ResetPassword"} <= (
        names
    )


def test_a_template_without_the_example_query_is_refused():
    template = strawberry_template().replace("const EXAMPLE_QUERY", "const OTHER_QUERY")
    with pytest.raises(TemplateChanged, match="EXAMPLE_QUERY"):
        build_offline_ide(template)
