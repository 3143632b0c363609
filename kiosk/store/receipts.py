"""Receipt PDFs at rest: sealed with the data key, plaintext only in memory.

A receipt shows the portrait, the name and the document number, so the file kept in
``receipts/`` until the enrollment's purge is ``receipt-<id>.pdf.sealed``: AES-256-GCM with
the store's data key, bound to its enrollment (:class:`~kiosk.store.crypto.PayloadCipher`,
kind :data:`KIND`). Printing paints the receipt straight onto the printer; when a PDF viewer
must open it, the plaintext goes to a RAM-backed folder (:func:`ram_folder`: a tmpfs such as
``$XDG_RUNTIME_DIR`` or ``/dev/shm``), one receipt at a time, shredded when the next one is
opened, at the store's next retention pass and with the enrollment. Where there is no such
folder (Windows), the receipt is not opened as a file at all.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path

from kiosk.store import database
from kiosk.store.conversion import shred
from kiosk.store.crypto import PayloadCipher

log = logging.getLogger(__name__)

KIND = "receipt-pdf"
FOLDER_NAME = "receipts"
SEALED_SUFFIX = ".pdf.sealed"
VIEW_FOLDER_NAME = "kiosk-receipts"
_PLAIN = re.compile(r"receipt-([0-9A-Za-z_-]{1,64})\.pdf")
_RAM_FILE_SYSTEMS = frozenset({"tmpfs", "ramfs"})


def folder(data_dir: Path) -> Path:
    """Where sealed receipts are kept (mode 700)."""
    path = data_dir / FOLDER_NAME
    database.private_dir(path)
    return path


def sealed_path(data_dir: Path, enrollment_id: str) -> Path:
    """The sealed receipt of one enrollment."""
    return data_dir / FOLDER_NAME / f"receipt-{enrollment_id}{SEALED_SUFFIX}"


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)


def save(data_dir: Path, cipher: PayloadCipher, enrollment_id: str, pdf: bytes) -> Path:
    """Seal ``pdf`` for ``enrollment_id`` into the receipts folder (replacing an older one)."""
    path = folder(data_dir) / sealed_path(data_dir, enrollment_id).name
    _write_atomically(path, cipher.seal(enrollment_id, KIND, pdf))
    return path


def load(data_dir: Path, cipher: PayloadCipher, enrollment_id: str) -> bytes:
    """The receipt PDF of ``enrollment_id``; FileNotFoundError once purged,
    :class:`~kiosk.store.errors.PayloadTampered` if the file was altered or moved."""
    return cipher.open(enrollment_id, KIND, sealed_path(data_dir, enrollment_id).read_bytes())


def seal_plaintext(data_dir: Path, cipher: PayloadCipher) -> int:
    """Seal the plaintext ``receipt-<id>.pdf`` files an older version left, then shred them
    (run after the purge, so a purged enrollment's receipt is shredded, never sealed)."""
    where = data_dir / FOLDER_NAME
    if not where.is_dir():
        return 0
    sealed = 0
    for path in sorted(where.iterdir()):
        match = _PLAIN.fullmatch(path.name)
        if match and path.is_file():
            save(data_dir, cipher, match.group(1), path.read_bytes())
            shred(path)
            sealed += 1
    if sealed:
        log.info("sealed %d plaintext receipt(s) left by an older version", sealed)
    return sealed


def purge(data_dir: Path, enrollment_ids: list[str]) -> int:
    """Shred every copy of these enrollments' receipts (sealed, plaintext, viewer copy);
    returns how many enrollments had one."""
    where = data_dir / FOLDER_NAME
    view = ram_folder(data_dir, create=False)
    gone = 0
    for enrollment_id in enrollment_ids:
        paths = [where / f"receipt-{enrollment_id}{SEALED_SUFFIX}",
                 where / f"receipt-{enrollment_id}.pdf"]
        if view is not None:
            paths.append(view / f"receipt-{enrollment_id}.pdf")
        found = [p for p in paths if p.is_file()]
        for path in found:
            shred(path)
        gone += bool(found)
    if gone:
        log.info("purged %d receipt(s) with their enrollments' biometrics", gone)
    return gone


def _mount_types() -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount, longest mount point first."""
    try:
        text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((fields[1].replace("\\040", " "), fields[2]))
    return sorted(mounts, key=lambda m: len(m[0]), reverse=True)


def is_ram_backed(path: Path) -> bool:
    """Whether ``path`` lies on a tmpfs/ramfs (Linux; False where that cannot be told)."""
    resolved = str(path.resolve())
    for mount, kind in _mount_types():
        if resolved == mount or resolved.startswith(mount.rstrip("/") + "/"):
            return kind in _RAM_FILE_SYSTEMS
    return False


def ram_folder(data_dir: Path, create: bool = True) -> Path | None:
    """This user's private folder for the viewer copies of the store in ``data_dir``, on a
    RAM-backed file system, or None (also when ``create`` is false and it does not exist)."""
    if os.name != "posix":
        return None
    tag = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    for base in (os.environ.get("XDG_RUNTIME_DIR", ""), "/dev/shm"):
        if base and Path(base).is_dir() and os.access(base, os.W_OK) and \
                is_ram_backed(Path(base)):
            path = Path(base) / f"{VIEW_FOLDER_NAME}-{os.getuid()}-{tag}"
            if not create and not path.is_dir():
                continue
            try:
                database.private_dir(path)
            except OSError:
                continue
            if path.is_dir() and not path.is_symlink() and path.stat().st_uid == os.getuid():
                return path
    return None


def clear_view_copies(data_dir: Path) -> int:
    """Shred every viewer copy (the previous applicant's receipt); returns how many."""
    view = ram_folder(data_dir, create=False)
    if view is None:
        return 0
    copies = [p for p in view.iterdir() if p.is_file()]
    for path in copies:
        shred(path)
    return len(copies)


def view_copy(data_dir: Path, enrollment_id: str, pdf: bytes) -> Path | None:
    """A plaintext copy for a PDF viewer in the RAM-backed folder (older copies shredded
    first), or None when this system has no such folder."""
    view = ram_folder(data_dir)
    if view is None:
        return None
    clear_view_copies(data_dir)
    path = view / f"receipt-{enrollment_id}.pdf"
    _write_atomically(path, pdf)
    return path
