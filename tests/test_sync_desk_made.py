"""An enrollment made the way the desk makes it (a forced portrait a supervisor approves
later, a finger exception) is sealed by the real sealer, uploaded by the real worker to the
reference central service on 127.0.0.1 and accepted there, not refused with bad_audit_chain.

Its audit events carry detail objects whose keys are not in sorted order (face_captured,
fingerprints_reviewed, approval_decided): before the canonical encoding every such
enrollment was rejected."""

from __future__ import annotations

import dataclasses

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from deskhelp import AT, applicant, decision, face, fingers
from synchelp import STATION, Central, fast_worker, open_station, wait_until

from central.store_sqlite import SQLiteStore as CentralStore
from kiosk.desk.results import Approval
from kiosk.desk.session import DeskSession
from kiosk.domain.enrollment import State
from kiosk.store import approvals
from kiosk.sync import outbox


def test_a_desk_made_enrollment_is_accepted_by_the_central_service(tmp_path) -> None:
    key = X25519PrivateKey.generate()
    central = Central(tmp_path / "central", key, CentralStore(tmp_path / "central" / "c.db"))
    station = open_station(tmp_path / "station", key)
    central.register(station)
    worker = None
    try:
        desk = DeskSession(station.store, STATION, "officer-7")
        eid = desk.start(applicant(), decision())
        desk.save_face(dataclasses.replace(
            face(forced=True), approval=Approval.later("medical condition", AT)))
        desk.save_fingers(fingers(skip=7))        # an amputated finger, approved at the desk
        [item] = station.store.read(approvals.pending)
        station.store.write(lambda r: approvals.decide(r, item.id, True, "sup.lan",
                                                       "portrait checked")).result()
        desk.finalize()
        events = [e["event"] for e in station.store.read(lambda r: r.events(eid))]
        assert {"face_captured", "fingerprints_reviewed", "approval_decided"} <= set(events)

        worker = fast_worker(station, central.start())
        worker.start()
        assert wait_until(lambda: station.states([eid])[0] in (State.ACCEPTED, State.REJECTED))
        record = station.store.read(lambda r: r.get(eid)).enrollment
        assert (record.state, record.reason) == (State.ACCEPTED, None)  # not bad_audit_chain
        [row] = central.store.all()
        assert (row.id, row.station_id, row.status, row.reason) == (eid, STATION, "processing",
                                                                    None)
        sealed = station.store.read(lambda r: r.db.execute(
            "SELECT sha256, server_status FROM packets WHERE enrollment_id = ?",
            [eid]).fetchone())
        assert sealed == (row.sha256, "accepted")
        assert station.store.read(lambda r: outbox.queue_stats(r)).pending == 0
    finally:
        if worker is not None:
            worker.stop()
        central.stop()
        station.store.close()
