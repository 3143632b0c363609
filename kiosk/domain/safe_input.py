"""Reading a file a user named on the command line, safely: the one place every CLI uses.

- Regular files only: a symlink is resolved, then the target checked; FIFOs, devices
  (``/dev/zero``), sockets and folders are refused before they are opened, and the opened
  descriptor is checked again (``O_NONBLOCK``: a FIFO swapped in meanwhile cannot hang us).
- A byte cap before reading: the size is known from ``fstat`` and at most ``cap + 1`` bytes
  are ever read, so a growing file cannot exhaust memory either.
- A pixel cap before decoding (:func:`check_pixels`): the image header's dimensions, which
  Pillow reads lazily, without decoding a single pixel.

Each refusal is an :class:`InputError` with a message key the UI translates; the CLI prints
its one-line message and exits 2.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from pathlib import Path

from kiosk.domain.errors import KioskError

MIB = 1024 * 1024
MAX_IMAGE_BYTES = 64 * MIB      # a camera JPEG or a lossless 500 ppi slap is far smaller
MAX_DOCUMENT_BYTES = 16 * MIB   # a fingerprint record file, a packet, a key, a manifest
MAX_PIXELS = 40_000_000         # 40 megapixels: more than any camera this kiosk is used with


class InputError(KioskError):
    """A user-given file that is missing, not a regular file, too large or too many pixels."""

    message_key = "input.unreadable"


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a pipe (FIFO)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def regular_file(path: str | Path) -> tuple[Path, os.stat_result]:
    """``path`` with symlinks resolved and its status; raises :class:`InputError` unless it
    is an existing regular file."""
    try:
        resolved = Path(path).resolve(strict=True)
        info = resolved.stat()
    except FileNotFoundError:
        raise InputError(f"cannot read {path}: it does not exist", message_key="input.missing",
                         path=str(path)) from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python < 3.13)
        raise InputError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}",
                         message_key="input.unreadable", path=str(path)) from None
    if not stat.S_ISREG(info.st_mode):
        shown = f"{path} (-> {resolved})" if str(resolved) != str(path) else str(path)
        raise InputError(f"{shown} is {_kind(info.st_mode)}, not a regular file",
                         message_key="input.not_regular", path=str(path))
    return resolved, info


def read_regular_file(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them (else
    :class:`InputError`)."""
    return read_with_mode(path, max_bytes)[0]


def read_with_mode(path: str | Path, max_bytes: int) -> tuple[bytes, int]:
    """:func:`read_regular_file` and the file's ``st_mode`` (of the file actually read)."""
    resolved, _ = regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(resolved, flags)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}",
                         message_key="input.unreadable", path=str(path)) from None
    try:
        info = os.fstat(fd)  # the file actually opened (it may have been swapped)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path} is {_kind(info.st_mode)}, not a regular file",
                             message_key="input.not_regular", path=str(path))
        if info.st_size > max_bytes:
            raise _too_large(path, max_bytes)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(MIB, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while we read
                raise _too_large(path, max_bytes)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}",
                         message_key="input.unreadable", path=str(path)) from None
    finally:
        os.close(fd)
    return b"".join(chunks), info.st_mode


def _too_large(path: str | Path, max_bytes: int) -> InputError:
    return InputError(f"{path} is larger than {max_bytes // MIB or max_bytes} "
                      f"{'MiB' if max_bytes >= MIB else 'bytes'}, the most this command reads",
                      message_key="input.too_large", path=str(path), limit=max_bytes)


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the image header (nothing decoded); None when Pillow does not
    recognise the format (the decoder then says so). Raises Pillow's DecompressionBombError
    for a header beyond twice its own limit."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                return img.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None


def check_pixels(data: bytes, name: str, max_pixels: int = MAX_PIXELS,
                 error: type[KioskError] = InputError) -> None:
    """Refuse an image whose header announces more than ``max_pixels`` pixels."""
    from PIL import Image

    try:
        size = image_size(data)
        shown = f"{size[0]}x{size[1]} pixels" if size else ""
    except Image.DecompressionBombError as exc:
        size, shown = (max_pixels + 1, 1), f"far more pixels ({exc})"
    if size is not None and size[0] * size[1] > max_pixels:
        raise error(f"{name} is {shown}, more than the {max_pixels // 1_000_000} megapixels "
                    "this kiosk decodes", message_key="input.too_many_pixels", name=name,
                    limit=max_pixels)


def read_image_file(path: str | Path, max_bytes: int = MAX_IMAGE_BYTES,
                    max_pixels: int = MAX_PIXELS) -> bytes:
    """A user-given image file's bytes: regular, at most ``max_bytes``, at most
    ``max_pixels`` according to its header (decode them afterwards)."""
    data = read_regular_file(path, max_bytes)
    check_pixels(data, str(path), max_pixels)
    return data


def read_stdin_text(stream: io.TextIOBase | None = None, max_chars: int = 64 * 1024) -> str:
    """Standard input as text, at most ``max_chars`` characters (``kiosk mrz < /dev/zero``
    stops at the cap instead of filling memory)."""
    import sys

    text = (stream or sys.stdin).read(max_chars + 1)
    if len(text) > max_chars:
        raise InputError(f"standard input is longer than {max_chars} characters, the most "
                         "this command reads", message_key="input.too_large", path="-",
                         limit=max_chars)
    return text
