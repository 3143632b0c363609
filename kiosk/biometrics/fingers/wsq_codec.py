"""The WSQ codec called without holding the GIL, one call at a time.

The ``wsq`` package's C extension (``_wsq``) holds the GIL for a whole encode or decode:
25-30 ms per 500 ppi finger on this machine, more on a loaded one. The desk encodes every
finger on its analysis thread and the scanner client decodes every returned WSQ image on the
device thread, so under load the UI thread sat blocked behind them (``bench_desk.py --load
--why``: 90 ms blocked while the device thread was in a WSQ decode). :func:`install` replaces
the extension's ``compress`` and ``decompress`` (so the Pillow plugin's decoder too) with
calls to the same NBIS functions of the same shared object through ctypes, which releases
the GIL while they run. NBIS's WSQ coder keeps its tables in globals, so a process-wide lock
lets only one encode or decode run at a time, as the GIL did before.
"""

from __future__ import annotations

import ctypes
import threading

import _wsq  # the wsq package's C extension: its NBIS functions are called directly

LOCK = threading.Lock()  # NBIS's WSQ tables are globals: one encode or decode at a time
ORIGINAL = (_wsq.compress, _wsq.decompress)  # the extension's own (tests compare with them)
BITRATE, DEPTH, PPI = 0.75, 8, 500  # what the extension always passes

_Bytes = ctypes.POINTER(ctypes.c_ubyte)
_Int = ctypes.POINTER(ctypes.c_int)
_lib = ctypes.CDLL(_wsq.__file__)  # already loaded: the same code and the same globals
_encode = _lib.wsq_encode_mem
_encode.argtypes = [ctypes.POINTER(_Bytes), _Int, ctypes.c_float, ctypes.c_char_p,
                    ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_char_p]
_encode.restype = ctypes.c_int
_decode = _lib.wsq_decode_mem
_decode.argtypes = [ctypes.POINTER(_Bytes), _Int, _Int, _Int, _Int, _Int, ctypes.c_char_p,
                    ctypes.c_int]
_decode.restype = ctypes.c_int
_free = ctypes.CDLL(None).free  # the codec allocates its output with the C library's malloc
_free.argtypes = [ctypes.c_void_p]
_free.restype = None


def _taken(output: ctypes._Pointer, size: int) -> bytes:
    """The codec's output buffer as bytes; the buffer is freed."""
    try:
        return ctypes.string_at(output, size)
    finally:
        _free(ctypes.cast(output, ctypes.c_void_p))


def compress(data: bytes, rows: int, cols: int, _ratio: float = BITRATE) -> bytes:
    """``_wsq.compress``: WSQ bytes of ``rows`` x ``cols`` 8-bit grey pixels at 500 ppi
    (the ratio is ignored, as the extension does: always 0.75 bit per pixel)."""
    data = bytes(data)
    if rows < 0 or cols < 0 or rows * cols > len(data):
        raise ValueError(f"WSQ Error: buffer of {len(data)} bytes too small for "
                         f"{cols}x{rows} image")
    output, size = _Bytes(), ctypes.c_int()
    with LOCK:
        code = _encode(ctypes.byref(output), ctypes.byref(size), BITRATE, data, cols, rows,
                       DEPTH, PPI, None)
    if code != 0:
        raise Exception(f"WSQ Error: {code}")  # the extension's own exception and message
    return _taken(output, size.value)


def decompress(data: bytes) -> tuple[bytes, int, int, int]:
    """``_wsq.decompress``: (pixels, width, height, ppi) of WSQ bytes."""
    data = bytes(data)
    output = _Bytes()
    width, height, depth, ppi, lossy = (ctypes.c_int() for _ in range(5))
    with LOCK:
        code = _decode(ctypes.byref(output), ctypes.byref(width), ctypes.byref(height),
                       ctypes.byref(depth), ctypes.byref(ppi), ctypes.byref(lossy), data,
                       len(data))
    if code != 0:
        raise Exception(f"WSQ Error: {code}")  # the extension's own exception and message
    return _taken(output, width.value * height.value), width.value, height.value, ppi.value


def install() -> None:
    """Route the extension's functions (its Pillow plugin's too) through these (idempotent)."""
    _wsq.compress, _wsq.decompress = compress, decompress


def installed() -> bool:
    """True once :func:`install` has run."""
    return _wsq.compress is compress and _wsq.decompress is decompress
