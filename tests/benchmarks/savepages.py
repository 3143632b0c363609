"""Which table or index each page a save writes belongs to (for ``bench_save.py --pages``).

The store's WAL frame headers name the pages a commit wrote, but the pages themselves are
encrypted and this SQLCipher has no ``dbstat``. So the same saves run on a plaintext twin
of the store (the key pragma skipped: same schema, same statements; only the 80 bytes
SQLCipher reserves per page differ) and Python's own SQLite, which has ``dbstat``, names
the b-tree of each page in the log after one save.
"""

from __future__ import annotations

import collections
import contextlib
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kiosk.store import database
from kiosk.store.store import Store


class _PlainConnection(database._Connection):
    """A store connection that never sets a key (a plaintext twin, for page counts only)."""

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("PRAGMA key"):
            return self.cursor()
        return super().execute(sql, *args)


@contextlib.contextmanager
def plaintext_store(folder: Path) -> Iterator[Store]:
    """A store whose database is not encrypted (never a product path: page counts only)."""
    patched = database._Connection
    database._Connection = _PlainConnection  # type: ignore[misc]
    try:
        store = Store.open(folder, key_backend="file")
    finally:
        database._Connection = patched  # type: ignore[misc]
    try:
        yield store
    finally:
        store.close()


def log_pages(wal: Path) -> list[int]:
    """The page number of each frame in a write-ahead log."""
    data = wal.read_bytes()
    size = struct.unpack(">I", data[8:12])[0]
    return [struct.unpack(">I", data[32 + i * (24 + size):36 + i * (24 + size)])[0]
            for i in range((len(data) - 32) // (24 + size))]


def owners(path: Path) -> dict[int, str]:
    """Page number -> the table or index it belongs to (``dbstat``, through the log)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {page: name for name, page in conn.execute("SELECT name, pageno FROM dbstat")}
    finally:
        conn.close()


def _count(save: Callable[[], None], pragma: Callable[[str], None], path: Path,
           saves: int) -> collections.Counter[str]:
    """Pages written by ``saves`` saves in all (the log emptied before each), by b-tree."""
    total: collections.Counter[str] = collections.Counter()
    wal = path.with_name(path.name + "-wal")
    pragma("PRAGMA wal_autocheckpoint = 0")
    for _ in range(saves):
        pragma("PRAGMA wal_checkpoint(TRUNCATE)")
        save()
        where = owners(path)
        total.update(where.get(p, "(new page)") for p in log_pages(wal))
    pragma("PRAGMA wal_autocheckpoint = 1000")
    return total


def pages_per_save(make: Callable[[Store], Callable[[], None]], warm: int, saves: int,
                   raw: Callable[[Path], Callable[[], None]]) -> tuple[
                       collections.Counter[str], collections.Counter[str]]:
    """Pages ``saves`` saves write in all, by table or index: the store's (after ``warm``
    saves, so its b-trees are past their first pages) and the raw save's (``raw(path)``)."""
    with tempfile.TemporaryDirectory(prefix="bench-save-pages-") as folder:
        with plaintext_store(Path(folder) / "station") as store:
            save = make(store)
            for _ in range(warm):
                save()
            store.fold_reports()

            def pragma(sql: str) -> None:
                store.write(lambda r: r.db.conn.execute(sql).fetchall()).result()

            ours = _count(save, pragma, Path(folder) / "station" / database.DB_FILE_NAME, saves)
        raw_path = Path(folder) / "raw.db"
        once = raw(raw_path)
        for _ in range(warm):
            once()
        conn = sqlite3.connect(raw_path)
        theirs = _count(once, lambda sql: conn.execute(sql).fetchall() and None, raw_path,
                        saves)
        conn.close()
    return ours, theirs
