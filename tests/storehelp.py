"""Builders shared by the store tests."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image
from sqlite_utils import Database

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


def data_key(data_dir: Path) -> bytes:
    """The data key of a test data folder (the file backend the tests use)."""
    from kiosk.store.keys import load_key

    key, _ = load_key(data_dir, "file")
    assert key is not None, f"no data key in {data_dir}"
    return key


def open_db(path: Path, key_dir: Path | None = None, *, busy_timeout_ms: int = 5000,
            read_only: bool = False) -> Database:
    """A test's own connection to a kiosk database (or backup), through the product's one
    connection function, keyed from the data key in ``key_dir`` (default: the file's folder)."""
    from kiosk.store.database import connect

    return connect(path, data_key(key_dir or path.parent), busy_timeout_ms,
                   read_only=read_only)


REWIND_KEYED_CHAINS = """
    DROP TRIGGER events_chain; DROP TRIGGER account_events_chain;
    ALTER TABLE events DROP COLUMN mac; ALTER TABLE account_events DROP COLUMN mac;
    DELETE FROM _sqlite_migrations WHERE name = 'm010_keyed_chains';
"""  # a database as it was before m010 (tests that replay an older migration)
