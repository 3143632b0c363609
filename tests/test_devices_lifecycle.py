"""One I/O thread per device, futures, and clean closing: no leaked threads or sockets."""

from __future__ import annotations

import os
import threading
import time

import pytest
from simhelp import adjacent_simulators

from devices.camera.file_source import FileCamera
from devices.camera.opencv_camera import OpenCvCamera
from devices.camera.simulated import SimulatedCamera
from devices.errors import DeviceTimeout
from devices.ports import Finger, Segment
from devices.sbi.scanner import SbiScanner, SimulatedScanner
from devices.worker import DeviceWorker

STANDBY = ("standby", "standby-keeper")  # kiosk.domain.threads: parked, renamed while they work


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _settle(before_threads: set[threading.Thread], before_fds: int) -> tuple[set, int]:
    deadline = time.monotonic() + 30  # bounds a hang only
    while True:
        extra = {t for t in set(threading.enumerate()) - before_threads
                 if t.name not in STANDBY}  # parked for later use, running nothing
        fds = _open_fds()
        if (not extra and fds <= before_fds) or time.monotonic() > deadline:
            return extra, fds
        time.sleep(0.05)


def test_worker_runs_everything_on_one_thread_and_joins_on_close():
    worker = DeviceWorker("t")
    names = [worker.submit(lambda: threading.current_thread().name).result(2)
             for _ in range(5)]
    assert set(names) == {"device-t"}
    gate = threading.Event()
    blocker = worker.submit(gate.wait, 5)
    pending = worker.submit(lambda: "never")
    deadline = time.monotonic() + 30
    while not blocker.running() and time.monotonic() < deadline:
        time.sleep(0.01)
    threading.Timer(0.2, gate.set).start()
    worker.close()
    assert blocker.result(0) is True and pending.cancelled()
    assert not worker.alive
    with pytest.raises(RuntimeError):
        worker.submit(lambda: None)


def test_worker_delivers_exceptions_through_the_future():
    worker = DeviceWorker("e")
    try:
        future = worker.submit(lambda: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            future.result(2)
        assert worker.submit(lambda: 7).result(2) == 7  # the thread survives
    finally:
        worker.close()


def test_open_close_cycles_leak_no_thread_or_socket(shared_data):
    before_threads, before_fds = set(threading.enumerate()), _open_fds()
    for _ in range(3):
        camera = SimulatedCamera(fps=60)
        camera.open().result(5)
        camera.read().result(5)
        camera.close()
        clip = FileCamera(shared_data / "video" / "openmpf_video_01.mp4")
        clip.read().result(5)
        clip.close()
        via_opencv = OpenCvCamera(str(shared_data / "video" / "openmpf_vp8_opus.webm"))
        via_opencv.read().result(5)
        via_opencv.close()
        scanner = SimulatedScanner()
        scanner.simulator.control(quality=55)
        scanner.open().result(10)
        scanner.capture(Segment.TWO_THUMBS, preview=lambda jpeg: None).result(30)
        scanner.close()
    extra, fds = _settle(before_threads, before_fds)
    assert not extra, f"threads left running: {[t.name for t in extra]}"
    assert fds <= before_fds, f"file descriptors grew from {before_fds} to {fds}"


def test_close_during_a_capture_aborts_it_promptly():
    scanner = SimulatedScanner()
    scanner.simulator.control(delay_s=20, quality=50)
    scanner.open().result(10)
    future = scanner.capture(Segment.LEFT_SLAP, fingers=(Finger.LEFT_INDEX,))
    deadline = time.monotonic() + 30
    while not scanner.simulator.capture_lock.locked():  # the device holds the capture
        assert time.monotonic() < deadline, "the capture never reached the device"
        time.sleep(0.01)
    before = time.monotonic()
    scanner.close()
    # aborted, not waited for: the device would have answered only after 20 s
    assert time.monotonic() - before < 10
    assert future.done() and future.exception() is not None


def test_scanner_port_maps_timeouts_and_chains_hashes_across_captures():
    scanner = SimulatedScanner()
    try:
        scanner.simulator.control(quality=48)
        scanner.open().result(10)
        first = scanner.capture(Segment.TWO_THUMBS).result(30)
        second = scanner.capture(Segment.RIGHT_SLAP, fingers=(Finger.RIGHT_INDEX,)).result(30)
        assert scanner.last_hash == second.last_hash != first.last_hash
        scanner.simulator.control(delay_s=2)
        with pytest.raises(DeviceTimeout):
            scanner.capture(Segment.TWO_THUMBS, timeout_s=0.2, grace_s=0.2).result(10)
    finally:
        scanner.close()


def test_sbi_scanner_without_device_reports_not_found():
    from devices.errors import DeviceNotFound

    scanner = SbiScanner(range(1, 3), discovery_timeout_s=0.1)
    try:
        with pytest.raises(DeviceNotFound, match="ports 1-2"):
            scanner.open().result(5)
    finally:
        scanner.close()


def test_sbi_scanner_picks_the_ready_device_in_its_range():

    busy, ready = adjacent_simulators(("BUSY1", "READY"))
    try:
        busy.control(status="Busy")
        low, high = sorted((busy.port, ready.port))
        # only our two ports: between two ephemeral ones, another process's simulator may
        # listen on a shared machine
        assert high == low + 1
        scanner = SbiScanner(range(low, high + 1), discovery_timeout_s=2.0)
        try:
            assert scanner.open().result(10).device_id == "READY"
        finally:
            scanner.close()
    finally:
        busy.stop()
        ready.stop()


def test_scanner_recovers_after_the_device_was_busy():
    from devices.errors import DeviceBusy

    scanner = SimulatedScanner()
    try:
        scanner.simulator.control(quality=50, status="Busy")
        scanner.open().result(10)
        with pytest.raises(DeviceBusy):
            scanner.capture(Segment.TWO_THUMBS).result(10)
        scanner.simulator.control(status="Ready")
        assert len(scanner.capture(Segment.TWO_THUMBS).result(30).fingers) == 2
    finally:
        scanner.close()


def test_preview_frames_arrive_while_the_capture_waits():
    scanner = SimulatedScanner()
    frames: list[bytes] = []
    try:
        scanner.simulator.control(quality=50, delay_s=1.0)
        scanner.open().result(10)
        result = scanner.capture(Segment.TWO_THUMBS, preview=frames.append).result(30)
    finally:
        scanner.close()
    assert len(result.fingers) == 2
    assert len(frames) >= 3 and all(f[:2] == b"\xff\xd8" for f in frames)
