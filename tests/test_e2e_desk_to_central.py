"""Desk to central, every shape of enrollment: made with the real DeskSession from real captures
(the SBI simulator through the real client, its signatures checked against its CA; NFIQ 2,
minutiae and WSQ by the desk's own analysis; a portrait from the face pipeline when the shared
data is there), saved slap by slap, restored, uploaded by the real SyncWorker to a real
kiosk-central on loopback. Each packet is opened with the central's private key and compared
field by field with what the desk captured; the central's verdict is checked; and the worker's
fault suite runs on desk-made enrollments.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from deskhelp import applicant, decision
from storehelp import image_bytes
from synchelp import STATION, Central, Station, fast_worker, open_packet, open_station, wait_until

from central.faults import Faults
from central.store_sqlite import SQLiteStore as CentralStore
from devices.sbi.scanner import SimulatedScanner
from kiosk.biometrics.fingers.duplicates import find_duplicates
from kiosk.biometrics.fingers.policy import CapturePolicy, ExceptionKind, SegmentCapture
from kiosk.desk import codec
from kiosk.desk.results import (
    Approval,
    FaceResult,
    FingerException,
    FingerprintSet,
    SlapResult,
)
from kiosk.desk.session import DeskSession
from kiosk.domain.applicant import Applicant
from kiosk.domain.enrollment import State
from kiosk.domain.fingers import SLAP_ORDER, FingerPosition
from kiosk.store import approvals
from kiosk.store.store import Store
from kiosk.sync.packet import validate, verify
from ui.desk.finger_steps import SLAPS, slap_result, step_segment
from ui.desk.finger_worker import analyse_result

AT = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)
OFFICER, NEXT_SHIFT, SUPERVISOR = "off.an", "off.binh", "sup.lan"
STEPS = tuple(SLAPS.values())  # left four, right four, both thumbs
SHAPES = ("compliant", "forced_photo", "exceptions", "resumed", "handover")
FORCED_TIMEOUT_S = 3.0  # the device's timeout for a step forced below the threshold


# --- real captures --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scanner():
    """The SBI simulator with its device CA configured: captures are signature-verified.

    Its subjects are 2 and 3 in turn, as conftest sets for every test: a module fixture runs
    before that function-scoped setting, and a random subject's finger below the threshold
    kept the device trying for its whole timeout (30 s) now and then."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIOSK_SIM_SUBJECTS", "2,3")
        device = SimulatedScanner(capture_timeout_s=30)
        device.client.ca = device.simulator.signer.ca_cert
        device.open().result(timeout=30)
        yield device
        device.close()


@pytest.fixture(scope="module")
def portrait() -> tuple[bytes, dict]:
    """The ICAO portrait of a real face (shared data), else a plain JPEG without checks."""
    from conftest import SHARED_DATA

    source = SHARED_DATA / "faces" / "frll_neutral_001_03.jpg"
    if not source.exists():
        return image_bytes("JPEG", 3, (480, 600)), {"compliant": None, "checks": []}
    from kiosk.biometrics.face.analysis import analyse_image
    from kiosk.biometrics.face.imageio import read_image
    from kiosk.biometrics.face.portrait import make_portrait

    image = read_image(source)
    result = analyse_image(image)
    assert result.crop is not None and result.compliant, result.as_dict()
    checks = json.loads(json.dumps(result.as_dict()))  # as the face screen's result holds it
    return make_portrait(image, result.crop).jpeg, checks


def capture_step(scanner: SimulatedScanner, step: FingerPosition,
                 exceptions: dict[FingerPosition, FingerException], *, threshold: int = 40,
                 force: Approval | None = None) -> tuple[SlapResult, dict]:
    """One capture step as the fingerprint screen does it: the capture policy, the device
    call, the desk's analysis, then the step as saved (and the minutiae, for the
    duplicate check)."""
    kinds = {p: ExceptionKind(e.kind) for p, e in exceptions.items()}
    capture = SegmentCapture(step, CapturePolicy(threshold), kinds)
    templates = {}
    if not capture.done:
        # a forced step asks for a score no finger reaches: the device tries until its
        # timeout, as a real one does, so a short one (the full 30 s was most of the setup)
        result = scanner.capture(step_segment(step), exceptions=tuple(capture.exceptions),
                                 requested_score=threshold,
                                 timeout_s=FORCED_TIMEOUT_S if force is not None else None,
                                 ).result(timeout=60)
        analysed = analyse_result(step_segment(step), result)
        capture.record({p: f.quality for p, f in analysed.fingers.items()}, analysed.fingers)
        if force is not None:
            capture.force(force.reason)
        templates = {p: f.template for p, f in analysed.fingers.items()}
    return slap_result(step, capture, force, exceptions), templates


