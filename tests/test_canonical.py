"""The canonical JSON encoding, and the audit chain built on it: an event whose detail keys
arrive unsorted still verifies after the packet's sorted round trip; a packet sealed with the
old encoding verifies only where the old verifier accepted it."""

from __future__ import annotations

import json
import math

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import STATION, open_packet, open_station, samples

from kiosk.domain.canonical import (
    CanonicalError,
    canonical_bytes,
    canonical_strings,
    canonical_text,
)
from kiosk.domain.enrollment import Enrollment, State
from kiosk.store.repository import event_hash
from kiosk.sync import outbox
from kiosk.sync.packet import PacketError, verify
from kiosk.sync.setup import finalize


def test_sorted_at_every_depth_no_spaces_utf8() -> None:
    value = {"z": 1, "a": {"y": [{"b": 2, "a": "Phố Huế"}], "x": None}, "m": True}
    assert canonical_text(value) == '{"a":{"x":null,"y":[{"a":"Phố Huế","b":2}]},"m":true,"z":1}'
    assert canonical_bytes(value) == canonical_text(value).encode("utf-8")
    # the text read back and encoded again is the same bytes
    assert canonical_bytes(json.loads(canonical_bytes(value))) == canonical_bytes(value)


@pytest.mark.parametrize("value", [math.nan, {"q": math.inf}, [-math.inf], {1: "a"},
                                   {"a": {2: "b"}}, {"a": object()}, "\ud800"])
def test_values_without_a_canonical_form_are_refused(value) -> None:
    with pytest.raises(CanonicalError, match="no canonical JSON"):
        canonical_bytes(value)


@pytest.mark.parametrize("items", [
    [], [None], ["events", "", '[1,"01J","2026-12-04T22:11:24.729501+00:00",null,"{}"]'],
    ['quote " backslash \\ slash / tab \t newline \n nul \x00 unit sep \x1f del \x7f',
     "Phố Huế 김민준 \u2028 \u2029 emoji \U0001F600", None],
    [State.FINALIZED, "captured", None, ""],
    # not strings: the encoder's own answer
    [1, "a"], [True, None], [1.5, "x"], [{"b": 1, "a": [2]}, "x"],
])
def test_canonical_strings_is_canonical_bytes(items) -> None:
    """The chains' fast path writes exactly the canonical bytes (every hash and mac of the
    audit trail depends on it)."""
    assert canonical_strings(items) == canonical_bytes(items)
    assert canonical_strings(tuple(items)) == canonical_bytes(items)


@pytest.mark.parametrize("items", [["\ud800"], ["a", math.nan], [{1: "a"}, "b"]])
def test_canonical_strings_refuses_what_canonical_bytes_refuses(items) -> None:
    with pytest.raises(CanonicalError, match="no canonical JSON"):
        canonical_bytes(items)
    with pytest.raises(CanonicalError, match="no canonical JSON"):
        canonical_strings(items)


@pytest.fixture
def world(tmp_path):
    central = X25519PrivateKey.generate()
    station = open_station(tmp_path / "station", central)
    yield station, central
    station.store.close()


def test_unsorted_detail_keys_are_stored_canonically_and_the_chain_verifies(world) -> None:
    station, central = world
    e = Enrollment.start(STATION, "officer-7")

    def job(r):
        r.save_enrollment(e, {"surname": "KIM"}, samples(0), actor="officer-7")
        r.record_event(e.id, "officer-7", "face_captured",
                       {"mode": "forced", "failed_checks": ["pose"], "approval": None,
                        "forced_reason": "medical condition"})
        r.transition(e.id, State.CAPTURED, actor="officer-7")
        finalize(r, e.id, station.sealer, actor="officer-7")

    station.store.write(job).result()
    stored = station.store.read(lambda r: r.db.execute(
        "SELECT detail FROM events WHERE event = 'face_captured'").fetchone()[0])
    assert stored == ('{"approval":null,"failed_checks":["pose"],"forced_reason":'
                      '"medical condition","mode":"forced"}')
    packet = station.store.read(lambda r: outbox.load_packet(r, e.id))
    manifest, body, signature = open_packet(packet.data, central)
    verify(manifest, body, signature, station.sealer.station_key.public_key())


def _chain(details: list[dict], encode) -> list[dict]:
    events, previous = [], None
    for i, detail in enumerate(details):
        fields = [f"2026-01-01T00:00:0{i}", "o", "e", None, None, encode(detail)]
        previous = event_hash(previous, fields)
        events.append({"at": fields[0], "actor": "o", "event": "e", "from_state": None,
                       "to_state": None, "detail": detail, "hash": previous})
    return events


def _verify_audit(events: list[dict]) -> None:
    key = Ed25519PrivateKey.generate()
    manifest = {"format": "kiosk-packet/1", "audit": events, "biometrics": []}
    body = canonical_bytes(manifest)
    parsed = json.loads(body)   # what the central service sees: keys sorted
    verify(parsed, body, key.sign(b"kiosk-packet/1\n" + body), key.public_key())


def test_old_encoding_is_accepted_only_where_the_old_verifier_accepted_it() -> None:
    def old(detail):
        return json.dumps(detail, ensure_ascii=False)   # insertion order, spaces

    _verify_audit(_chain([{}, {"reason": "x"}, {"a": 1, "b": "Hà"}], old))   # already sorted
    with pytest.raises(PacketError) as error:
        _verify_audit(_chain([{}, {"mode": "auto", "approval": None}], old))  # the bug
    assert error.value.reason == "bad_audit_chain"
    _verify_audit(_chain([{}, {"mode": "auto", "approval": None}], canonical_text))


@pytest.mark.parametrize("detail", [["abc"], [1], "text"])
def test_a_detail_that_is_not_a_canonical_object_breaks_the_chain(detail) -> None:
    events = _chain([{}], canonical_text)
    events.append({**events[0], "detail": detail})
    with pytest.raises(PacketError) as error:
        _verify_audit(events)
    assert error.value.reason == "bad_audit_chain"
