"""Builders shared by the store tests."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from kiosk.domain.enrollment import Enrollment
from kiosk.store.records import BiometricSample


def image_bytes(fmt: str, seed: int = 0, size: tuple[int, int] = (96, 128)) -> bytes:
    """A small real image file (JPEG, PNG or WSQ) with textured content."""
    rng = np.random.default_rng(seed)
    pixels = (rng.random(size) * 255).astype(np.uint8)
    buffer = io.BytesIO()
    if fmt == "WSQ":
        import wsq  # noqa: F401  (registers the Pillow plugin)

        Image.fromarray(pixels, "L").save(buffer, "WSQ")
    else:
        Image.fromarray(pixels, "L").save(buffer, fmt)
    return buffer.getvalue()


def samples(seed: int = 0) -> list[BiometricSample]:
    """A portrait and two fingerprints in their real formats."""
    return [
        BiometricSample("face", "jpeg", image_bytes("JPEG", seed), quality=0.9),
        BiometricSample("finger", "wsq", image_bytes("WSQ", seed + 1), "right_index", 55.0),
        BiometricSample("finger", "png", image_bytes("PNG", seed + 2), "left_index", 47.0),
    ]


def new_enrollment() -> Enrollment:
    return Enrollment.start("HN-DESK-1", "officer-7")
