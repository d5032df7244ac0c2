"""Fetch the GraphiQL page's JS/CSS from the npm registry into service/static/graphiql/.

Strawberry's GraphiQL template loads React, GraphiQL and its explorer plugin from a public CDN,
each pinned by version and Subresource Integrity hash. This script downloads the same packages
with ``npm pack``, extracts the exact files the template names, checks each against the
template's SRI hash (a mismatch is an error, nothing is written), and stores them with the
packages' licence files beside them. ``--check`` verifies the committed files without network.

    python scripts/graphiql_assets.py          # refresh (make graphiql-assets)
    python scripts/graphiql_assets.py --check  # verify
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.graphql.ide import ASSET_DIR, CdnAsset, cdn_assets, strawberry_template  # noqa: E402

LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE")


def sri(data: bytes, algorithm: str) -> str:
    digest = hashlib.new(algorithm, data).digest()
    return f"{algorithm}-{base64.b64encode(digest).decode()}"


def verify(asset: CdnAsset, data: bytes) -> None:
    algorithm = asset.integrity.split("-", 1)[0]
    actual = sri(data, algorithm)
    if actual != asset.integrity:
        raise SystemExit(f"SRI mismatch for {asset.url}: template {asset.integrity}, file {actual}")


def licence_text(archive: tarfile.TarFile, members: dict[str, tarfile.TarInfo], spec: str) -> bytes:
    """The package's licence file, or (when it ships none) what its package.json declares."""
    for name in LICENCE_NAMES:
        if name in members:
            member = archive.extractfile(members[name])
            assert member is not None
            return member.read()
    member = archive.extractfile(members["package.json"])
    assert member is not None
    meta = json.loads(member.read())
    if not meta.get("license"):
        raise SystemExit(f"{spec} declares no licence")
    repository = meta.get("repository")
    if isinstance(repository, dict):
        repository = repository.get("url")
    return (
        f"{spec} ships no licence file; its package.json declares the licence "
        f"{meta['license']!r}.\nSource: {repository or meta.get('homepage', 'n/a')}\n"
    ).encode()


def fetch(assets: list[CdnAsset]) -> None:
    with tempfile.TemporaryDirectory() as temp:
        packages = sorted({asset.package_spec for asset in assets})
        subprocess.run(
            ["npm", "pack", "--silent", "--pack-destination", temp, *packages],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        tarballs = {path.name: path for path in Path(temp).glob("*.tgz")}
        staged: dict[Path, bytes] = {}
        for spec in packages:
            name, version = spec.rsplit("@", 1)
            tarball = tarballs[f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"]
            with tarfile.open(tarball) as archive:
                members = {m.name.removeprefix("package/"): m for m in archive.getmembers()}
                for asset in (a for a in assets if a.package_spec == spec):
                    member = archive.extractfile(members[asset.file_path])
                    assert member is not None
                    data = member.read()
                    verify(asset, data)
                    staged[ASSET_DIR / asset.local_path] = data
                staged[ASSET_DIR / spec / "LICENSE"] = licence_text(archive, members, spec)
        for path, data in staged.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        manifest = {a.url: {"file": a.local_path, "integrity": a.integrity} for a in assets}
        (ASSET_DIR / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {len(staged)} files to {ASSET_DIR.relative_to(ROOT)}")


def check(assets: list[CdnAsset]) -> None:
    for asset in assets:
        path = ASSET_DIR / asset.local_path
        if not path.is_file():
            raise SystemExit(f"missing {path.relative_to(ROOT)}: run `make graphiql-assets`")
        verify(asset, path.read_bytes())
        if not (ASSET_DIR / asset.package_spec / "LICENSE").is_file():
            raise SystemExit(f"missing licence for {asset.package_spec}")
    print(f"{len(assets)} GraphiQL assets match the template's SRI hashes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify, do not download")
    args = parser.parse_args()
    assets = cdn_assets(strawberry_template())
    (check if args.check else fetch)(assets)


if __name__ == "__main__":
    main()
