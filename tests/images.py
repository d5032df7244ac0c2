"""Images made with Pillow inside the tests: nothing binary is committed."""

from __future__ import annotations

import io

from PIL import Image

ORIENTATION = 0x0112
MAKE = 0x010F


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def png(width: int = 64, height: int = 48, color: str = "teal") -> bytes:
    return encode(Image.new("RGB", (width, height), color), "PNG")


def jpeg_with_exif(width: int = 120, height: int = 60) -> bytes:
    """A JPEG whose EXIF says "rotate 90°" and names a camera."""
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[MAKE] = "SecretCam 3000"
    return encode(Image.new("RGB", (width, height), "orange"), "JPEG", exif=exif.tobytes())


def webp() -> bytes:
    return encode(Image.new("RGBA", (40, 40), (10, 20, 30, 128)), "WEBP")


def animated_gif() -> bytes:
    frames = [Image.new("P", (32, 32), i) for i in (1, 2, 3)]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def bmp() -> bytes:
    return encode(Image.new("RGB", (8, 8)), "BMP")


def huge_png(side: int = 5000) -> bytes:
    """Small on disk, large in pixels: a decompression bomb in miniature."""
    return encode(Image.new("1", (side, side)), "PNG", optimize=True)


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
HTML_POLYGLOT = (
    encode(Image.new("P", (4, 4)), "GIF") + b"<html><script>alert(document.domain)</script>"
)