# --- the desk -------------------------------------------------------------------------------

@dataclass
class Made:
    """What the desk captured for one enrollment, and what the draft gave back."""

    enrollment_id: str
    person: Applicant
    face: FaceResult
    fingers: FingerprintSet
    restored_face: FaceResult | None = None
    restored_fingers: FingerprintSet | None = None
    approvals: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)


def face_result(portrait: tuple[bytes, dict], forced: bool = False) -> FaceResult:
    jpeg, checks = portrait
    if not forced:
        return FaceResult(jpeg, checks, "auto", AT, "file camera")
    return FaceResult(jpeg, checks, "forced", AT, "file camera", "scar after surgery",
                      Approval(SUPERVISOR, "scar after surgery", AT),
                      {"frames": 40, "checks": {"eyes_open": 31}})


def exception(finger: FingerPosition, kind: str, reason: str,
              later: bool = False) -> FingerException:
    approval = Approval.later(reason, AT) if later else Approval(SUPERVISOR, reason, AT)
    return FingerException(finger, kind, reason, approval)


class Desk:
    """Drives DeskSession as the desk flow does; restart() closes and reopens the store."""

    def __init__(self, station: Station, scanner: SimulatedScanner,
                 portrait: tuple[bytes, dict]) -> None:
        self.station, self.scanner, self.portrait = station, scanner, portrait

    def session(self, officer: str = OFFICER) -> DeskSession:
        return DeskSession(self.station.store, STATION, officer)

    def restart(self) -> None:
        self.station.store.close()
        self.station.store = Store.open(self.station.data_dir, key_backend="file")

    def enroll(self, shape: str, number: int) -> Made:
        person = applicant(travel_document_number=f"M{number:08d}",
                           given_names=f"MIN JUN {shape.upper().replace('_', ' ')}")
        desk = self.session()
        enrollment_id = desk.start(person, decision(person))
        face = face_result(self.portrait, forced=shape == "forced_photo")
        desk.save_face(face)
        exceptions: dict[FingerPosition, FingerException] = {}
        forced: dict[FingerPosition, Approval] = {}
        actors = {OFFICER}
        if shape == "exceptions":
            # a missing finger, the whole right hand amputated, the left thumb forced (its
            # sign-off deferred to the supervisor's list and decided there)
            exceptions[FingerPosition.LEFT_RING] = exception(
                FingerPosition.LEFT_RING, "missing", "congenital")
            for finger in (*SLAP_ORDER[FingerPosition.RIGHT_FOUR], FingerPosition.RIGHT_THUMB):
                exceptions[finger] = exception(finger, "amputated", "work accident 2019",
                                               later=finger == FingerPosition.RIGHT_THUMB)
            forced[FingerPosition.BOTH_THUMBS] = Approval.later("worn ridges", AT)
        slaps: dict[FingerPosition, SlapResult] = {}
        templates = {}
        for number_of_step, step in enumerate(STEPS):
            if shape == "resumed" and number_of_step == 1:
                self.restart()  # the station restarts between the slaps
                desk = self.session()
                restored = desk.restore(enrollment_id)
                assert restored.fingers.slap(STEPS[0]) == slaps[STEPS[0]]
            if shape == "handover" and number_of_step == 2:
                desk = self.session(NEXT_SHIFT)  # the next shift's officer goes on
                restored = desk.restore(enrollment_id)
                assert restored.face == face and not restored.fingers_reviewed
                assert [s.step for s in restored.fingers.steps] == list(STEPS[:2])
                actors.add(NEXT_SHIFT)
            slap, found = capture_step(
                self.scanner, step, exceptions, force=forced.get(step),
                threshold=100 if step in forced else 40)
            desk.save_step(slap)
            slaps[step], templates = slap, {**templates, **found}
        report = find_duplicates(templates)
        fingers = FingerprintSet(
            {p: s for slap in slaps.values() for p, s in slap.samples.items()},
            exceptions, report.as_dict(), tuple(slaps[s].step for s in STEPS))
        desk.save_fingers(fingers)
        made = Made(enrollment_id, person, face, fingers, actors=actors)
        restored = desk.restore(enrollment_id)
        made.restored_face, made.restored_fingers = restored.face, restored.fingers
        assert restored.fingers_reviewed
        if shape == "exceptions":  # the supervisor decides the deferred sign-offs
            store = self.station.store
            for row in store.read(approvals.pending):
                store.write(lambda r, i=row.id: approvals.decide(
                    r, i, True, SUPERVISOR, "seen the applicant")).result()
            actors.add(SUPERVISOR)
        made.approvals = expected_register(shape)
        desk.finalize()
        return made


