"""The committed build of the web app (service/static/web/) is what its sources build to.

The build is reproducible (content-hashed names, no timestamps), so the sources are built
again (codegen from schema.graphql, tsc, vite) into a temporary directory and compared byte
for byte: a change to the app or to the schema without `make web` fails here.
"""

from __future__ import annotations

from pathlib import Path

from service.graphql.trusted import BUNDLED
from service.web import WEB_DIR
from tests.web.conftest import npm


def tree(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def test_committed_build_is_what_the_sources_build_to(web_node_modules, tmp_path):
    out = tmp_path / "web"
    built = npm("run", "build", "--", "--outDir", str(out), "--emptyOutDir")
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    fresh, committed = tree(out), tree(WEB_DIR)
    assert sorted(fresh) == sorted(committed), "stale build: run `make web` and commit the result"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale build ({', '.join(stale)}): run `make web` and commit the result"
    sources = WEB_DIR.parents[2] / "clients" / "web" / "src"
    for generated, bundled in (
        (sources / "gql", "users-web.json"),
        (sources / "admin" / "gql", "admin-web.json"),
    ):
        manifest = (generated / "persisted-documents.json").read_bytes()
        assert manifest == (BUNDLED / bundled).read_bytes(), f"stale {bundled}: run `make web`"


def test_a_breaking_schema_change_fails_the_build(web_node_modules, tmp_path):
    schema = (WEB_DIR.parents[2] / "schema.graphql").read_text()
    broken = schema.replace("  username: String!\n  firstName", "  handle: String!\n  firstName", 1)
    assert broken != schema
    (tmp_path / "broken.graphql").write_text(broken)
    codegen = npm("run", "codegen", env={"SCHEMA": str(tmp_path / "broken.graphql")})
    assert codegen.returncode != 0
    assert 'Cannot query field "username" on type "User"' in codegen.stdout + codegen.stderr
