"""nbis-py's byte arguments copied in one C call instead of one Python statement per byte.

nbis-py 0.1.3's generated binding (uniffi) copies every ``bytes`` argument into the Rust
buffer with a Python loop, one byte at a time: 10-12 ms of interpreter work holding the GIL
for each 120 kB fingerprint PNG given to ``extract_minutiae``. An enrollment makes dozens of
such calls on background threads (the analysis, the in-process scanner simulator), and
py-spy's GIL sampling under load (``bench_desk.py --load``) showed them as the main GIL
holders while the UI thread waited during the fingerprint step. :func:`install` replaces that
one method with a ``ctypes.memmove`` (which also releases the GIL while it copies); the bytes
written are the same.
"""

from __future__ import annotations

import ctypes
from typing import Any

from nbis import nbis as _binding

_Builder: Any = getattr(_binding, "_UniffiRustBufferBuilder", None)
ORIGINAL_WRITE = getattr(_Builder, "write", None)  # the binding's per-byte copy (tests)


def _write(self: Any, value: Any) -> None:
    """``_UniffiRustBufferBuilder.write``: append ``value`` (bytes-like) to the buffer."""
    data = value if isinstance(value, bytes) else bytes(value)
    size = len(data)
    with self._reserve(size):  # grows the buffer; its length moves on after the block
        if size:
            start = ctypes.cast(self.rbuf.data, ctypes.c_void_p).value + self.rbuf.len
            ctypes.memmove(start, data, size)


def install() -> bool:
    """Put the one-call copy in place (idempotent); False when the binding is not the one
    this was written for (its per-byte ``write`` and ``_reserve`` are not there)."""
    if _Builder is None or not hasattr(_Builder, "_reserve") or not hasattr(_Builder, "write"):
        return False
    _Builder.write = _write
    return True


def installed() -> bool:
    """True once :func:`install` has replaced the per-byte copy."""
    return _Builder is not None and _Builder.write is _write
