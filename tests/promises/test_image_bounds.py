"""docs/clients.md "The API by example" / docs/security.md follow-up review: each image bound
at its edge.

At most `ACCOUNTS_IMAGE_MAX_BYTES` and `ACCOUNTS_IMAGE_MAX_PIXELS`; above 1024 x 1024 pixels
no more pixels than 1024 per byte of file; JPEGs with more than 32 scans, or scans x pixels
above 12 x `ACCOUNTS_IMAGE_MAX_PIXELS`, refused (`too_many_scans`).
"""

from __future__ import annotations

import io
import os
from typing import Any

from PIL import Image

from service.accounts.profile.images import ImageRejected, process_image
from service.config import Settings
from tests import images


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def code(data: bytes, config: Settings) -> str | None:
    """The refusal's code, or ``None`` when the image is accepted."""
    try:
        process_image(io.BytesIO(data), config)
    except ImageRejected as rejected:
        return rejected.error.code
    return None


def noisy_png(side: int = 32) -> bytes:
    return images.encode(Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)), "PNG")


def test_the_byte_limit_is_exact():
    data = noisy_png()
    assert len(data) > 1024
    assert code(data, settings(image_max_bytes=len(data))) is None
    assert code(data, settings(image_max_bytes=len(data) - 1)) == "too_large"


def test_the_pixel_limit_is_exact():
    data = images.png(40, 30)
    assert code(data, settings(image_max_pixels=40 * 30)) is None
    assert code(data, settings(image_max_pixels=40 * 30 - 1)) == "too_many_pixels"


def test_above_a_megapixel_at_most_1024_pixels_per_byte():
    body = os.urandom(2000)  # incompressible: the file is about this long whatever it claims
    size = len(images.png_claiming(1, 1, body))
    height = size * 1024
    assert height > 1024 * 1024
    # exactly 1024 pixels per byte passes the header check (then fails to decode, being fake)
    assert code(images.png_claiming(1, height, body), settings()) == "truncated"
    assert code(images.png_claiming(1, height + 1, body), settings()) == "too_many_pixels"


def progressive_jpeg(scans: int, side: int = 64) -> bytes:
    """A progressive JPEG of exactly ``scans`` start-of-scan markers (its last scan repeated)."""
    out = io.BytesIO()
    Image.new("L", (side, side), 128).save(out, "JPEG", progressive=True, quality=50)
    data = out.getvalue()
    own = data.count(b"\xff\xda")
    assert own <= scans
    last = data[data.rfind(b"\xff\xda") : -2]
    return data[:-2] + last * (scans - own) + b"\xff\xd9"


def test_at_most_32_scans():
    assert code(progressive_jpeg(32), settings()) is None
    assert code(progressive_jpeg(33), settings()) == "too_many_scans"


def test_scans_times_pixels_at_most_12_times_the_pixel_limit():
    side, scans = 64, 24
    budget = scans * side * side // 12  # scans x pixels == 12 x the pixel limit
    assert code(progressive_jpeg(scans, side), settings(image_max_pixels=budget)) is None
    refused = settings(image_max_pixels=budget - 1)
    assert code(progressive_jpeg(scans, side), refused) == "too_many_scans"
