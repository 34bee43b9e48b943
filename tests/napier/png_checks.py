"""Checks that an attachment is a real, readable PNG (shared by the image tests)."""

from __future__ import annotations

import io

from PIL import Image

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def assert_readable_png(data: bytes, *, max_side: int = 2000) -> Image.Image:
    """A PNG of sane size with ink on a light background (not blank)."""
    assert data.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(data))
    image.load()
    width, height = image.size
    assert 40 <= width <= max_side and 20 <= height <= max_side
    grey = image.convert("L")
    histogram = grey.histogram()
    dark = sum(histogram[:100])
    light = sum(histogram[200:])
    assert dark > 30, "no ink: the image is blank"
    assert light > dark, "the background should be light"
    return image
