"""WSQ without the GIL: the same bytes as the wsq extension, other threads run meanwhile, and
concurrent encodes and decodes (NBIS keeps the coder's tables in globals) stay correct."""

from __future__ import annotations

import io
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import _wsq
import cv2
import numpy as np
import pytest
from PIL import Image

from kiosk.biometrics.fingers import compression, wsq_codec
from kiosk.biometrics.fingers.compression import decode_wsq, encode_wsq
from kiosk.biometrics.fingers.images import FingerImage

ORIGINAL_COMPRESS, ORIGINAL_DECOMPRESS = wsq_codec.ORIGINAL


def ridges(height: int = 480, width: int = 400, seed: int = 1) -> np.ndarray:
    """A fingerprint-like grey image (ridges, noise), deterministic."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    image = 128 + 90 * np.sin((x * np.cos(seed) + y * np.sin(seed)) / 4.0)
    image += rng.normal(0, 12, image.shape)
    return cv2.GaussianBlur(np.clip(image, 0, 255).astype(np.uint8), (3, 3), 0)


def test_installed_on_import_for_the_pillow_plugin_too() -> None:
    assert compression.wsq_codec is wsq_codec
    assert wsq_codec.installed()
    assert _wsq.compress is wsq_codec.compress and _wsq.decompress is wsq_codec.decompress


@pytest.mark.parametrize("shape", [(480, 400), (500, 500), (640, 304)])
def test_the_same_bytes_and_pixels_as_the_extension(shape) -> None:
    pixels = ridges(*shape).tobytes()
    ours = wsq_codec.compress(pixels, shape[0], shape[1])
    assert ours == ORIGINAL_COMPRESS(pixels, shape[0], shape[1], 0.75)
    assert wsq_codec.decompress(ours) == ORIGINAL_DECOMPRESS(ours)
    image = Image.open(io.BytesIO(ours))  # Pillow's WSQ plugin, through the installed codec
    assert image.size == (shape[1], shape[0])
    assert np.asarray(image.convert("L")).tobytes() == ORIGINAL_DECOMPRESS(ours)[0]


def test_errors_are_the_extensions() -> None:
    with pytest.raises(ValueError, match="too small"):
        wsq_codec.compress(b"\x00" * 10, 5, 5)
    with pytest.raises(Exception, match="WSQ Error"):
        wsq_codec.decompress(b"\xff\xa0" + b"\x00" * 40 + b"\xff\xa1")


def test_concurrent_encodes_and_decodes_give_the_serial_results() -> None:
    images = [FingerImage(ridges(seed=s), 500.0) for s in range(6)]
    encoded = [encode_wsq(image) for image in images]
    decoded = [decode_wsq(data).pixels.tobytes() for data in encoded]
    with ThreadPoolExecutor(4) as pool:
        for _round in range(3):
            again = list(pool.map(encode_wsq, images))
            pixels = list(pool.map(lambda d: decode_wsq(d).pixels.tobytes(), encoded))
            assert again == encoded and pixels == decoded


@pytest.mark.parametrize("work", ["encode", "decode"])
def test_other_threads_run_while_a_finger_is_coded(work: str) -> None:
    """With the interpreter's switch interval made huge, another thread runs during the call
    only if the call releases the GIL (the extension's own functions never do)."""
    image = FingerImage(ridges(1000, 1000), 500.0)
    data = encode_wsq(image)
    # the codec's module functions, as the desk's encoder and Pillow's WSQ decoder call them
    call = ((lambda: _wsq.compress(image.pixels.tobytes(), 1000, 1000, 0.75))
            if work == "encode" else (lambda: _wsq.decompress(data)))
    inside = threading.Event()  # set just before the call, cleared after it
    seen = threading.Event()  # the other thread ran while the call was in progress
    stop = threading.Event()

    def other() -> None:
        while not stop.is_set():
            if inside.is_set():
                seen.set()
            stop.wait(0.0005)

    interval = sys.getswitchinterval()
    thread = threading.Thread(target=other)
    thread.start()
    sys.setswitchinterval(100.0)  # no forced switch: only a released GIL lets it run
    try:
        for _attempt in range(20):
            inside.set()
            call()
            inside.clear()
            if seen.is_set():
                break
    finally:
        sys.setswitchinterval(interval)
        stop.set()
        thread.join()
    assert seen.is_set()