def expected_register(shape: str) -> list[tuple[str, str, str, str | None]]:
    """(kind, subject, status, decided by) of each sign-off the central should receive."""
    if shape == "forced_photo":
        return [(approvals.FORCE_FACE, "", "approved", SUPERVISOR)]
    if shape != "exceptions":
        return []
    right = [str(int(p)) for p in SLAP_ORDER[FingerPosition.RIGHT_FOUR]]
    return sorted([(approvals.FORCE_FINGERS, "6", "approved", SUPERVISOR),
                   (approvals.FINGER_EXCEPTION, "9", "approved", SUPERVISOR),
                   (approvals.FINGER_EXCEPTION, "1", "approved", SUPERVISOR),
                   *[(approvals.FINGER_EXCEPTION, code, "approved", SUPERVISOR)
                     for code in right]])


# --- the central ----------------------------------------------------------------------------

def stored_packet(central: Central, enrollment_id: str) -> bytes:
    packet = central.store.packet(STATION, enrollment_id)
    assert packet is not None
    return packet


def upload(station: Station, central: Central, ids: list[str], faults: Faults | None = None,
           max_in_flight: int = 1) -> None:
    """Run the real worker until the central decided every enrollment."""
    url = central.start(faults)
    worker = fast_worker(station, url, max_in_flight=max_in_flight)
    worker.start()
    try:
        done = wait_until(lambda: set(station.states(ids)) <= {State.ACCEPTED, State.REJECTED})
        status = worker.status()
    finally:
        worker.stop()
    assert done, f"not drained: {station.states(ids)} status={status}"


@dataclass
class World:
    station: Station
    central: Central
    key: X25519PrivateKey
    made: dict[str, Made]


@pytest.fixture(scope="module")
def world(tmp_path_factory, scanner, portrait):
    folder = tmp_path_factory.mktemp("e2e")
    key = X25519PrivateKey.generate()
    central = Central(folder / "central", key, CentralStore(folder / "central" / "c.db"))
    station = open_station(folder / "station", key)
    central.register(station)
    desk = Desk(station, scanner, portrait)
    made = {shape: desk.enroll(shape, number) for number, shape in enumerate(SHAPES)}
    upload(station, central, [m.enrollment_id for m in made.values()])
    yield World(station, central, key, made)
    central.stop()
    station.store.close()


# --- every hop, field by field ----------------------------------------------------------------

@pytest.mark.parametrize("shape", SHAPES)
def test_the_draft_gives_back_what_the_desk_captured(world: World, shape: str) -> None:
    made = world.made[shape]
    assert made.restored_face == made.face
    assert made.restored_fingers == made.fingers
    assert all(s.device_verified is True and s.device_quality is not None
               for s in made.fingers.samples.values())


