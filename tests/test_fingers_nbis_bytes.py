"""Image bytes reach NBIS in one C copy (nbis-py's binding copied them byte by byte in Python,
holding the GIL for ~11 ms per fingerprint PNG on the analysis and scanner threads)."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest
from nbis import nbis as binding

from kiosk.biometrics.fingers import engine, nbis_bytes


def lowered(value: object) -> bytes:
    """What the binding hands to Rust for a bytes argument (length prefix and the bytes)."""
    buffer = binding._UniffiConverterBytes.lower(value)
    try:
        return bytes(buffer.data[0:buffer.len])
    finally:
        buffer.free()


def with_original_write(value: object) -> bytes:
    patched = binding._UniffiRustBufferBuilder.write
    binding._UniffiRustBufferBuilder.write = nbis_bytes.ORIGINAL_WRITE
    try:
        return lowered(value)
    finally:
        binding._UniffiRustBufferBuilder.write = patched


def test_the_engine_installs_the_one_call_copy() -> None:
    assert engine.nbis_bytes is nbis_bytes
    assert nbis_bytes.installed()
    assert nbis_bytes.install()  # again: still in place


@pytest.mark.parametrize("value", [
    b"", b"\x00", b"\xff\x00\x7f", os.urandom(1000), bytearray(os.urandom(70_000)),
    memoryview(os.urandom(3000)), np.arange(256, dtype=np.uint8).tobytes() * 40])
def test_the_bytes_handed_to_nbis_are_the_same_as_the_bindings_own_copy(value) -> None:
    assert lowered(value) == with_original_write(value)
    assert lowered(value)[4:] == bytes(value)


def test_a_fingerprint_png_costs_no_python_work_per_byte() -> None:
    """Counted in interpreter line events inside the binding, not in time: the per-byte copy
    ran two lines per byte (240,000 for this 120 kB image), the C copy a handful."""
    image = os.urandom(120_000)
    lines = 0

    def tracer(frame, event, _arg):
        nonlocal lines
        if frame.f_code.co_filename == binding.__file__:
            if event == "line":
                lines += 1
            return tracer
        return None

    sys.settrace(tracer)
    try:
        buffer = binding._UniffiConverterBytes.lower(image)
    finally:
        sys.settrace(None)
    buffer.free()
    assert lines < 100, lines
