"""Live document reading without Qt: when a reading is trusted (debounce), where its unsure
name letters are, the simulated document camera, the registry, and the reader's threads with
the real MRZ engine."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.document.simulated import SimulatedDocumentCamera, lay_on_desk
from devices.document.specimens import DEMO_PASSPORTS, Document, td3
from devices.errors import DeviceDisconnected, DeviceNotFound
from kiosk.documents.live import ZoneDebounce, unsure_letters
from kiosk.documents.mrz_reader import MrzNotFound, MrzReading, read_mrz_image
from kiosk.documents.mrz_synth import draw_passport
from kiosk.domain.mrz import parse_mrz
from kiosk.options import ConfigError, load_settings
from station.document_reader import LiveDocumentReader

TODAY = date(2026, 12, 3)
KIM, ZHANG = DEMO_PASSPORTS[0], DEMO_PASSPORTS[1]


def reading(lines: tuple[str, ...], unsure: tuple[tuple[int, int], ...] = (),
            ambiguous: tuple[str, ...] = ()) -> MrzReading:
    """A reading as the engine returns it (the debounce looks at nothing else)."""
    return MrzReading(lines, parse_mrz(list(lines), TODAY), (), ambiguous, 0, 1,
                      unsure_names=unsure)


def _needs_ocrb() -> None:
    from kiosk.documents.mrz_synth import ocrb_fonts

    if not ocrb_fonts():
        pytest.skip("drawn passports need the OCR-B font: apt-get install fonts-ocr-b")


# --- debounce ------------------------------------------------------------------------------

def test_fires_once_after_two_alike_valid_frames_and_again_only_after_removal() -> None:
    debounce = ZoneDebounce()
    assert debounce.feed(None).state == "empty"
    first = debounce.feed(reading(KIM))
    assert first.fired is None and first.state == "reading"
    second = debounce.feed(reading(KIM))
    assert second.fired is not None and second.fired.mrz.lines == KIM
    for _ in range(5):  # the passport stays under the camera
        step = debounce.feed(reading(KIM))
        assert step.fired is None and step.state == "read"
    for _ in range(4):  # a hand over the zone for a moment: not taken away
        debounce.feed(None)
    debounce.feed(reading(KIM))
    assert debounce.feed(reading(KIM)).fired is None
    for _ in range(5):
        debounce.feed(None)  # taken away
    debounce.feed(reading(KIM))
    assert debounce.feed(reading(KIM)).fired is not None  # laid down again


def test_a_frame_without_a_valid_reading_breaks_the_run() -> None:
    debounce = ZoneDebounce()
    bad = (KIM[0], KIM[1][:9] + "0" + KIM[1][10:])  # a failing number check digit
    assert not reading(bad).valid
    for outcome in (reading(KIM), reading(bad), reading(KIM), None, reading(KIM)):
        assert debounce.feed(outcome).fired is None
    assert debounce.feed(reading(KIM)).fired is not None


def test_readings_that_differ_never_fire_and_ambiguous_ones_are_not_valid() -> None:
    debounce = ZoneDebounce()
    kin = (KIM[0][:7] + "N" + KIM[0][8:], KIM[1])  # valid too: names have no check digit
    for outcome in (reading(KIM), reading(kin), reading(KIM), reading(kin)):
        assert debounce.feed(outcome).fired is None
    for _ in range(4):
        assert debounce.feed(reading(KIM, ambiguous=("document_number",))).fired is None


def test_another_document_fires_without_the_first_being_taken_away() -> None:
    debounce = ZoneDebounce()
    debounce.feed(reading(KIM))
    assert debounce.feed(reading(KIM)).fired is not None
    debounce.feed(reading(ZHANG))
    fired = debounce.feed(reading(ZHANG)).fired
    assert fired is not None and fired.mrz.surname == "ZHANG"


def test_unsure_letters_of_every_frame_of_the_run_are_kept_and_reset_fires_again() -> None:
    debounce = ZoneDebounce(confirm_frames=3)
    debounce.feed(reading(KIM, ((0, 7),)))
    debounce.feed(reading(KIM))
    fired = debounce.feed(reading(KIM, ((0, 12),))).fired
    assert fired is not None and fired.unsure_names == ((0, 7), (0, 12))
    debounce.reset()  # a new applicant: the passport lying there fills the new form
    for _ in range(2):
        assert debounce.feed(reading(KIM)).fired is None
    assert debounce.feed(reading(KIM)).fired is not None
    with pytest.raises(ValueError):
        ZoneDebounce(confirm_frames=1)


def test_unsure_name_positions_become_letters_of_the_form_fields() -> None:
    # P<KORKIM<<MIN<JUN: column 7 is KIM's M, 12 the N of MIN, 14 the J of JUN
    marks = unsure_letters(reading(KIM, ((0, 7), (0, 12), (0, 14), (1, 3))))
    assert marks == {"surname": (2,), "given_names": (2, 4)}
    assert "MIN JUN"[4] == "J"
    td1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
           "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    assert unsure_letters(reading(td1, ((2, 0), (2, 15)))) == {"surname": (0,),
                                                                "given_names": (5,)}
    assert unsure_letters(reading(KIM, ((0, 30),))) == {}  # a filler, not a letter


def test_td3_builds_lines_whose_every_check_passes() -> None:
    lines = td3("NGUYEN", "VAN AN", "C1234567", "VNM", "010203", "M", "300405")
    mrz = parse_mrz(list(lines), TODAY)
    assert mrz.valid and mrz.given_names == "VAN AN" and mrz.document_number == "C1234567"


# --- the simulated document camera ---------------------------------------------------------

def test_the_simulated_camera_shows_an_empty_desk_then_each_document_in_turn() -> None:
    pages = [Document("a", np.full((300, 420), 240, np.uint8)),
             Document("b", np.full((300, 420), 200, np.uint8))]
    camera = SimulatedDocumentCamera(pages, width=320, height=240, fps=50, empty_s=0.2,
                                     hold_s=0.3)
    assert [camera.document_at(t) for t in (0.1, 0.3, 0.6, 0.8, 1.3)] == [None, 0, None, 1, 0]
    try:
        info = camera.open().result(10)
        assert (info.width, info.height) == (320, 240)
        first = camera.read().result(10)
        assert first.image.shape == (240, 320, 3) and first.image.mean() < 120  # the desk
        deadline = time.monotonic() + 20
        while len(camera.placements) < 2 and time.monotonic() < deadline:
            camera.read().result(10)
        assert [name for _t, name in camera.placements[:2]] == ["a", "b"]
    finally:
        camera.close()
    with pytest.raises(DeviceNotFound):
        empty = SimulatedDocumentCamera([])
        try:
            empty.open().result(10)
        finally:
            empty.close()


def test_drawn_passports_read_valid_on_the_desk_and_never_when_out_of_focus() -> None:
    _needs_ocrb()
    scene = lay_on_desk(draw_passport(KIM), 1280, 960, angle=-2.5)
    read = read_mrz_image(scene, TODAY)
    assert read.valid and read.mrz.lines == KIM
    blurred = cv2.GaussianBlur(scene, (0, 0), 4.0)
    with contextlib.suppress(MrzNotFound):  # not found, or found and not valid
        assert not read_mrz_image(blurred, TODAY).valid


def test_the_registry_makes_the_configured_document_camera(monkeypatch, tmp_path) -> None:
    from devices.camera.opencv_camera import OpenCvCamera
    from station.devices import make_document_camera

    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_IMAGES", str(tmp_path))
    settings = load_settings(tmp_path / "none.toml")
    assert make_document_camera(settings) is None  # tests run with 'off'
    camera = make_document_camera(settings, "simulated:blurry")
    assert isinstance(camera, SimulatedDocumentCamera) and camera.blur > 0
    camera.close()
    cv2.imwrite(str(tmp_path / "specimen.png"), np.full((100, 140), 230, np.uint8))
    camera = make_document_camera(settings, "simulated")
    assert isinstance(camera, SimulatedDocumentCamera)
    assert camera.documents[-1].name == "file:specimen.png"
    camera.close()
    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_CAMERA_WIDTH", "2592")
    camera = make_document_camera(load_settings(tmp_path / "none.toml"), "opencv:/dev/video3")
    assert isinstance(camera, OpenCvCamera) and camera.width == 2592
    camera.close()
    with pytest.raises(ConfigError, match="document_camera"):
        make_document_camera(settings, "webcam")


# --- the reader's threads ------------------------------------------------------------------

class Events:
    """What a reader reported, waited for by condition."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, object]] = []
        self._cond = threading.Condition()

    def __call__(self, event: str, value: object) -> None:
        with self._cond:
            self.seen.append((event, value))
            self._cond.notify_all()

    def of(self, kind: str) -> list[object]:
        with self._cond:
            return [value for event, value in self.seen if event == kind]

    def wait_for(self, kind: str, count: int = 1, timeout: float = 90.0) -> list[object]:
        with self._cond:
            self._cond.wait_for(lambda: len([e for e, _v in self.seen if e == kind]) >= count,
                                timeout)
        return self.of(kind)


