"""Image processing: accepted formats, refusals, metadata stripped, bounded size."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from service.accounts.profile.images import ImageRejected, process_image
from service.config import Settings
from tests import images

SETTINGS = Settings(_env_file=None)  # type: ignore[call-arg]


def run(data: bytes, settings: Settings = SETTINGS):
    return process_image(io.BytesIO(data), settings)


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    "data",
    [images.png(), images.jpeg_with_exif(), images.webp(), images.animated_gif()],
    ids=["png", "jpeg", "webp", "gif"],
)
def test_accepted_formats_are_reencoded_as_webp(data):
    result = run(data)
    out = decoded(result.data)
    assert out.format == "WEBP"
    assert result.key.endswith(".webp") and len(result.key) == 64 + 5
    assert getattr(out, "n_frames", 1) == 1


def test_exif_is_stripped_and_orientation_applied():
    result = run(images.jpeg_with_exif(120, 60))
    out = decoded(result.data)
    assert out.size == (60, 120)  # rotated as the EXIF said, then the EXIF dropped
    assert dict(out.getexif()) == {}
    assert not {"exif", "xmp", "icc_profile"} & set(out.info)
    assert b"SecretCam" not in result.data


def test_large_images_are_downscaled_to_the_max_edge():
    settings = Settings(_env_file=None, image_max_edge=100)  # type: ignore[call-arg]
    out = decoded(run(images.png(400, 200), settings).data)
    assert out.size == (100, 50)


def test_transparency_is_kept():
    out = decoded(run(images.webp()).data)
    assert out.mode == "RGBA"


def test_same_content_same_key():
    assert run(images.png()).key == run(images.png()).key != run(images.png(color="red")).key


@pytest.mark.parametrize(
    ("data", "code", "settings"),
    [
        (b"", "empty", SETTINGS),
        (b"plain text, not an image", "not_an_image", SETTINGS),
        (images.png()[:-40], "truncated", SETTINGS),
        (images.jpeg_with_exif()[:300], "truncated", SETTINGS),
        (images.SVG, "polyglot", SETTINGS),
        (images.HTML_POLYGLOT, "polyglot", SETTINGS),
        (images.bmp(), "unsupported_format", SETTINGS),
        (images.png(200, 200), "too_large", Settings(_env_file=None, image_max_bytes=1024)),  # type: ignore[call-arg]
        (images.huge_png(), "too_many_pixels", SETTINGS),
    ],
    ids=[
        "empty",
        "text",
        "truncated-png",
        "truncated-jpeg",
        "svg",
        "html-polyglot",
        "bmp",
        "oversize-bytes",
        "oversize-pixels",
    ],
)
def test_refusals(data, code, settings):
    if code == "too_large":
        data = data + bytes(2048)
    with pytest.raises(ImageRejected) as rejected:
        run(data, settings)
    assert rejected.value.error.field == "image"
    assert rejected.value.error.code == code
    assert rejected.value.error.message


def test_markup_across_a_chunk_boundary_is_found():
    from service.accounts.profile import images as module

    data = images.png()
    padded = data + bytes(module.CHUNK - len(data) - 3) + b"<script>alert(1)</script>"
    with pytest.raises(ImageRejected) as rejected:
        run(padded)
    assert rejected.value.error.code == "polyglot"


def test_pixels_a_file_cannot_hold_are_refused_from_the_header(monkeypatch):
    """69 bytes claiming 1 x 16,000,000 pixels: refused before a pixel is decoded."""
    loads = []
    monkeypatch.setattr(Image.Image, "load", lambda self: loads.append(self))
    bomb = images.png_claiming(1, 16_000_000)
    assert len(bomb) < 200
    with pytest.raises(ImageRejected) as rejected:
        run(bomb)
    assert (rejected.value.error.field, rejected.value.error.code) == ("image", "too_many_pixels")
    assert loads == []


def test_small_images_need_no_particular_file_size():
    """A flat 1024 x 1024 lossless WebP is 88 bytes: within the free allowance. Twice the
    side in 220 bytes is more than any real image packs, and refused."""
    flat = images.encode(Image.new("RGB", (1024, 1024), "teal"), "WEBP", lossless=True)
    assert len(flat) * 1024 < 1024 * 1024
    assert run(flat).width == SETTINGS.image_max_edge
    larger = images.encode(Image.new("RGB", (2048, 2048), "teal"), "WEBP", lossless=True)
    with pytest.raises(ImageRejected) as rejected:
        run(larger)
    assert rejected.value.error.code == "too_many_pixels"


def test_corrupt_exif_is_a_refusal_not_a_crash():
    with pytest.raises(ImageRejected) as rejected:
        run(images.webp_with_exif())
    assert (rejected.value.error.field, rejected.value.error.code) == ("image", "truncated")


def test_mpo_is_accepted_as_jpeg():
    assert Image.open(io.BytesIO(images.mpo())).format == "MPO"
    out = decoded(run(images.mpo()).data)
    assert (out.format, out.size) == ("WEBP", (30, 20))


def test_only_the_accepted_formats_are_parsed(monkeypatch):
    """Other Pillow plugins never see an upload (their parsers are attack surface)."""
    Image.init()
    factory, accept = Image.OPEN["BMP"]
    opened = []
    monkeypatch.setitem(Image.OPEN, "BMP", (lambda *a: opened.append(1) or factory(*a), accept))
    with pytest.raises(ImageRejected) as rejected:
        run(images.bmp())
    assert rejected.value.error.code == "unsupported_format"
    assert opened == []


def _progressive_bomb(extra_scans: int) -> bytes:
    """A 4096x4096 progressive JPEG whose last scan is repeated: every scan decodes every pixel."""
    image = Image.new("L", (4096, 4096), 128)
    out = io.BytesIO()
    image.save(out, "JPEG", progressive=True, quality=50)
    data = out.getvalue()
    last = data[data.rfind(b"\xff\xda") : -2]
    return data[:-2] + last * extra_scans + b"\xff\xd9"


def test_progressive_jpeg_scan_bombs_are_refused_before_decoding():
    bomb = _progressive_bomb(300)
    assert len(bomb) < 100_000
    with pytest.raises(ImageRejected) as refused:
        run(bomb)
    assert refused.value.error.code == "too_many_scans"


def test_ordinary_progressive_jpegs_are_accepted():
    image = Image.new("RGB", (1600, 1200), "teal")
    out = io.BytesIO()
    image.save(out, "JPEG", progressive=True, quality=85)
    processed = run(out.getvalue())
    assert (processed.width, processed.height) == (512, 384)
