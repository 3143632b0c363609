"""The SBI client against the simulator over real HTTP on 127.0.0.1: every failure path."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request

import numpy as np
import pytest
from cryptography import x509

from devices.errors import (
    CaptureFailed,
    DeviceBusy,
    DeviceDisconnected,
    DeviceError,
    DeviceNotFound,
    DeviceNotReady,
    DeviceProtocolError,
    DeviceTimeout,
)
from devices.ports import Finger, Segment
from devices.sbi.client import SbiClient
from devices.sbi.security import EMPTY_HASH, chain_hash
from devices.sbi.simulator import SbiSimulator


@pytest.fixture
def sim():
    simulator = SbiSimulator(0).start()
    simulator.control(quality=62)  # fixed quality: no NFIQ2 run per finger (speed)
    yield simulator
    simulator.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _capture(sim: SbiSimulator, segment=Segment.LEFT_SLAP, client: SbiClient | None = None,
             **kwargs):
    return (client or SbiClient()).rcapture(sim.port, sim.serial, segment, **kwargs)


def test_left_slap_with_a_missing_finger(sim):
    result = _capture(sim, exceptions=(Finger.LEFT_RING,), requested_score=50)
    assert [f.position for f in result.fingers] == [Finger.LEFT_INDEX, Finger.LEFT_MIDDLE,
                                                    Finger.LEFT_LITTLE]
    for finger in result.fingers:
        assert finger.image.dtype == np.uint8 and finger.image.ndim == 2
        assert finger.ppi == 500 and finger.quality == 62 and finger.device_id == sim.serial
        assert finger.record.startswith(b"FIR\x00020\x00")
    assert result.device_verified is False
    expected = EMPTY_HASH
    for finger in result.fingers:
        expected = chain_hash(expected, finger.record)
    assert result.last_hash == expected


def test_thumbs_and_single_fingers_and_verified_device(sim):
    ca = x509.load_pem_x509_certificate(sim.signer.ca_pem())
    client = SbiClient(ca=ca)
    thumbs = _capture(sim, Segment.TWO_THUMBS, client)
    assert {f.position for f in thumbs.fingers} == {Finger.LEFT_THUMB, Finger.RIGHT_THUMB}
    assert thumbs.device_verified is True
    single = _capture(sim, Segment.RIGHT_SLAP, client, fingers=(Finger.RIGHT_MIDDLE,),
                      previous_hash=thumbs.last_hash)
    assert [f.position for f in single.fingers] == [Finger.RIGHT_MIDDLE]
    assert single.last_hash == chain_hash(thumbs.last_hash, single.fingers[0].record)


def test_quality_defaults_to_nfiq2_of_the_served_print(sim):
    sim.control(quality=None)
    result = _capture(sim, Segment.RIGHT_SLAP, fingers=(Finger.RIGHT_INDEX,))
    assert 30 < result.fingers[0].quality <= 100


def test_busy_status_and_second_concurrent_capture(sim):
    sim.control(status="Busy")
    with pytest.raises(DeviceBusy) as err:
        _capture(sim)
    assert err.value.message_key == "device.busy"
    sim.control(status="Ready", delay_s=3.0)  # holds the first capture while the second comes
    first = threading.Thread(target=lambda: _capture(sim, fingers=(Finger.LEFT_INDEX,)))
    first.start()
    deadline = time.monotonic() + 30
    while not sim.capture_lock.locked():  # the first capture is being held by the device
        assert time.monotonic() < deadline, "the first capture never reached the device"
        time.sleep(0.01)
    with pytest.raises(DeviceBusy):
        _capture(sim)
    first.join()


def test_not_ready(sim):
    sim.control(status="Not Ready")
    with pytest.raises(DeviceNotReady) as err:
        _capture(sim)
    assert err.value.message_key == "device.not_ready"


def test_timeout(sim):
    sim.control(delay_s=3.0)
    with pytest.raises(DeviceTimeout):
        _capture(sim, timeout_s=0.3, grace_s=0.2)
    assert sim.captures == 0  # the client gave up before the device answered (after 3 s)


def test_disconnect_mid_capture(sim):
    sim.control(fault="disconnect")
    with pytest.raises(DeviceDisconnected):
        _capture(sim)


def test_wrong_transaction_id_echo(sim):
    sim.control(fault="wrong_transaction")
    with pytest.raises(DeviceProtocolError, match="transaction id") as err:
        _capture(sim)
    assert err.value.message_key == "device.bad_transaction"


def test_broken_hash_chain(sim):
    sim.control(fault="broken_hash")
    with pytest.raises(DeviceProtocolError, match="hash chain") as err:
        _capture(sim)
    assert err.value.message_key == "device.bad_hash"


def test_malformed_json(sim):
    sim.control(fault="malformed_json")
    with pytest.raises(DeviceProtocolError, match="malformed JSON"):
        _capture(sim)


def test_bad_signature(sim):
    sim.control(fault="bad_signature")
    with pytest.raises(DeviceProtocolError, match="signature"):
        _capture(sim)


@pytest.mark.parametrize(("code", "kind", "key"), [
    (101, CaptureFailed, "device.no_finger"), (100, DeviceNotReady, "device.not_registered"),
    (106, DeviceNotFound, "device.not_found"), (503, DeviceError, "device.vendor_error")])
def test_forced_error_codes_map_to_typed_errors(sim, code, kind, key):
    sim.control(error_code=code)
    with pytest.raises(kind) as err:
        _capture(sim)
    assert err.value.message_key == key and err.value.params["code"] == code


def test_no_device_listening():
    port = _free_port()
    with pytest.raises(DeviceNotFound):
        SbiClient().rcapture(port, "x", Segment.LEFT_SLAP)
    assert SbiClient().discover(range(port, port + 1), timeout_s=0.3) == []
    # how long the default range takes: tests/benchmarks/bench_devices.py


def test_port_range_with_several_devices():
    sims = [SbiSimulator(0, serial=f"SIM{i:04d}").start() for i in range(3)]
    try:
        sims[1].control(status="Busy")
        ports = sorted(s.port for s in sims)
        found = SbiClient().discover(range(ports[0] - 5, ports[-1] + 6), timeout_s=0.3)
        by_port = {d.port: d for d in found}
        assert {s.port for s in sims} <= set(by_port)
        for s in sims:
            assert by_port[s.port].device_id == s.serial
            assert by_port[s.port].serial == s.serial and by_port[s.port].sub_ids == (1, 2, 3)
        assert by_port[sims[1].port].status == "Busy"
        assert by_port[sims[0].port].status == "Ready"
    finally:
        for s in sims:
            s.stop()


def test_device_info_is_signed(sim):
    payload, verified = SbiClient().info(sim.port)
    assert payload["deviceId"] == sim.serial and payload["firmware"] and not verified
    ca = x509.load_pem_x509_certificate(sim.signer.ca_pem())
    assert SbiClient(ca=ca).info(sim.port)[1] is True


def test_stream_preview_delivers_jpeg_frames(sim):
    frames: list[bytes] = []
    stop = threading.Event()
    reader = threading.Thread(target=SbiClient().stream, args=(
        sim.port, sim.serial, Segment.LEFT_SLAP, frames.append, stop, 5.0))
    reader.start()
    deadline = time.monotonic() + 30
    while len(frames) < 3:  # frames keep coming (their rate: the live screen's business)
        assert time.monotonic() < deadline and reader.is_alive(), f"{len(frames)} frames"
        time.sleep(0.01)
    stop.set()
    reader.join(30)
    assert not reader.is_alive()
    assert all(f.startswith(b"\xff\xd8") and f.endswith(b"\xff\xd9") for f in frames)


def test_control_endpoint_over_http(sim):
    request = urllib.request.Request(
        f"http://127.0.0.1:{sim.port}/control", method="POST",
        data=json.dumps({"status": "Not Ready", "delay_s": 0.5}).encode())
    with urllib.request.urlopen(request, timeout=5) as response:
        state = json.load(response)
    assert state["status"] == "Not Ready" and sim.state.delay_s == 0.5
    bad = urllib.request.Request(f"http://127.0.0.1:{sim.port}/control", method="POST",
                                 data=json.dumps({"fault": "nonsense"}).encode())
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(bad, timeout=5)


def test_simulator_serves_a_folder_of_images(shared_data, tmp_path):
    folder = tmp_path / "fingers"
    folder.mkdir()
    source = shared_data / "fingerprints" / "fvc2002_db2b_101_1.tif"
    (folder / source.name).symlink_to(source)
    with SbiSimulator(0, folder) as simulator:
        simulator.control(quality=70)
        result = SbiClient().rcapture(simulator.port, simulator.serial, Segment.TWO_THUMBS)
    assert all(f.image.shape == (560, 296) for f in result.fingers)


def test_requested_score_not_reached_waits_for_the_timeout_then_returns_best(sim):
    sim.control(quality=35)
    started = time.monotonic()
    result = _capture(sim, Segment.TWO_THUMBS, requested_score=60, timeout_s=0.6, grace_s=30)
    assert time.monotonic() - started >= 0.6
    assert [f.quality for f in result.fingers] == [35, 35]
    assert any("below the requested 60" in w for w in result.warnings)
    quick = _capture(sim, Segment.TWO_THUMBS, requested_score=30, timeout_s=5)
    assert quick.warnings == ()


class _RecordedWaits:
    """Stands in for the simulator's ``stopping`` event: records each wait, never waits."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(float(timeout or 0.0))
        return False

    def set(self) -> None:
        pass


