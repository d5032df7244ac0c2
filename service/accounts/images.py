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


def _read_bounded(upload: BinaryIO, limit: int) -> bytes:
    upload.seek(0)
    data = upload.read(limit + 1)
    if not data:
        raise ImageRejected("empty", "The image file is empty.")
    if len(data) > limit:
        raise ImageRejected("too_large", f"The image must be at most {limit // 1024} KiB.")
    return data


def process_image(upload: BinaryIO, settings: Settings) -> ProcessedImage:
    data = _read_bounded(upload, settings.image_max_bytes)
    if MARKUP.search(data):
        raise ImageRejected("polyglot", "The file contains markup (SVG/HTML) and is refused.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
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
