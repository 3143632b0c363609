"""Receipts drawn in a child process, so the kiosk's process never holds the GIL drawing them.

PySide6 keeps the GIL inside every Qt call, and a receipt on a QPdfWriter has long ones
(``QPainter.end()`` ~14 ms, each ``drawImage`` ~4 ms): on an operation thread they stalled the
UI thread (issue 18). One long-lived child draws them instead: ``python -m
ui.printing.receipt_process`` (``kiosk --receipt-worker`` in a bundle), QtGui only, on the
offscreen platform. It is started in the background once the engines are loaded
(:func:`ui.shell.app.prepare`), gets each :class:`~ui.printing.receipt.ReceiptData` on its
stdin and returns the PDF's bytes on its stdout: applicant data stays in memory, never in a
file. It ends when its stdin closes: when the kiosk stops it (the main window closes) and
when the kiosk dies. When it cannot start, hangs or dies, :func:`draw_receipt` draws in the
kiosk's process, as before, and logs that (never applicant data); a new child is started for
the next receipt, a few times at most.

Frames on the pipes: 8 bytes of length (big-endian), then a pickle (both ends are this code).
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kiosk.paths import frozen, program_command

if TYPE_CHECKING:  # (imported by the drawing itself: the window's close imports this module)
    from ui.printing.receipt import ReceiptData

log = logging.getLogger(__name__)
WORKER_FLAG = "--receipt-worker"  # the bundle's ``kiosk --receipt-worker`` (station.launcher)
TIMEOUT_S = 30.0  # a reply (its start included) later than this: the child is stopped
RESTARTS = 3  # new children after the first one failed; then every receipt is drawn here
_LENGTH = struct.Struct(">Q")
_ROOT = Path(__file__).resolve().parents[2]  # this checkout (the child imports the same code)


def worker_command() -> list[str]:
    """How to start the child: this program again in a bundle, else this module."""
    return program_command("ui.printing.receipt_process", WORKER_FLAG)


def read_frame(stream: IO[bytes]) -> bytes | None:
    """One frame's bytes; None at the end of the stream (a frame cut short raises EOFError)."""
    head = stream.read(_LENGTH.size)
    if not head:
        return None
    if len(head) < _LENGTH.size:
        raise EOFError("cut short")
    (size,) = _LENGTH.unpack(head)
    body = stream.read(size)
    if len(body) < size:
        raise EOFError("cut short")
    return body


def write_frame(stream: IO[bytes], body: bytes) -> None:
    """One frame: its length, then ``body``."""
    stream.write(_LENGTH.pack(len(body)) + body)
    stream.flush()


