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


def png_claiming(width: int, height: int, body: bytes = bytes(100)) -> bytes:
    """A PNG header declaring ``width`` x ``height`` pixels over a tiny zlib stream (P7 #4)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(body))
        + chunk(b"IEND", b"")
    )


def webp_with_exif(exif: bytes = b"Exif\x00\x00not a TIFF header") -> bytes:
    """A valid WebP whose EXIF chunk Pillow cannot parse."""
    return encode(Image.new("RGB", (20, 10), "navy"), "WEBP", exif=exif)


def mpo() -> bytes:
    """What phones write: a JPEG with a second image after it (Multi-Picture Object)."""
    frames = [Image.new("RGB", (30, 20), "olive"), Image.new("RGB", (30, 20), "plum")]
    return encode(frames[0], "MPO", save_all=True, append_images=frames[1:])
