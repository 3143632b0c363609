"""The receipt process (issue 18): receipts are drawn in a child, so no long GIL-holding Qt
call runs in the kiosk's process; the same receipt as drawn here; drawn here when the child
is gone, dies mid-receipt, hangs or cannot start; the child ends with the kiosk."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ui.printing import receipt as receipt_module
from ui.printing import receipt_process
from ui.printing.receipt import ReceiptData, receipt_pdf
from ui.printing.receipt_process import ReceiptProcess, draw_receipt

REPO = Path(__file__).resolve().parents[1]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")
NAME, DOCUMENT = "KIM MIN-JUN", "M12345678"
# a child that says it is ready, reads one request and then dies (or hangs) without a reply
FAKE_CHILD = """
import os, pickle, struct, sys, time
out = sys.stdout.buffer
body = pickle.dumps(("ready", os.getpid()))
out.write(struct.pack(">Q", len(body)) + body); out.flush()
size, = struct.unpack(">Q", sys.stdin.buffer.read(8)); sys.stdin.buffer.read(size)
if sys.argv[1] == "hang":
    sys.stdin.buffer.read()
os._exit(3)
"""


def _data(portrait: bytes | None = None, language: str = "ko") -> ReceiptData:
    return ReceiptData(
        enrollment_id="01KAVZ5T6D3W9Q4E8R2M7N1B0C", name=NAME, native_name="김민준",
        document_number=DOCUMENT, nationality="KOR",
        created_at=datetime(2026, 11, 23, 2, 15, tzinfo=UTC), station_id="HN-DESK-1",
        office="Phòng Quản lý xuất nhập cảnh Hà Nội", applicant_language=language,
        portrait_jpeg=portrait, finger_scores={2: 61, 3: 58, 7: 72, 1: 58, 6: 35})


def _text(pdf: bytes, folder: Path) -> str:
    path = folder / "r.pdf"
    path.write_bytes(pdf)
    return unicodedata.normalize("NFKC", subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout)


@pytest.fixture
def child() -> Iterator[ReceiptProcess]:
    process = ReceiptProcess()
    process.start()
    yield process
    process.stop()


@pytest.fixture
def no_drawing_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every receipt painted in this process, by enrollment number (none, with a child)."""
    painted: list[str] = []
    paint = receipt_module.paint_receipt

    def spy(device, data: ReceiptData) -> None:
        painted.append(data.enrollment_id)
        paint(device, data)

    monkeypatch.setattr(receipt_module, "paint_receipt", spy)
    return painted


