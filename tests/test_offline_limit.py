"""sync.max_days_offline: records may not wait on a station for ever. A warning from 80 % of
the limit, then no new enrollment until the waiting records are uploaded or exported; a draft
already begun is still finished and saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from deskhelp import applicant, decision, face, fingers
from synchelp import open_station

from kiosk.desk.session import DeskSession
from kiosk.sync import outbox
from kiosk.sync.export import export_packets
from kiosk.sync.offline_limit import OfflineTooLong, offline_limit

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def test_the_limit_warns_from_80_percent_and_blocks_at_the_limit() -> None:
    assert offline_limit(None, NOW, 7).state == "ok"
    assert offline_limit(NOW - timedelta(days=5.5), NOW, 7).state == "ok"
    assert offline_limit(NOW - timedelta(days=5.7), NOW, 7).state == "warning"
    blocked = offline_limit(NOW - timedelta(days=7), NOW, 7)
    assert blocked.blocked and blocked.waiting_days == pytest.approx(7)
    assert offline_limit(NOW - timedelta(days=400), NOW, 0).state == "ok"  # 0: no limit


@pytest.fixture
def station(tmp_path: Path):
    central = X25519PrivateKey.generate()
    station = open_station(tmp_path / "data", central)
    yield station, central
    station.store.close()


def test_a_desk_refuses_a_new_enrollment_once_records_waited_too_long(station) -> None:
    st, _central = station
    desk = DeskSession(st.store, "HN-DESK-1", "off.an", max_days_offline=7)
    person = applicant()
    begun = desk.start(person, decision(person))  # nothing waits yet: allowed
    st.enroll(1)
    st.age_outbox(8)
    stats = st.store.read(outbox.queue_stats)
    assert stats.oldest_waiting_at is not None
    other = DeskSession(st.store, "HN-DESK-1", "off.binh", max_days_offline=7)
    with pytest.raises(OfflineTooLong) as refused:
        other.start(person, decision(person))
    assert refused.value.message_key == "sync.offline_too_long"
    assert "8.0 days" in str(refused.value) and "limit 7 days" in str(refused.value)
    # the draft begun before is finished and saved: nothing captured is refused
    desk.save_face(face())
    desk.save_fingers(fingers())
    assert desk.finalize().id == begun
    # without a limit the same station goes on
    assert DeskSession(st.store, "HN-DESK-1", "off.binh").start(person, decision(person))


def test_a_supervisors_export_counts_as_leaving_the_station(station, tmp_path: Path) -> None:
    st, _central = station
    st.enroll(2)
    st.age_outbox(9)
    desk = DeskSession(st.store, "HN-DESK-1", "off.an", max_days_offline=7)
    person = applicant()
    with pytest.raises(OfflineTooLong):
        desk.start(person, decision(person))
    export_packets(st.store, tmp_path / "usb", "HN-DESK-1", actor="giam.sat")
    stats = st.store.read(outbox.queue_stats)
    assert stats.pending == 2  # still uploaded when the network returns ...
    assert stats.oldest_waiting_at is None  # ... but no longer waiting on this station
    assert desk.start(person, decision(person))
