"""The station's log file: written off the caller's thread, private, rotated at its size cap,
every unhandled exception in it with its traceback, and the officer told where it is."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kiosk import log_file
from kiosk.options import load_settings
from station.diagnostics.bundle import _log_files
from ui.shell.crash_report import CrashReporter


@pytest.fixture
def restore_hooks():
    hooks = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = hooks
    log_file.stop()


def test_lines_reach_a_private_file_and_rotate_at_the_cap(tmp_path: Path, restore_hooks) -> None:
    path = log_file.install(tmp_path, "INFO", max_bytes=4096, count=2)
    assert log_file.install(tmp_path, "DEBUG") == path  # idempotent
    assert path == tmp_path / "logs" / "kiosk.log"
    logger = logging.getLogger("kiosk.test")
    for n in range(200):
        logger.info("line %d of the station log, padded to make it long enough", n)
    logger.debug("debug is on now")
    log_file.stop()  # writes what is queued
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["kiosk.1.log", "kiosk.2.log", "kiosk.log"]  # at most 2 old copies
    assert all((tmp_path / "logs" / f).stat().st_size <= 4096 for f in files)
    assert "line 199 of" in path.read_text(encoding="utf-8")
    assert "debug is on now" in path.read_text(encoding="utf-8")
    assert (path.stat().st_mode & 0o777) == 0o600
    assert ((tmp_path / "logs").stat().st_mode & 0o777) == 0o700


def test_a_deferred_file_keeps_records_until_its_writer_starts(tmp_path: Path,
                                                               restore_hooks) -> None:
    path = log_file.install(tmp_path, "INFO", deferred=True)  # the GUI's, before its 1st screen
    assert log_file.current_path() == path and (tmp_path / "logs").is_dir()
    logger = logging.getLogger("kiosk.test")
    logger.info("before the first screen %d", 1)
    assert not path.exists()  # no writer thread yet
    log_file.start_writer()
    logger.info("after the first screen")
    log_file.stop()
    text = path.read_text(encoding="utf-8")
    assert text.index("before the first screen 1") < text.index("after the first screen")
    assert " INFO kiosk.test: before the first screen 1" in text  # the file's format


def test_a_deferred_file_is_written_at_an_error_or_at_exit(tmp_path: Path,
                                                         restore_hooks) -> None:
    path = log_file.install(tmp_path, "INFO", deferred=True)
    logger = logging.getLogger("kiosk.test")
    logger.info("kept")
    try:
        raise ValueError("went wrong")
    except ValueError:
        logger.exception("failed early")  # starts the writer at once
    handoff = log_file._handoff
    assert handoff is not None and handoff.listener is not None
    log_file.stop()
    text = path.read_text(encoding="utf-8")
    assert text.index("kept") < text.index("failed early")
    assert text.count("Traceback (most recent call last)") == 1 and "went wrong" in text
    path.unlink()
    log_file.install(tmp_path, "INFO", deferred=True)
    logger.warning("only at exit")
    log_file.stop()  # (atexit's)
    assert "only at exit" in path.read_text(encoding="utf-8")


def test_the_diagnostics_bundle_collects_every_log_copy(tmp_path: Path, monkeypatch,
                                                        restore_hooks) -> None:
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path))
    log_file.install(tmp_path, "INFO", max_bytes=2048, count=3)
    for n in range(100):
        logging.getLogger("kiosk.test").warning("warning %d with some padding text here", n)
    log_file.stop()
    names = [p.name for p in _log_files(load_settings())]
    assert "kiosk.log" in names and "kiosk.1.log" in names


def unhandled_on_the_main_thread(error: BaseException) -> None:
    """``error`` raised and left to the main thread's hook, as an event handler's would be
    (always from this line)."""
    try:
        raise error
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_unhandled_exceptions_on_any_thread_are_logged_and_reported(
        tmp_path: Path, restore_hooks) -> None:
    path = log_file.install(tmp_path, "INFO")
    told: list[Path | None] = []
    log_file.install_crash_logging(told.append)

    def fail() -> None:
        raise RuntimeError("device thread went wrong")

    thread = threading.Thread(target=fail, name="device-test")
    thread.start()
    thread.join()
    unhandled_on_the_main_thread(ValueError("main thread went wrong"))
    log_file.stop()
    text = path.read_text(encoding="utf-8")
    assert "unhandled RuntimeError in device-test" in text
    assert "unhandled ValueError in the main thread" in text
    assert text.count("Traceback (most recent call last)") == 2
    assert told == [path, path]


def test_the_same_failure_again_is_counted_not_logged_again_each_time(
        tmp_path: Path, restore_hooks) -> None:
    """A paint handler failing at every frame: one traceback, then a line at its 10th and
    100th time (and the officer told only then); another failure is logged in full."""
    path = log_file.install(tmp_path, "INFO")
    told: list[Path | None] = []
    log_file.install_crash_logging(told.append)

    for frame in range(150):  # (raised from the same line each time)
        unhandled_on_the_main_thread(RuntimeError(f"painting frame {frame} failed"))
    try:
        raise ValueError("something else")  # another line: another failure
    except ValueError:
        sys.excepthook(*sys.exc_info())
    log_file.stop()
    text = path.read_text(encoding="utf-8")
    assert text.count("Traceback (most recent call last)") == 2
    assert "painting frame 0 failed" in text and "painting frame 1 failed" not in text
    assert "unhandled RuntimeError in the main thread again (10 times so far" in text
    assert "(100 times so far" in text and "(11 times" not in text
    assert "unhandled ValueError in the main thread" in text
    assert told == [path] * 4


def test_the_officer_is_told_where_the_log_is(qtbot, tmp_path: Path, restore_hooks) -> None:
    path = log_file.install(tmp_path, "INFO")
    reporter = CrashReporter()
    reporter.install()
    thread = threading.Thread(target=lambda: 1 / 0, name="analysis")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    box = reporter.box
    assert isinstance(box, QMessageBox) and str(path) in box.informativeText()
    # in whatever language is installed (another test may have left one)
    assert box.text() == QCoreApplication.translate(
        "CrashReporter", "Something went wrong unexpectedly. What was saved stays saved; if "
        "the screen no longer responds, restart the kiosk.")
    thread = threading.Thread(target=lambda: 1 / 0, name="analysis")  # another: same box
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.count == 2)
    assert reporter.box is box
    box.close()


def test_stop_puts_the_levels_back_and_pillow_stays_quiet(tmp_path: Path,
                                                          restore_hooks) -> None:
    """A DEBUG level left behind by a stopped log kept every later record alive (pytest's
    capture holds each one: the soak's None refcount drift after the end-to-end test), and
    Pillow logs two DEBUG lines per PNG camera frame."""
    import io

    from PIL import Image

    root = logging.getLogger()
    root.setLevel(logging.WARNING)
    path = log_file.install(tmp_path, "DEBUG")
    assert root.level == logging.DEBUG
    png = io.BytesIO()
    Image.new("L", (8, 8)).save(png, "PNG")
    Image.open(io.BytesIO(png.getvalue())).load()  # Pillow's "STREAM" debug lines
    logging.getLogger("kiosk.test").debug("the station's own debug line")
    log_file.stop()
    text = path.read_text(encoding="utf-8")
    assert "the station's own debug line" in text
    assert "STREAM" not in text
    assert root.level == logging.WARNING
    assert logging.getLogger("PIL").level == logging.NOTSET