def test_the_reader_reports_each_passport_laid_down_once() -> None:
    _needs_ocrb()
    camera = SimulatedDocumentCamera([Document("kim", draw_passport(KIM)),
                                      Document("zhang", draw_passport(ZHANG))],
                                     empty_s=0.5, hold_s=6.0)
    events = Events()
    reader = LiveDocumentReader(lambda: camera, lambda: TODAY, events)
    reader.start()
    try:
        read = events.wait_for("read", 2)
    finally:
        reader.stop()
    assert [r.mrz.surname for r in read[:2]] == ["KIM", "ZHANG"]
    assert all(r.valid for r in read)
    assert "reading" in events.of("state") and "empty" in events.of("state")
    assert not reader.running and reader.frames_analysed >= 4
    assert reader.frames_skipped >= 1  # a still view with nothing to decide: not re-read


def test_a_passport_left_lying_after_its_read_is_not_read_again_and_again() -> None:
    _needs_ocrb()
    camera = SimulatedDocumentCamera([Document("kim", draw_passport(KIM))], empty_s=0.0,
                                     hold_s=600.0)
    events = Events()
    reader = LiveDocumentReader(lambda: camera, lambda: TODAY, events)
    reader.start()
    try:
        events.wait_for("read")
        analysed, skipped = reader.frames_analysed, reader.frames_skipped
        events.wait_for("frame", len(events.of("frame")) + 20)  # two more seconds of frames
        assert reader.frames_skipped >= skipped + 5
        assert reader.frames_analysed <= analysed + 1  # the unchanged view keeps its outcome
        reader.reset()  # a new applicant: fresh frames are read, and the passport fills again
        events.wait_for("read", 2)
    finally:
        reader.stop()
    assert len(events.of("read")) == 2