class ReceiptProcess:
    """The parent's end: starts the child, sends it receipts one at a time, stops it."""

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command
        self._lock = threading.Lock()  # one receipt at a time; start and stop in between
        self._process: subprocess.Popen[bytes] | None = None
        self._ready = False  # the child has said it is ready (read its first frame)
        self._enabled = False  # started and not stopped: draw there
        self._restarts = 0
        self.started_at = 0.0
        self.ready_after_s: float | None = None  # the child's start, once it has replied

    @property
    def pid(self) -> int | None:
        """The running child's process id, if any."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def start(self) -> None:
        """Start the child (if it is not running); returns at once, it gets ready meanwhile."""
        with self._lock:
            self._enabled = True
            self._restarts = 0
            if self._process is None:
                self._spawn()

    def _spawn(self) -> None:
        env = dict(os.environ)
        if sys.platform != "win32":  # (Windows' own platform plugin needs no display)
            env["QT_QPA_PLATFORM"] = "offscreen"
        if not frozen():
            env["PYTHONPATH"] = os.pathsep.join(
                p for p in (str(_ROOT), env.get("PYTHONPATH", "")) if p)
        self._ready = False
        self.started_at = time.monotonic()
        try:
            self._process = subprocess.Popen(  # our own program
                self._command or worker_command(), stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, env=env, cwd=str(_ROOT) if not frozen() else None)
        except OSError as exc:
            self._process = None
            log.warning("the receipt process did not start (%s): receipts are drawn in the "
                        "kiosk's process", type(exc).__name__)

    def draw(self, data: ReceiptData) -> bytes | None:
        """The receipt's PDF drawn by the child; None when there is no child or it failed
        (the caller draws it then)."""
        with self._lock:
            if not self._enabled:
                return None
            process = self._process
            if process is None or process.poll() is not None:
                self._failed("had ended")
                return None
            timed_out = threading.Event()

            def kill() -> None:  # a hung child: killed, the read below ends (EOF)
                timed_out.set()
                process.kill()

            timer = threading.Timer(TIMEOUT_S, kill)
            timer.daemon = True
            timer.start()
            try:
                assert process.stdin is not None and process.stdout is not None
                if not self._ready:
                    self._expect(process.stdout, "ready")
                    self._ready = True
                    self.ready_after_s = time.monotonic() - self.started_at
                write_frame(process.stdin, pickle.dumps(data))
                kind, value = self._expect(process.stdout, "pdf", "error")
            except Exception as exc:  # whatever it was, the receipt is drawn here
                self._failed("timed out" if timed_out.is_set() else
                             f"failed ({type(exc).__name__})")
                return None
            finally:
                timer.cancel()
            if kind == "error":  # it could not draw this one (and goes on)
                log.warning("the receipt process could not draw a receipt (%s): it is drawn "
                            "in the kiosk's process", value)
                return None
            return value

    @staticmethod
    def _expect(stream: IO[bytes], *kinds: str) -> tuple[Any, ...]:
        frame = read_frame(stream)
        if frame is None:
            raise EOFError("the receipt process ended")
        reply = pickle.loads(frame)  # (from our own child)
        if not isinstance(reply, tuple) or len(reply) != 2 or reply[0] not in kinds:
            raise ValueError("unexpected reply")
        return reply

    def _failed(self, what: str) -> None:
        """The child failed: stop it and start another for the next receipt (a few times at
        most). Logs no applicant data."""
        old, self._process = self._process, None
        code = _end(old)
        if not self._enabled:  # being stopped
            then = "it is being stopped"
        elif self._restarts < RESTARTS:
            self._restarts += 1
            self._spawn()
            then = "a new one starts"
        else:
            self._enabled = False
            then = "from now on receipts are drawn in the kiosk's process"
        log.warning("the receipt process %s (exit code %s): this receipt is drawn in the "
                    "kiosk's process; %s", what, code, then)

    def stop(self, timeout_s: float = 5.0) -> int | None:
        """Close the child's stdin and wait for it to end (killed after ``timeout_s``);
        returns its exit code (None if none was running). A receipt being drawn is waited
        for ``timeout_s`` at most, then killed (it is drawn here)."""
        self._enabled = False  # no new receipt goes to it
        if not self._lock.acquire(timeout=timeout_s):
            process = self._process
            if process is not None:
                process.kill()  # (the drawing's read ends: EOF)
            self._lock.acquire()
        try:
            self._enabled = False
            process, self._process = self._process, None
            return _end(process, timeout_s)
        finally:
            self._lock.release()


def _end(process: subprocess.Popen[bytes] | None, timeout_s: float = 2.0) -> int | None:
    """Stop ``process``: its stdin closed (it ends), killed if it has not ended in time."""
    if process is None:
        return None
    for stream in (process.stdin, process.stdout):
        try:
            if stream is not None:
                stream.close()
        except OSError:
            pass
    try:
        return process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


PROCESS = ReceiptProcess()


def start_receipt_process() -> None:
    """Start the kiosk's receipt process (in the background: :func:`ui.shell.app.prepare`)."""
    PROCESS.start()


def stop_receipt_process() -> None:
    """Stop it (the main window closes; after the last receipt has been drawn)."""
    PROCESS.stop()


def draw_receipt(data: ReceiptData) -> bytes:
    """The receipt's PDF: from the receipt process when it runs, else drawn here (off the UI
    thread, either way)."""
    pdf = PROCESS.draw(data)
    if pdf is None:
        from ui.printing.receipt import receipt_pdf

        pdf = receipt_pdf(data)
    return pdf


# -- the child -------------------------------------------------------------------------------

def main() -> int:
    """The child: QtGui on the offscreen platform, then receipts until stdin closes."""
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the kiosk, which stops us
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray output never corrupts a frame
    sys.stdout = sys.stderr
    requests = sys.stdin.buffer
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # fonts need it (QPdfWriter alone aborts)
    from ui.printing.receipt import receipt_pdf

    try:
        _warm_up(receipt_pdf)
        write_frame(replies, pickle.dumps(("ready", os.getpid())))
        while (frame := read_frame(requests)) is not None:
            try:
                reply: tuple[str, Any] = ("pdf", receipt_pdf(pickle.loads(frame)))
            except Exception as exc:  # said to the parent, which draws it then
                reply = ("error", type(exc).__name__)
            write_frame(replies, pickle.dumps(reply))
            del reply, frame
    except (BrokenPipeError, EOFError):
        pass  # the kiosk has gone
    sys.stderr.flush()
    del app  # (kept until here)
    os._exit(0)  # nothing to save; Qt's and Python's teardown delayed the window's close ~0.1 s


def _warm_up(receipt_pdf: Any) -> None:
    """Draw a made-up receipt once (font database, catalogues, QR): the first applicant's is
    as quick as the next."""
    from datetime import UTC, datetime

    from ui.printing.receipt import ReceiptData

    receipt_pdf(ReceiptData(
        enrollment_id="00000000000000000000000000", name="WARM UP", document_number="X",
        nationality="VNM", created_at=datetime(2026, 1, 1, tzinfo=UTC), station_id="-",
        office="-", applicant_language="en", native_name="名", finger_scores={1: 50}))


if __name__ == "__main__":
    sys.exit(main())
