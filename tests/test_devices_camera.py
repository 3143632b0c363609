"""Cameras: file source pacing, end of stream, unreadable files, OpenCV disconnect/reopen."""

from __future__ import annotations

import itertools
import threading
import time

import cv2
import numpy as np
import pytest

from devices.camera.file_source import FileCamera
from devices.camera.opencv_camera import OpenCvCamera
from devices.camera.simulated import SimulatedCamera
from devices.errors import DeviceDisconnected, DeviceNotFound, DeviceProtocolError
from devices.ports import Camera


@pytest.fixture
def clip(shared_data):
    return shared_data / "video" / "openmpf_video_01.mp4"  # 640x480, 29.97 fps, 90 frames


def _read_until_end(camera) -> list:
    frames = []
    with pytest.raises(DeviceDisconnected):
        while True:
            frames.append(camera.read().result(5))
    return frames


def test_file_source_honours_the_native_frame_rate(clip):
    camera = FileCamera(clip)
    try:
        info = camera.open().result(5)
        assert (info.width, info.height) == (640, 480) and info.fps == pytest.approx(29.97, 0.01)
        frames = [camera.read().result(5) for _ in range(31)]
    finally:
        camera.close()
    rate = 30 / (frames[-1].timestamp - frames[0].timestamp)
    # paced to the clip, never faster (a loaded machine can only make it slower; how close
    # it keeps to the rate: tests/benchmarks/bench_face_screen.py's camera baseline)
    assert rate <= 29.97 * 1.1, rate
    assert [f.index for f in frames] == list(range(31))
    assert isinstance(camera, Camera)


def test_file_source_end_of_file_then_loop(clip):
    camera = FileCamera(clip, realtime=False)
    try:
        camera.open().result(5)
        assert len(_read_until_end(camera)) == 90
    finally:
        camera.close()
    looping = FileCamera(clip, realtime=False, loop=True)
    try:
        frames = [looping.read().result(5) for _ in range(100)]
    finally:
        looping.close()
    assert np.array_equal(frames[0].image, frames[90].image)


def test_rotated_clip_is_turned_upright(shared_data):
    camera = FileCamera(shared_data / "video" / "openmpf_new_face_video-90.mp4", rotation=90,
                        realtime=False)
    plain = FileCamera(shared_data / "video" / "openmpf_new_face_video-90.mp4", realtime=False)
    try:
        info = camera.open().result(5)
        turned, raw = camera.read().result(5).image, plain.read().result(5).image
    finally:
        camera.close()
        plain.close()
    assert turned.shape[:2] == raw.shape[1::-1] == (info.height, info.width)
    assert np.array_equal(turned, cv2.rotate(raw, cv2.ROTATE_90_CLOCKWISE))


def test_folder_of_images_plays_at_the_set_rate(tmp_path):
    for i in range(6):
        cv2.imwrite(str(tmp_path / f"{i:02d}.png"), np.full((40, 60, 3), i * 40, np.uint8))
    camera = FileCamera(tmp_path, folder_fps=20)
    try:
        assert camera.open().result(5).fps == 20
        frames = _read_until_end(camera)
    finally:
        camera.close()
    shown = [int(f.image[0, 0, 0]) // 40 for f in frames]
    # in order from the first image to the last; a reader late on a loaded machine misses
    # some, as with a live camera
    assert shown[0] == 0 and shown[-1] == 5 and shown == sorted(set(shown)), shown
    rate = (shown[-1] - shown[0]) / (frames[-1].timestamp - frames[0].timestamp)
    assert rate <= 20 * 1.15, rate  # paced at the set rate, never faster


def test_missing_and_unreadable_files(tmp_path):
    missing = FileCamera(tmp_path / "nope.mp4")
    with pytest.raises(DeviceNotFound):
        missing.open().result(5)
    missing.close()
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"this is not a video" * 100)
    unreadable = FileCamera(junk)
    with pytest.raises(DeviceProtocolError) as err:
        unreadable.open().result(5)
    unreadable.close()
    assert err.value.message_key == "device.unreadable_file"


def test_opencv_missing_camera_is_device_not_found():
    camera = OpenCvCamera(9)
    with pytest.raises(DeviceNotFound, match="cannot be opened") as err:
        camera.open().result(10)
    camera.close()
    assert err.value.message_key == "device.not_found"


def test_opencv_disconnect_within_a_second_then_reopen(clip):
    camera = OpenCvCamera(str(clip), width=640, height=480, fps=30)
    try:
        info = camera.open().result(5)
        assert (info.width, info.height) == (640, 480) and info.fps > 0
        frames = 0
        while True:  # the end of the stream looks like an unplugged camera
            try:
                camera.read().result(5)  # a camera that hung would raise TimeoutError here
                frames += 1
            except DeviceDisconnected:
                break
        assert frames == 90
        camera.open().result(5)  # reopening works
        assert camera.read().result(5).index == 0
    finally:
        camera.close()


def test_simulated_camera_reads_frames_on_its_own_thread():
    camera = SimulatedCamera(320, 240, fps=30)
    threads: set[str] = set()
    grab = camera._grab

    def watched_grab():
        threads.add(threading.current_thread().name)
        return grab()

    camera._grab = watched_grab
    try:
        camera.open().result(5)
        got = [camera.read().result(3) for _ in range(10)]
    finally:
        camera.close()
    assert got[0].size == (320, 240) and [f.index for f in got] == list(range(10))
    assert threads == {"device-camera-simulated"}  # grabbed on the camera's own thread


def test_slow_reader_skips_frames_like_a_live_camera(clip):
    camera = FileCamera(clip)
    try:
        first = camera.read().result(5)
        busy_from = time.monotonic()
        time.sleep(0.5)  # a consumer busy for half a second (the scenario, not a wait)
        later = camera.read().result(5)
        busy_s = time.monotonic() - busy_from
    finally:
        camera.close()
    reference = FileCamera(clip, realtime=False)
    try:
        frames = [reference.read().result(5).image for _ in range(90)]
    finally:
        reference.close()
    shown = next(i for i, image in enumerate(frames) if np.array_equal(image, later.image))
    # about busy_s x 30 fps into the clip (however long a loaded machine kept the consumer
    # busy), not the next frame
    assert 12 <= shown <= busy_s * 30 + 5, (shown, busy_s)
    assert later.index == first.index + 1  # frames delivered are counted


def test_simulated_camera_drops_late_frames_instead_of_bursting(monkeypatch):
    """After a stall (a busy machine) frames keep the sensor's period, as a real camera's do:
    the missed ones are dropped, none are delivered back to back to catch up."""
    import devices.camera.simulated as simulated

    class FakeTime:
        now = 100.0

        def monotonic(self) -> float:
            return self.now

        def sleep(self, seconds: float) -> None:
            self.now += seconds

    clock = FakeTime()
    monkeypatch.setattr(simulated, "time", clock)
    monkeypatch.setattr(simulated, "draw_scene", lambda *_a: None)
    camera = SimulatedCamera(320, 240, fps=10)
    delivered = []
    try:  # closed, or its device thread outlives the module (it did)
        camera._open()
        for index in range(12):
            camera._grab()
            delivered.append(clock.now)
            if index == 4:
                clock.now += 1.0  # the reading thread did not run for a second
    finally:
        camera.close()
    gaps = [b - a for a, b in itertools.pairwise(delivered)]
    assert min(gaps) >= 0.1 - 1e-6
    assert max(gaps) >= 1.0  # the stall itself