def test_a_broken_camera_is_reported_and_the_reader_stops(tmp_path: Path) -> None:
    from devices.camera.file_source import FileCamera
    from devices.camera.opencv_camera import OpenCvCamera

    events = Events()
    reader = LiveDocumentReader(lambda: OpenCvCamera("/dev/video-missing"), lambda: TODAY,
                                events)
    reader.start()
    [error] = events.wait_for("failed")
    assert isinstance(error, DeviceNotFound)
    reader.stop()
    assert not reader.running and not events.of("read")
    cv2.imwrite(str(tmp_path / "one.png"), np.full((120, 160, 3), 90, np.uint8))
    events = Events()
    reader = LiveDocumentReader(lambda: FileCamera(tmp_path, realtime=False), lambda: TODAY,
                                events)
    reader.start()
    [error] = events.wait_for("failed")  # the stream ended: unplugged
    assert isinstance(error, DeviceDisconnected)
    reader.stop()


def test_an_engine_reading_with_unsure_names_keeps_them_through_the_debounce() -> None:
    debounce = ZoneDebounce()
    flagged = replace(reading(KIM), unsure_names=((0, 7),))
    debounce.feed(flagged)
    fired = debounce.feed(reading(KIM)).fired
    assert fired is not None and fired.unsure_names == ((0, 7),)
    assert fired.unsure_fields == frozenset({"surname"})


# --- technicians: kiosk doctor and kiosk devices test --------------------------------------

@pytest.mark.parametrize(("spec", "ok", "words"), [
    ("off", True, "keyboard-wedge"),
    ("simulated", True, "frames of 1280x960"),
    ("opencv:/dev/video-missing", False, "cannot be opened"),
])
def test_the_doctor_checks_the_document_camera(monkeypatch, tmp_path, spec, ok, words) -> None:
    from station.diagnostics.devices import check_devices

    monkeypatch.setenv("KIOSK_DEVICES_DOCUMENT_CAMERA", spec)
    monkeypatch.setenv("KIOSK_DEVICES_FINGERPRINT", "plugin:none")  # not this test's business
    results = {r.name: r for r in check_devices(load_settings(tmp_path / "none.toml"))}
    check = results["document camera"]
    if spec == "simulated" and not check.ok and "no documents" in check.detail:
        pytest.skip("no OCR-B font and no specimens: the simulator has nothing to show")
    assert check.ok is ok and words in check.detail, check.detail


def test_devices_test_document_camera_says_whether_a_zone_reads(capsys) -> None:
    from station.cli import main

    _needs_ocrb()
    assert main(["devices", "test", "document-camera", "--use", "simulated",
                 "--frames", "16"]) == 0
    out = capsys.readouterr().out
    assert "document camera simulated-document: 1280x960" in out
    assert "last frame: a TD3 zone, valid" in out
    assert "KIM" not in out  # no document data on the technician's terminal