@needs_poppler
def test_the_receipt_is_drawn_in_the_child_and_reads_the_same(
        qapp, child: ReceiptProcess, no_drawing_here: list[str], tmp_path: Path,
        shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data((shared_data / "faces" / "meds_S001-01-t10_01.jpg").read_bytes())
    monkeypatch.setattr(receipt_process, "PROCESS", child)
    pdf = draw_receipt(data)
    assert no_drawing_here == [], "drawn in the kiosk's process"
    assert child.pid is not None and child.pid != os.getpid()
    assert pdf.startswith(b"%PDF")
    here = receipt_pdf(data)  # as drawn before, in this process
    assert no_drawing_here == [data.enrollment_id]
    assert _text(pdf, tmp_path) == _text(here, tmp_path)
    for expected in (data.enrollment_id, NAME, "김민준", DOCUMENT, "Giấy biên nhận"):
        assert expected in _text(pdf, tmp_path)
    assert child.ready_after_s is not None
    assert child.stop() == 0, "stopped cleanly: its stdin closed, it ended"
    assert child.pid is None
    assert child.draw(data) is None, "a stopped process draws nothing more"


@needs_poppler
def test_a_child_killed_between_receipts_is_replaced(
        qapp, child: ReceiptProcess, no_drawing_here: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(receipt_process, "PROCESS", child)
    assert child.draw(_data()) is not None
    first = child.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    child._process.wait(30)
    with caplog.at_level(logging.WARNING):
        pdf = draw_receipt(_data())  # drawn here: the officer gets the receipt all the same
    assert no_drawing_here == [_data().enrollment_id]
    assert _data().enrollment_id in _text(pdf, tmp_path)
    assert "the receipt process had ended" in caplog.text and "new one" in caplog.text
    assert NAME not in caplog.text and DOCUMENT not in caplog.text
    assert draw_receipt(_data()) is not None and len(no_drawing_here) == 1, \
        "the next receipt is drawn by a new child"
    assert child.pid not in (None, first)


@pytest.mark.parametrize("how", ["dies", "hangs"])
def test_a_child_that_dies_or_hangs_mid_receipt_leaves_it_drawn_here(
        qapp, no_drawing_here: list[str], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, how: str) -> None:
    fake = ReceiptProcess([sys.executable, "-c", FAKE_CHILD, "hang" if how == "hangs" else ""])
    monkeypatch.setattr(receipt_process, "PROCESS", fake)
    monkeypatch.setattr(receipt_process, "TIMEOUT_S", 2.0)
    fake.start()
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        pdf = draw_receipt(_data())
    assert pdf.startswith(b"%PDF") and no_drawing_here == [_data().enrollment_id]
    expected = "timed out" if how == "hangs" else "failed (EOFError) (exit code 3)"
    assert f"the receipt process {expected}" in caplog.text
    assert NAME not in caplog.text
    if how == "dies":
        assert time.monotonic() - started < 2.0, "not left to the timeout"
    fake.stop()


def test_closing_does_not_wait_for_a_hung_child(qapp, no_drawing_here: list[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's close stops the child; one hung on a receipt is killed after
    ``timeout_s`` (not the drawing's 30 s), and that receipt is drawn here."""
    fake = ReceiptProcess([sys.executable, "-c", FAKE_CHILD, "hang"])
    monkeypatch.setattr(receipt_process, "PROCESS", fake)
    fake.start()
    drawn: list[bytes] = []
    drawing = threading.Thread(target=lambda: drawn.append(draw_receipt(_data())))
    drawing.start()
    deadline = time.monotonic() + 30
    while not fake._lock.locked() and time.monotonic() < deadline:
        time.sleep(0.01)  # polling a condition with a deadline: the drawing has begun
    started = time.monotonic()
    fake.stop(timeout_s=1.0)  # (the drawing, killed, ends it: nothing left to stop)
    assert time.monotonic() - started < 10
    drawing.join(30)
    assert drawn and drawn[0].startswith(b"%PDF") and len(no_drawing_here) == 1
    assert fake.pid is None


def test_a_child_that_cannot_start_leaves_receipts_drawn_here(
        qapp, no_drawing_here: list[str], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    broken = ReceiptProcess([str(tmp_path / "no-such-program")])
    monkeypatch.setattr(receipt_process, "PROCESS", broken)
    with caplog.at_level(logging.WARNING):
        broken.start()
        for _ in range(receipt_process.RESTARTS + 2):
            assert draw_receipt(_data()).startswith(b"%PDF")
    assert len(no_drawing_here) == receipt_process.RESTARTS + 2
    assert "did not start (FileNotFoundError)" in caplog.text
    assert "from now on receipts are drawn in the kiosk's process" in caplog.text
    assert broken.pid is None


PARENT = """
import sys
from datetime import UTC, datetime
from ui.printing.receipt import ReceiptData
from ui.printing.receipt_process import ReceiptProcess
process = ReceiptProcess()
process.start()
assert process.draw(ReceiptData("E", "N", "D", "VNM", datetime.now(UTC), "S", "O", "en"))
print(process.pid, flush=True)  # ready, and waiting for the next receipt
sys.stdin.read()  # until killed
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, /proc")
def test_the_child_ends_when_the_kiosk_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=REPO, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        pid = int(parent.stdout.readline())
        assert _running(pid)
        parent.kill()  # no clean-up of any kind
        parent.wait(30)
        deadline = time.monotonic() + 60  # (it may be starting Qt still)
        while _running(pid) and time.monotonic() < deadline:
            time.sleep(0.05)  # polling a condition with a deadline
        assert not _running(pid), "the receipt process outlived the kiosk"
    finally:
        parent.kill()
        parent.wait()


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (not gone, not a zombie waiting to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"