@pytest.mark.parametrize("shape", SHAPES)
def test_the_central_reads_every_field_the_desk_captured(world: World, shape: str) -> None:
    made = world.made[shape]
    manifest, _body, _signature = open_packet(stored_packet(world.central, made.enrollment_id),
                                              world.key)
    assert manifest["enrollment_id"] == made.enrollment_id
    assert manifest["station_id"] == STATION and manifest["officer_id"] == OFFICER
    demographics = dict(manifest["demographics"])
    eligibility = demographics.pop("eligibility")
    assert Applicant.from_dict(demographics) == made.person
    assert eligibility["reasons"] == ["eligible_level2"]

    entries = {e["position"]: e for e in manifest["biometrics"]}
    face = entries.pop("portrait")
    assert face["sha256"] == hashlib.sha256(made.face.portrait_jpeg).hexdigest()
    assert base64.b64decode(face["data"]) == made.face.portrait_jpeg
    assert face["device_id"] == made.face.device and face["device_verified"] is None
    assert face["force_capture_reason"] == made.face.forced_reason
    assert face["approval"] == codec.approval_to_meta(made.face.approval)
    assert face["meta"]["checks"] == made.face.checks and face["meta"]["mode"] == made.face.mode
    assert face["meta"]["blocked"] == made.face.blocked
    assert set(entries) == {str(int(p)) for p in made.fingers.samples}
    for position, sample in made.fingers.samples.items():
        entry = entries[str(int(position))]
        assert entry["kind"] == "finger" and entry["format"] == "wsq"
        assert entry["sha256"] == hashlib.sha256(sample.wsq).hexdigest()
        assert base64.b64decode(entry["data"]) == sample.wsq
        assert entry["quality"] == sample.nfiq2 and entry["meta"]["nfiq2"] == sample.nfiq2
        assert entry["device_id"] == sample.device_id != ""
        assert entry["device_verified"] is True
        assert entry["device_quality"] == sample.device_quality
        assert entry["force_capture_reason"] == sample.forced_reason
        assert entry["approval"] == codec.approval_to_meta(sample.approval)
        assert entry["meta"]["attempts"] == sample.attempts and entry["exception"] is None

    prints = manifest["fingerprints"]
    assert prints["reviewed"] is True
    assert prints["duplicates"] == made.fingers.duplicates
    assert prints["exceptions"] == codec.exceptions_to_meta(made.fingers.exceptions)
    assert prints["steps"] == [codec.step_to_meta(s) for s in made.fingers.steps]

    decoded = codec.decode_manifest(manifest)  # the same codec, on the central side
    assert decoded.face == made.face and decoded.fingers == made.fingers

    register = sorted((a["kind"], a["subject"], a["status"], a["decided_by"])
                      for a in manifest["approvals"])
    assert register == made.approvals

    trail = [{k: v for k, v in e.items() if k != "seq"}
             for e in world.station.store.read(lambda r: r.events(made.enrollment_id))]
    assert manifest["audit"] == trail[:len(manifest["audit"])]  # then: uploaded, the verdict
    assert manifest["audit"][-1]["to_state"] == "finalized"
    assert {e["actor"] for e in manifest["audit"]} == made.actors
    events = [e["event"] for e in manifest["audit"]]
    assert events.count(codec.STEP_SAVED) == len(STEPS)
    assert events.count(codec.FINGERS_REVIEWED) == 1 and events[-1] == "state_changed"


@pytest.mark.parametrize("shape", SHAPES)
def test_the_central_accepts_every_shape(world: World, shape: str) -> None:
    made = world.made[shape]
    manifest, body, signature = open_packet(stored_packet(world.central, made.enrollment_id),
                                            world.key)
    verify(manifest, body, signature, world.station.sealer.station_key.public_key())
    assert validate(manifest) is None
    assert world.central.store.get(STATION, made.enrollment_id).status != "rejected"
    assert world.station.states([made.enrollment_id]) == [State.ACCEPTED]


# --- the worker's fault suite, on desk-made enrollments -----------------------------------------

FAULTS = {
    "random_500s": Faults(error_rate=0.4, seed=11),
    "dropped_connections": Faults(drop_rate=0.5, seed=12),
    "malformed_bodies": Faults(malformed_rate=0.5, seed=13),
    "downtime_window": Faults(downtime=[(0.0, 1.0)], seed=14),
}


@pytest.fixture(scope="module")
def captured(scanner) -> list[SlapResult]:
    """One real capture of each step, reused by the fault runs (their subject is the sync)."""
    return [capture_step(scanner, step, {})[0] for step in STEPS]


@pytest.fixture(scope="module", params=sorted(FAULTS))
def faulted(request, tmp_path_factory, captured, portrait):
    folder = tmp_path_factory.mktemp(f"fault-{request.param}")
    key = X25519PrivateKey.generate()
    central = Central(folder / "central", key, CentralStore(folder / "central" / "c.db"))
    station = open_station(folder / "station", key)
    central.register(station)
    ids = []
    for number in range(4):
        person = applicant(travel_document_number=f"F{number:08d}")
        desk = DeskSession(station.store, STATION, OFFICER)
        ids.append(desk.start(person, decision(person)))
        desk.save_face(face_result(portrait, forced=number % 2 == 1))
        for slap in captured:
            desk.save_step(slap)
        desk.save_fingers(FingerprintSet(
            {p: s for slap in captured for p, s in slap.samples.items()}, {},
            {"clean": True}, tuple(s.step for s in captured)))
        desk.finalize()
    upload(station, central, ids, FAULTS[request.param], max_in_flight=3)
    yield station, central, ids
    central.stop()
    station.store.close()


def test_under_faults_each_desk_enrollment_is_stored_exactly_once(faulted) -> None:
    station, central, ids = faulted
    assert central.stored() == station.packet_hashes()
    assert sorted(central.stored()) == sorted(ids)


def test_under_faults_each_desk_enrollment_is_accepted(faulted) -> None:
    station, _central, ids = faulted
    assert station.states(ids) == [State.ACCEPTED] * len(ids)
