"""Checks that an image attachment is a real, readable PNG (shared by every image test)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def assert_readable_png(
    data: bytes,
    *,
    min_size: tuple[int, int] = (80, 40),
    max_size: tuple[int, int] = (2000, 2000),
    min_colours: int = 4,
) -> Image.Image:
    """A PNG of chat size: dark ink on a light background, neither blank nor mostly ink."""
    assert data.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(data))
    image.load()
    width, height = image.size
    assert min_size[0] <= width <= max_size[0] and min_size[1] <= height <= max_size[1]
    pixels = np.asarray(image.convert("RGB")).reshape(-1, 3).astype(int)
    assert len(np.unique(pixels, axis=0)) >= min_colours, "too few colours: blank"
    ink = (pixels.sum(axis=1) < 3 * 128).mean()
    assert 0.001 < ink < 0.5, f"ink covers {ink:.1%} of the image"
    light = (pixels.sum(axis=1) > 3 * 200).mean()
    assert light > 0.5, "the background should be light on every chat theme"
    return image


def tiny_png() -> bytes:
    """A small valid PNG (for tests that need attachments, not drawings)."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (250, 250, 250)).save(out, format="PNG")
    return out.getvalue()
