"""Packets: every field survives sealing, the signature and audit chain verify, and any
tampered byte, a wrong key or a re-signed altered audit trail is refused."""

from __future__ import annotations

import base64
import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from synchelp import open_packet, open_station, records, samples

from kiosk.desk import codec
from kiosk.domain.enrollment import State
from kiosk.sync import outbox
from kiosk.sync.packet import FORMAT, PacketError, seal, validate, verify


@pytest.fixture
def world(tmp_path):
    central = X25519PrivateKey.generate()
    station = open_station(tmp_path / "station", central)
    yield station, central
    station.store.close()


def test_packet_decrypts_with_the_central_key_and_keeps_every_field(world):
    station, central = world
    [eid] = station.enroll(1)
    packet = station.store.read(lambda r: outbox.load_packet(r, eid))
    manifest, body, signature = open_packet(packet.data, central)
    verify(manifest, body, signature, station.sealer.station_key.public_key())
    assert validate(manifest) is None
    assert manifest["format"] == FORMAT and manifest["enrollment_id"] == eid
    assert manifest["station_id"] == "HN-DESK-1" and manifest["officer_id"] == "officer-7"
    assert manifest["state"] == "finalized"
    assert manifest["demographics"] == {"surname": "NGUYEN", "given_names": "AN",
                                        "nationality": "KOR", "seq": 0}
    expected = {(s.kind, s.position): s for s in samples(0)}
    got = {(b["kind"], b["position"]): b for b in manifest["biometrics"]}
    assert set(got) == set(expected)
    for key, sample in expected.items():
        bio = got[key]
        assert base64.b64decode(bio["data"]) == sample.payload
        assert bio["format"] == sample.format and bio["quality"] == sample.quality
        assert bio["device_id"] == sample.meta["device"]
    left_index, right_index = got[("finger", "7")], got[("finger", "2")]
    assert left_index["force_capture_reason"] == "worn ridges"
    assert left_index["approval"]["supervisor"] == "sup.lan"
    assert left_index["meta"]["nfiq2"] == 31 and left_index["device_quality"] == 28
    assert right_index["force_capture_reason"] is None and right_index["device_verified"] is True
    assert got[("face", "portrait")]["device_id"] == "camera-1"
    assert base64.b64decode(got[("face", "portrait")]["data"])[:3] == b"\xff\xd8\xff"  # JPEG
    decoded = codec.decode_manifest(manifest)  # the central reads what the desk recorded
    assert decoded.face == records(0)[0]
    assert sorted(decoded.fingers.samples.values(), key=lambda s: s.position) == sorted(
        records(0)[1:], key=lambda s: s.position)
    audit = manifest["audit"]
    assert [e["to_state"] for e in audit if e["event"] == "state_changed"] == [
        "captured", "finalized"]
    assert all(len(e["hash"]) == 64 for e in audit)
    # the packet stored locally is what the hash and idempotency key name
    assert packet.sha256 == hashlib.sha256(packet.data).hexdigest()
    assert packet.idempotency_key == f"{eid}:{packet.sha256}"
    assert station.states([eid]) == [State.FINALIZED]


def test_any_tampered_byte_is_refused(world):
    station, central = world
    [eid] = station.enroll(1)
    data = station.store.read(lambda r: outbox.load_packet(r, eid)).data
    positions = sorted({*range(0, 64), *range(64, len(data), 97), *range(len(data) - 20,
                                                                         len(data))})
    for pos in positions:
        bad = bytearray(data)
        bad[pos] ^= 0x01
        with pytest.raises(PacketError):
            manifest, body, sig = open_packet(bytes(bad), central)
            verify(manifest, body, sig, station.sealer.station_key.public_key())
    with pytest.raises(PacketError):
        open_packet(data[:-1], central)


def test_only_the_central_key_opens_it_and_only_the_station_key_signs_it(world):
    station, central = world
    [eid] = station.enroll(1)
    data = station.store.read(lambda r: outbox.load_packet(r, eid)).data
    with pytest.raises(PacketError) as err:
        open_packet(data, X25519PrivateKey.generate())
    assert err.value.reason == "decrypt_failed"
    manifest, body, sig = open_packet(data, central)
    with pytest.raises(PacketError) as err:
        verify(manifest, body, sig, Ed25519PrivateKey.generate().public_key())
    assert err.value.reason == "bad_signature"


def test_altered_audit_trail_breaks_the_hash_chain_even_when_re_signed(world):
    station, central = world
    [eid] = station.enroll(1)
    data = station.store.read(lambda r: outbox.load_packet(r, eid)).data
    manifest, _, _ = open_packet(data, central)
    manifest["audit"][0]["actor"] = "someone-else"
    resealed = seal(manifest, station.sealer.station_key, central.public_key())
    m2, body, sig = open_packet(resealed.data, central)
    with pytest.raises(PacketError) as err:
        verify(m2, body, sig, station.sealer.station_key.public_key())
    assert err.value.reason == "bad_audit_chain"
    manifest, _, _ = open_packet(data, central)
    del manifest["audit"][1]
    m3, body, sig = open_packet(seal(manifest, station.sealer.station_key,
                                     central.public_key()).data, central)
    with pytest.raises(PacketError):
        verify(m3, body, sig, station.sealer.station_key.public_key())


def test_a_packet_is_sealed_once_and_never_resealed(world):
    station, _ = world
    [eid] = station.enroll(1)
    first = station.packet_hashes()[eid]
    again = station.store.write(lambda r: outbox.save_packet(
        r, station.sealer(r, eid))).result()
    assert again.sha256 == first


def test_missing_portrait_is_a_business_rejection(world):
    station, central = world
    [eid] = station.enroll(1, face=False)
    data = station.store.read(lambda r: outbox.load_packet(r, eid)).data
    manifest, _, _ = open_packet(data, central)
    assert validate(manifest) == "missing_portrait"
