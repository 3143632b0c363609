"""What held the live auto-capture back: the tally's known answers, and the real face screen
counting on its analyser thread into the FaceResult and the ``face_captured`` event."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import pytest
from argon2 import PasswordHasher
from deskhelp import applicant, decision
from reportseed import held

from devices.camera.file_source import FileCamera
from kiosk.accounts.roles import Role
from kiosk.accounts.service import Accounts
from kiosk.biometrics.face.blocking import MAX_GAP_S, BlockTally
from kiosk.biometrics.face.imageio import read_image
from kiosk.desk.results import FaceResult
from kiosk.desk.session import DeskSession
from kiosk.options import load_settings
from kiosk.store.store import Store
from ui.common import ops
from ui.screens.face import FaceScreen


def test_the_tally_counts_frames_and_capped_gaps_per_check() -> None:
    tally = BlockTally()
    for t, failed in ((10.0, ["yaw", "glare"]), (10.2, ["yaw"]), (13.0, ["yaw", "yaw"]),
                      (13.1, [])):
        tally.add(failed, t)
    assert tally.as_dict() == {"frames": 4, "seconds": round(0.2 + MAX_GAP_S + 0.1, 2),
                               "checks": {"glare": {"frames": 1, "seconds": 0.0},
                                          "yaw": {"frames": 3, "seconds": 1.2}}}
    tally.pause()  # a portrait was kept: the next frame brings no gap
    tally.add(["yaw"], 50.0)
    assert tally.as_dict()["checks"]["yaw"] == {"frames": 4, "seconds": 1.2}
    tally.reset()
    assert tally.as_dict() == {"frames": 0, "seconds": 0.0, "checks": {}}
    assert held([("yaw",)] * 3)["checks"] == {"yaw": {"frames": 3, "seconds": 0.4}}


@pytest.mark.gui
def test_the_face_screen_counts_what_held_the_capture_back_off_the_ui_thread(
        qtbot, shared_data, tmp_path: Path) -> None:
    image = read_image(shared_data / "faces" / "frll_smiling_001_08.jpg")
    frame = cv2.resize(image, (640, 640), interpolation=cv2.INTER_AREA)[:, 80:560]
    folder = tmp_path / "cam"
    folder.mkdir()
    for i in range(3):
        cv2.imwrite(str(folder / f"frame_{i:03d}.png"), frame)
    ops.run_synchronously(True)
    try:
        with Store.open(tmp_path / "data", key_backend="file") as store:
            accounts = Accounts(store, hasher=PasswordHasher(time_cost=1, memory_cost=1024,
                                                             parallelism=1))
            accounts.create_first("sup.lan", "Lan", Role.SUPERVISOR, "giám sát viên 2026")
            settings = load_settings().replace(face__camera_timeout_s=5.0)
            screen = FaceScreen(settings, accounts,
                                lambda: FileCamera(folder, loop=True, folder_fps=15), "off.an")
            qtbot.addWidget(screen)
            screen.show()
            threads: set[str] = set()
            add = screen.tally.add
            screen.tally.add = lambda *a: (threads.add(threading.current_thread().name),
                                           add(*a))[1]
            screen.start()
            qtbot.waitUntil(lambda: screen.tally.as_dict()["frames"] >= 4, timeout=15_000)
            assert threads == {"face-analyser"}
            screen.worker.request("forced", "facial palsy")
            qtbot.waitUntil(lambda: screen.kept is not None, timeout=10_000)
            counted = screen.tally.as_dict()
            analysed = screen.worker.frames_analysed
            qtbot.waitUntil(lambda: screen.worker.frames_analysed >= analysed + 3,
                            timeout=15_000)  # frames analysed after the capture held nothing back
            assert screen.tally.as_dict() == counted
            with qtbot.waitSignal(screen.captured, timeout=5000) as signal:
                screen.accept()
            result: FaceResult = signal.args[0]
            blocked = result.blocked
            assert blocked == counted and blocked["frames"] >= 4
            assert blocked["checks"]["expression"]["frames"] == blocked["frames"]
            assert 0 < blocked["checks"]["expression"]["seconds"] <= blocked["seconds"]
            desk = DeskSession(store, "HN-DESK-1", "off.an")
            desk.start(applicant(), decision())
            desk.save_face(result)
            [event] = [e for e in store.read(lambda r: r.events(desk.enrollment_id))
                       if e["event"] == "face_captured"]
            assert event["detail"]["blocked"] == blocked  # names and counts, nothing else
            screen.reset()  # next applicant: counting starts over
            assert screen.tally.as_dict()["frames"] == 0
            screen.stop()
    finally:
        ops.run_synchronously(False)
