"""One whole enrollment through the real window and real device adapters: ticket and passport
scans, auto-captured photo, three slaps from the SBI simulator, save, receipt. Timing targets
are the desk benchmark's business; this test checks the outcome and the officer's effort."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from desk_script import TICKET_FIELDS, DeskScript, portrait_camera_folder, wait_until
from heartbeat import Heartbeat
from synchelp import STATION, Central, open_packet

from central.store import StoredEnrollment
from central.store_sqlite import SQLiteStore as CentralStore
from kiosk import log_file
from kiosk.domain.enrollment import State
from kiosk.options import load_settings
from kiosk.sync import keys
from kiosk.sync.keys import public_b64
from kiosk.sync.packet import raw_public, verify
from ui.printing import receipt, receipt_process

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def Stored() -> StoredEnrollment:
    return StoredEnrollment("", "", "", "none", None, 0.0)


def central_settings(central: Central) -> dict[str, str]:
    """The central's receipt key, pinned as a technician configures it."""
    return {"SYNC_CENTRAL_SIGNING_KEY": public_b64(central.signing.public_key())}


@pytest.fixture
def script(qapp, tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch):
    frames = portrait_camera_folder(shared_data, tmp_path / "camera")
    monkeypatch.setenv("KIOSK_STORAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_DEVICES_CAMERA", f"file:{frames}")
    monkeypatch.setenv("KIOSK_DESK_OPEN_RECEIPTS", "false")
    script = DeskScript(load_settings())
    window = script.open()
    yield script
    window.close()
    assert receipt_process.PROCESS.pid is None, "the receipt process ends with the window"


