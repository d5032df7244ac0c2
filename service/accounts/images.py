"""Profile images: decoded for real, bounded, re-encoded without metadata.

Nothing the client says about the file (name, content type) is trusted: Pillow decodes it,
and only PNG, JPEG, WebP and GIF (first frame) are accepted. The result is a fresh WebP with
the orientation applied and no EXIF, XMP or ICC data, at most ``image_max_edge`` pixels wide
and high. CPU-bound: call ``process_image`` in a worker thread.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from service.accounts.results import FieldError
from service.config import Settings

ACCEPTED_FORMATS = frozenset({"PNG", "JPEG", "WEBP", "GIF"})
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


def _check_size(upload: BinaryIO, limit: int) -> None:
    upload.seek(0, io.SEEK_END)
    size = upload.tell()
    upload.seek(0)
    if size == 0:
        raise ImageRejected("empty", "The image file is empty.")
    if size > limit:
        raise ImageRejected("too_large", f"The image must be at most {limit // 1024} KiB.")


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
    _check_size(upload, settings.image_max_bytes)
    if _contains_markup(upload):
        raise ImageRejected("polyglot", "The file contains markup (SVG/HTML) and is refused.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(upload)
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ):
            raise ImageRejected("not_an_image", "The file is not a readable image.") from None
        except (OSError, SyntaxError, ValueError):
            raise ImageRejected("truncated", "The image is truncated or corrupt.") from None
        if image.format not in ACCEPTED_FORMATS:
            raise ImageRejected(
                "unsupported_format", "Only PNG, JPEG, WebP and GIF images are accepted."
            )
        width, height = image.size
        if width * height > settings.image_max_pixels:
            raise ImageRejected(
                "too_many_pixels",
                f"The image must have at most {settings.image_max_pixels} pixels.",
            )
        try:
            image.seek(0)
            image.load()
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombWarning):
            raise ImageRejected("truncated", "The image is truncated or corrupt.") from None
    oriented: Image.Image = ImageOps.exif_transpose(image) or image
    has_alpha = oriented.mode in ("RGBA", "LA", "P", "PA") or "transparency" in oriented.info
    clean = oriented.convert("RGBA" if has_alpha else "RGB")
    clean.info.clear()
    clean.thumbnail((settings.image_max_edge, settings.image_max_edge), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    clean.save(output, "WEBP", quality=WEBP_QUALITY, method=4, exif=b"", icc_profile=None)
    encoded = output.getvalue()
    key = hashlib.sha256(encoded).hexdigest() + ".webp"
    return ProcessedImage(data=encoded, key=key, width=clean.width, height=clean.height)
