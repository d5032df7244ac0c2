"""A profile image uploaded through a real uvicorn process with httpx multipart."""

from __future__ import annotations

import json

import httpx
import pytest
from PIL import Image

from tests import images
from tests.e2e.server import running_server
from tests.helpers import ME, REGISTER, registration


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upload_over_http(fresh_database, tmp_path, backend):
    url = fresh_database(backend)
    with running_server(url, tmp_path) as base, httpx.Client(base_url=base, timeout=30) as client:
        response = client.post(
            "/graphql",
            data={
                "operations": json.dumps(
                    {"query": REGISTER, "variables": {"input": registration(image=None)}}
                ),
                "map": json.dumps({"avatar": ["variables.input.image"]}),
            },
            files={"avatar": ("me.jpg", images.jpeg_with_exif(), "image/jpeg")},
            headers={"Apollo-Require-Preflight": "true"},
        )
        assert response.status_code == 200, response.text
        result = response.json()["data"]["registerUser"]
        assert result["__typename"] == "AuthSuccess"
        image_url = result["user"]["imageUrl"]
        fetched = client.get(image_url)
        assert fetched.status_code == 200
        assert fetched.headers["content-type"] == "image/webp"
        assert fetched.headers["x-content-type-options"] == "nosniff"
        assert "max-age=31536000" in fetched.headers["cache-control"]
        (tmp_path / "fetched.webp").write_bytes(fetched.content)
        with Image.open(tmp_path / "fetched.webp") as picture:
            assert picture.format == "WEBP" and picture.size == (60, 120)
            assert dict(picture.getexif()) == {}
        me = client.post(
            "/graphql", json={"query": ME}, headers={"Authorization": f"Bearer {result['token']}"}
        )
        assert me.json()["data"]["me"]["imageUrl"] == image_url
        assert len(list((tmp_path / "media").iterdir())) == 1