def test_below_the_requested_score_the_timeout_counts_from_the_request_not_after_the_shots(
        sim, monkeypatch):
    """Taking the impressions (an NFIQ2 run each) is part of RCAPTURE's timeout, as on a real
    device. Waiting the whole timeout again after them answered past the client's grace under
    load: a DeviceTimeout for a slap the applicant had given, on which an automatic step
    waited for the officer (the desk benchmark's 90 s fingerprint hang)."""
    now = [1000.0]
    sim.clock = lambda: now[0]
    shot = sim._best_shot

    def slow_shot(finger, requested):  # each finger's impressions take 2 s on sim.clock
        now[0] += 2.0
        return shot(finger, requested)

    monkeypatch.setattr(sim, "_best_shot", slow_shot)
    sim.control(quality=35)
    recorded = _RecordedWaits()
    sim.stopping = recorded
    result = _capture(sim, Segment.TWO_THUMBS, requested_score=60, timeout_s=10, grace_s=2)
    assert [f.quality for f in result.fingers] == [35, 35]
    assert recorded.waits == [6.0]  # 10 s from the request, 4 s of which went to the shots
    now[0] += 0.0
    recorded.waits.clear()
    _capture(sim, Segment.LEFT_SLAP, requested_score=60, timeout_s=5, grace_s=2)
    assert recorded.waits == [0.0]  # the shots (8 s) outlasted the timeout: answer at once
    sim.stopping = threading.Event()


def test_the_simulator_binds_without_a_reverse_dns_lookup(monkeypatch: pytest.MonkeyPatch):
    """http.server's bind asked the resolver for the loopback's name (socket.getfqdn): slow
    with a bad resolver, and its codec import held the GIL while the desk waited."""
    def no_lookup(*_args: object) -> str:
        raise AssertionError("the simulator looked a name up")

    monkeypatch.setattr(socket, "getfqdn", no_lookup)
    sim = SbiSimulator(0).start()
    try:
        assert sim.port > 0 and sim._server.server_name == "127.0.0.1"
        with urllib.request.urlopen(f"http://127.0.0.1:{sim.port}/control", timeout=10) as r:
            assert r.status == 200
    finally:
        sim.stop()
