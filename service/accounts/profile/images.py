"""Profile images: decoded for real, bounded, re-encoded without metadata.

Nothing the client says about the file (name, content type) is trusted: Pillow decodes it,
and only PNG, JPEG (MPO, as phones write, included), WebP and GIF (first frame) are accepted;
no other Pillow plugin ever parses an upload. The work is bounded before decoding, from the
header: at most ``image_max_pixels``, and no more pixels than a file of that size could hold
(``PIXELS_PER_BYTE``) beyond a small free allowance, so a 69-byte PNG cannot claim 16 million
pixels; JPEGs are decoded at the smallest scale that still gives ``image_max_edge``. The result
is a fresh WebP with the orientation applied and no EXIF, XMP or ICC data, at most
``image_max_edge`` pixels wide and high. Anything Pillow raises on a malformed file (corrupt
EXIF included) refuses the image. CPU-bound: call ``process_image`` in a worker thread.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from service.accounts.outcomes import FieldError
from service.config import Settings

logger = logging.getLogger("service.images")

OPEN_FORMATS = ("PNG", "JPEG", "WEBP", "GIF")  # Pillow's JPEG plugin opens MPO files too
ACCEPTED_FORMATS = frozenset({*OPEN_FORMATS, "MPO"})
# Deflate packs at most ~1032 bytes into one, and a 1-bit image 8 pixels into a byte: no real
# PNG holds more than about 8000 pixels per byte of file. Far fewer than that are asked here
# beyond FREE_PIXELS (1024 x 1024, cheap to decode whatever the file size).
PIXELS_PER_BYTE = 1024
FREE_PIXELS = 1024 * 1024
MARKUP = re.compile(rb"<\s*(svg|html|script|!doctype|\?xml|body|iframe|object|embed)\b", re.I)
WEBP_QUALITY = 85


@dataclass(frozen=True, slots=True)
class ProcessedImage:
    data: bytes
    key: str
    width: int
    height: int


class ImageRejected(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.error = FieldError("image", code, message)


CHUNK = 64 * 1024
OVERLAP = 32  # longer than any MARKUP match, so none hides across a chunk boundary


def _check_size(upload: BinaryIO, limit: int) -> int:
    upload.seek(0, io.SEEK_END)
    size = upload.tell()
    upload.seek(0)
    if size == 0:
        raise ImageRejected("empty", "The image file is empty.")
    if size > limit:
        raise ImageRejected("too_large", f"The image must be at most {limit // 1024} KiB.")
    return size


def _check_pixels(image: Image.Image, size: int, settings: Settings) -> None:
    """From the header only: refuse before any pixel is decoded."""
    width, height = image.size
    pixels = width * height
    if pixels > settings.image_max_pixels:
        raise ImageRejected(
            "too_many_pixels", f"The image must have at most {settings.image_max_pixels} pixels."
        )
    if pixels > max(FREE_PIXELS, size * PIXELS_PER_BYTE):
        raise ImageRejected(
            "too_many_pixels", "The image declares more pixels than a file of its size can hold."
        )


MAX_JPEG_SCANS = 32
SOS = b"\xff\xda"


def _count_scans(upload: BinaryIO) -> int:
    """JPEG start-of-scan markers in the file: 1 for a baseline image, ~10 for a progressive one.

    Entropy-coded data escapes every 0xFF byte, so the marker cannot hide inside a scan; an
    embedded thumbnail adds its own, which only errs on the side of refusing.
    """
    upload.seek(0)
    count, tail = 0, b""
    while chunk := upload.read(CHUNK):
        count += (tail + chunk).count(SOS)  # a marker split across two chunks counts once
        tail = chunk[-1:]
    upload.seek(0)
    return count


def _check_scans(upload: BinaryIO, image: Image.Image, settings: Settings) -> None:
    """A progressive JPEG is decoded once per scan over every pixel, and scans cost a few bytes
    each: bound the scans, and the pixels they add up to, before any decoding."""
    if image.format not in ("JPEG", "MPO"):
        return
    scans = _count_scans(upload)
    width, height = image.size
    if scans > MAX_JPEG_SCANS or scans * width * height > 12 * settings.image_max_pixels:
        raise ImageRejected(
            "too_many_scans", "The JPEG has more progressive scans than its size allows."
        )


def _is_other_format(upload: BinaryIO) -> bool:
    """Whether another Pillow format claims the file, from its first bytes only (no parsing)."""
    upload.seek(0)
    prefix = upload.read(16)
    upload.seek(0)
    Image.init()
    return any(
        accept is not None and bool(accept(prefix))
        for name, (_factory, accept) in Image.OPEN.items()
        if name not in OPEN_FORMATS
    )


def _contains_markup(upload: BinaryIO) -> bool:
    """Scan the file in chunks (it stays on disk if it was spooled there)."""
    upload.seek(0)
    tail = b""
    while chunk := upload.read(CHUNK):
        if MARKUP.search(tail + chunk):
            return True
        tail = chunk[-OVERLAP:]
    upload.seek(0)
    return False


def process_image(upload: BinaryIO, settings: Settings) -> ProcessedImage:
    size = _check_size(upload, settings.image_max_bytes)
    if _contains_markup(upload):
        raise ImageRejected("polyglot", "The file contains markup (SVG/HTML) and is refused.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(upload, formats=OPEN_FORMATS)
        except UnidentifiedImageError:
            if _is_other_format(upload):
                raise _unsupported() from None
            raise ImageRejected("not_an_image", "The file is not a readable image.") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejected("not_an_image", "The file is not a readable image.") from None
        except (OSError, SyntaxError, ValueError):
            raise _corrupt() from None
        if image.format not in ACCEPTED_FORMATS:  # pragma: no cover - OPEN_FORMATS opens these
            raise _unsupported()
        _check_pixels(image, size, settings)
        _check_scans(upload, image, settings)
        try:
            return _reencode(image, settings.image_max_edge)
        except ImageRejected:
            raise
        except Exception as exc:  # Pillow raises many kinds of errors on malformed input
            logger.info("image refused: %s while decoding", type(exc).__name__)
            raise _corrupt() from None


def _unsupported() -> ImageRejected:
    return ImageRejected("unsupported_format", "Only PNG, JPEG, WebP and GIF images are accepted.")


def _corrupt() -> ImageRejected:
    return ImageRejected("truncated", "The image is truncated or corrupt.")


def _reencode(image: Image.Image, edge: int) -> ProcessedImage:
    image.seek(0)
    image.draft(None, (edge, edge))  # JPEG: decode at 1/2, 1/4 or 1/8 scale when that suffices
    image.load()
    oriented: Image.Image = ImageOps.exif_transpose(image) or image
    has_alpha = oriented.mode in ("RGBA", "LA", "P", "PA") or "transparency" in oriented.info
    clean = oriented.convert("RGBA" if has_alpha else "RGB")
    clean.info.clear()
    clean.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    clean.save(output, "WEBP", quality=WEBP_QUALITY, method=4, exif=b"", icc_profile=None)
    encoded = output.getvalue()
    key = hashlib.sha256(encoded).hexdigest() + ".webp"
    return ProcessedImage(data=encoded, key=key, width=clean.width, height=clean.height)