def test_a_whole_enrollment_with_ticket_and_passport(script: DeskScript, screenshot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = Path(script.settings["storage.data_dir"])
    painted: list[str] = []  # receipts drawn in this process: none, the child draws them
    paint = receipt.paint_receipt
    monkeypatch.setattr(receipt, "paint_receipt",
                        lambda device, d: (painted.append(d.enrollment_id), paint(device, d)))
    log_path = log_file.install(data, "DEBUG")  # the station's log file, at its most verbose
    beat = Heartbeat()
    beat.start()
    try:
        enrollment_id = script.enroll(with_ticket=True)
    finally:
        beat.stop()
        log_file.stop()
    # the log file says what happened, and nothing about who
    logged = log_path.read_text(encoding="utf-8")
    assert enrollment_id in logged
    for field in ("travel_document_number", "residence_card_number", "address_vn", "phone",
                  "native_name", "given_names", "date_of_birth"):
        assert TICKET_FIELDS[field] not in logged, field
    assert "1990" not in logged and "05/1990" not in logged
    assert (log_path.stat().st_mode & 0o777) == 0o600
    assert (log_path.parent.stat().st_mode & 0o777) == 0o700
    store = script.window.services.store
    record = store.read(lambda r: r.get(enrollment_id))
    assert record.enrollment.state is State.FINALIZED
    kinds = sorted(b.kind for b in record.biometrics)
    assert kinds == ["face"] + ["finger"] * 10
    assert all(b.quality >= 30 for b in record.biometrics if b.kind == "finger")
    assert record.applicant["residence_card_number"] == "TT1234567"
    assert len(script.actions) <= 6, script.actions  # the goal with a ticket (issue 15)
    receipts = list((Path(script.settings["storage.data_dir"]) / "receipts").iterdir())
    assert [p.name for p in receipts] == [f"receipt-{enrollment_id}.pdf.sealed"]
    assert b"KIM MIN JUN" not in receipts[0].read_bytes()   # sealed at rest
    plain = data.parent / "receipt.pdf"
    plain.write_bytes(store.load_receipt(enrollment_id))
    text = subprocess.run(["pdftotext", str(plain), "-"], capture_output=True,
                          text=True).stdout
    assert enrollment_id in text and "KIM MIN JUN" in text
    assert painted == [], "the receipt was drawn in the kiosk's process (issue 18)"
    assert receipt_process.PROCESS.pid not in (None, os.getpid())
    # no printer here and PDFs not opened: the officer is told the receipt is kept
    assert script.print_notes == [script.window.desk.review.tr(
        "No printer: the receipt is kept encrypted on this station until the record is "
        "deleted. Give the applicant the enrollment number %1.").replace("%1", enrollment_id)]
    assert beat.gaps_ms, "the UI thread kept ticking through the enrollment"
    # the scans asked whether the desk was at work: that built no password screen (it did,
    # on the UI thread, at the first scan)
    assert script.window._change_password_screen is None
    print(f"\nofficer actions: {len(script.actions)}; longest UI stall "
          f"{beat.longest_stall_ms:.0f} ms")


def test_a_desk_enrollment_reaches_the_central_service_intact(
        qapp, tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Passport to receipt in the real window, then the real worker to a real central service
    on loopback: the central accepts it, and what it decrypts is what the desk captured."""
    central_key = X25519PrivateKey.generate()
    data_dir = tmp_path / "data"
    central = Central(tmp_path / "central", central_key,
                      CentralStore(tmp_path / "central" / "central.db"))
    station_key = keys.station_key(data_dir)   # as the station makes it at first start
    central.store.add_station(STATION, raw_public(station_key.public_key()), "test")
    url = central.start(delay=0.5)
    frames = portrait_camera_folder(shared_data, tmp_path / "camera")
    for name, value in {"STORAGE_DATA_DIR": str(data_dir), "DEVICES_CAMERA": f"file:{frames}",
                        "DESK_OPEN_RECEIPTS": "false", "STATION_ID": STATION,
                        "SYNC_URL": url, "SYNC_POLL_INTERVAL_SECONDS": "0.2",
                        "SYNC_CENTRAL_PUBLIC_KEY": public_b64(central_key.public_key()),
                        **central_settings(central)}.items():
        monkeypatch.setenv(f"KIOSK_{name}", value)
    script = DeskScript(load_settings())
    window = script.open()
    try:
        enrollment_id = script.enroll(with_ticket=True)
        store = window.services.store
        # the officer's status line is the station's view; the central's own row is the truth
        def decided() -> bool:
            row = central.store.get(STATION, enrollment_id) or Stored()
            state = store.read(lambda r: r.get(enrollment_id)).enrollment.state
            return row.status == "rejected" or state in (State.ACCEPTED, State.REJECTED)

        wait_until(decided, 60)
        row = central.store.get(STATION, enrollment_id)
        station_view = store.read(lambda r: r.get(enrollment_id)).enrollment
        assert row is not None and row.status != "rejected", (
            f"central refused: {row.reason if row else station_view.reason}")
        wait_until(lambda: store.read(lambda r: r.get(enrollment_id)).enrollment.state
                   is State.ACCEPTED, 60)
        record = store.read(lambda r: r.get(enrollment_id))
        desk_payloads = {b.id: store.read(lambda r, i=b.id: r.load_payload(enrollment_id, i))
                         for b in record.biometrics}
    finally:
        window.close()
        central.stop()
    body = central.store.packet(STATION, enrollment_id)
    assert body is not None
    manifest, inner, signature = open_packet(body, central_key)
    verify(manifest, inner, signature, station_key.public_key())
    assert manifest["enrollment_id"] == enrollment_id and manifest["station_id"] == STATION
    demographics = manifest["demographics"]
    for field, value in TICKET_FIELDS.items():           # the ticket and passport, field by field
        assert demographics[field] == value, field
    assert demographics == dict(record.applicant)
    sent = {b["id"]: b for b in manifest["biometrics"]}
    assert set(sent) == set(desk_payloads)
    for info in record.biometrics:
        got = sent[info.id]
        assert base64.b64decode(got["data"]) == desk_payloads[info.id], info.id
        assert (got["kind"], got["position"], got["format"], got["quality"]) == (
            info.kind, info.position, info.format, info.quality)
        assert got["device_id"], f"{info.kind} {info.position} lost its device id"
    assert sorted(b["kind"] for b in sent.values()) == ["face"] + ["finger"] * 10
    events = store_events = [e["event"] for e in manifest["audit"]]
    assert "face_captured" in events and "fingerprints_reviewed" in store_events


def test_the_desk_benchmark_runs(tmp_path: Path) -> None:
    """Four whole enrollments in a real window (one per path), then a clean exit: a signal
    relay once made the interpreter abort at exit ("bool_dealloc") after several enrollments,
    never after one."""
    bench = Path(__file__).parent / "benchmarks" / "bench_desk.py"
    result = subprocess.run([sys.executable, str(bench), "--quick"], capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "longest UI stall" in result.stdout
    assert "keyboard only, no ticket" in result.stdout


# Issue 15: passport to receipt with no mouse. Goals: 6 officer actions with a ticket, 12
# without. KEYBOARD_ACTIONS is what the desk needs today (bench_desk.py prints both): the goals
# need the slaps to start on their own and a clean duplicate check to continue on its own
# (4 actions), a product decision for the fingerprint screen, not a keyboard fix.
KEYBOARD_GOALS = {"ticket": 6, "no ticket": 12}
KEYBOARD_ACTIONS = {"ticket": 10, "no ticket": 14}


@pytest.mark.parametrize("path", ["ticket", "no ticket"])
def test_keyboard_only_enrollment(script: DeskScript, path: str) -> None:
    """Every officer action a key sequence to the focused widget (typed fields key by key),
    passport to printed receipt; no mouse action at all."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class MouseWatch(QObject):
        """Every mouse press anywhere in the application."""

        def __init__(self) -> None:
            super().__init__()
            self.presses: list[QObject] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
                self.presses.append(watched)
            return False

    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        enrollment_id = script.enroll(with_ticket=path == "ticket", keyboard_only=True)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.presses == []
    record = script.window.services.store.read(lambda r: r.get(enrollment_id))
    assert record.enrollment.state is State.FINALIZED
    assert record.applicant["residence_card_number"] == "TT1234567"
    assert script.mouse_actions == []
    assert script.print_notes and script.print_notes[-1]
    print(f"\nkeyboard only, {path}: {len(script.actions)} actions (goal "
          f"{KEYBOARD_GOALS[path]}): {script.actions}")
    assert len(script.actions) <= KEYBOARD_ACTIONS[path], script.actions
