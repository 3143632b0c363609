"""The encrypted local store: round trips, atomic state changes, keys and bad environments."""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from storehelp import data_key, image_bytes, new_enrollment, open_db, samples

from kiosk.domain.enrollment import IllegalTransition, State
from kiosk.store import chains, errors, repository
from kiosk.store.crypto import PayloadCipher, new_key
from kiosk.store.database import backup_before_migration, connect, integrity_problems
from kiosk.store.keys import KEY_FILE_NAME
from kiosk.store.records import BiometricSample
from kiosk.store.store import Store

SIGNATURES = {
    "JPEG/JFIF": b"\xff\xd8\xff\xe0", "JPEG/Exif": b"\xff\xd8\xff\xe1",
    "JPEG/raw": b"\xff\xd8\xff\xdb", "PNG": b"\x89PNG\r\n\x1a\n", "WSQ": b"\xff\xa0\xff\xa8",
    "WSQ/DTT": b"\xff\xa0\xff\xa4", "JPEG2000": b"\x00\x00\x00\x0cjP  ",
}


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "data", key_backend="file", busy_timeout_ms=200) as s:
        yield s


def _save(store: Store, enrollment=None, items=None):
    enrollment = enrollment or new_enrollment()
    items = samples() if items is None else items
    store.write(lambda r: r.save_enrollment(enrollment, {"surname": "NGUYEN"}, items,
                                            actor="officer-7")).result()
    return enrollment, items


def test_round_trip_decrypts_exactly_what_was_saved(store: Store) -> None:
    enrollment, items = _save(store)
    record = store.read(lambda r: r.get(enrollment.id))
    assert record.enrollment == enrollment
    assert record.applicant == {"surname": "NGUYEN"}
    assert {b.id for b in record.biometrics} == {s.id for s in items}
    for sample in items:
        assert store.read(lambda r, s=sample: r.load_payload(enrollment.id, s.id)) == sample.payload


def test_raw_database_and_wal_hold_no_image_signatures(store: Store, shared_data: Path) -> None:
    portrait = (shared_data / "faces" / "frll_neutral_001_03.jpg").read_bytes()
    items = [*samples(), BiometricSample("face", "jpeg", portrait, "portrait")]
    for _ in range(5):
        _save(store, items=[BiometricSample(s.kind, s.format, s.payload, s.position)
                            for s in items])
    files = [p for p in store.path.parent.iterdir() if p.name.startswith(store.path.name)]
    assert any(p.name.endswith("-wal") for p in files), "expected a WAL file to scan"
    raw = b"".join(p.read_bytes() for p in files)
    assert len(raw) > sum(len(s.payload) for s in items) * 5  # the payloads are in there...
    for name, signature in SIGNATURES.items():
        assert signature not in raw, f"{name} signature found in the raw database"
    for sample in items:  # ...but never in the clear, not even a fragment
        for offset in (0, len(sample.payload) // 2):
            assert sample.payload[offset:offset + 32] not in raw


def test_same_payload_twice_gives_different_ciphertext(store: Store) -> None:
    payload = image_bytes("JPEG")
    _enrollment, _items = _save(store, items=[BiometricSample("face", "jpeg", payload),
                                            BiometricSample("face", "jpeg", payload, "b")])
    blobs = [row[0] for row in store.read(lambda r: r.db.execute(
        "SELECT payload FROM biometrics").fetchall())]
    assert blobs[0] != blobs[1]


def test_seal_all_seals_each_payload_for_its_own_record_with_its_own_nonce() -> None:
    cipher = PayloadCipher(new_key())
    items = [("E/1", "face", b"a" * 100), ("E/2", "finger", b"b" * 100),
             ("E/3", "finger", b"b" * 100)]
    sealed = cipher.seal_all(items)
    assert [cipher.open(r, k, box) for (r, k, _), box in zip(items, sealed, strict=True)] == [
        payload for *_, payload in items]
    assert len({box[1:13] for box in sealed}) == 3 and sealed[1][13:] != sealed[2][13:]
    with pytest.raises(errors.PayloadTampered):
        cipher.open("E/3", "finger", sealed[1])  # moved to another record
    assert cipher.seal_all([]) == []


def test_payload_moved_to_another_record_fails_authentication(store: Store) -> None:
    enrollment, items = _save(store)
    store.write(lambda r: r.db.execute(
        "UPDATE biometrics SET payload = (SELECT payload FROM biometrics WHERE id = ?) "
        "WHERE id = ?", [items[0].id, items[1].id])).result()
    with pytest.raises(errors.PayloadTampered):
        store.read(lambda r: r.load_payload(enrollment.id, items[1].id))


def test_finalize_writes_state_event_and_outbox_row_together(store: Store) -> None:
    enrollment, _ = _save(store)
    store.write(lambda r: r.transition(enrollment.id, State.CAPTURED, actor="o")).result()
    assert store.read(lambda r: r.pending_outbox()) == []
    store.write(lambda r: r.transition(enrollment.id, State.FINALIZED, actor="o")).result()
    [item] = store.read(lambda r: r.pending_outbox())
    assert (item.enrollment_id, item.action) == (enrollment.id, "upload")
    events = store.read(lambda r: r.events(enrollment.id))
    assert [(e["from_state"], e["to_state"]) for e in events] == [
        (None, "draft"), ("draft", "captured"), ("captured", "finalized")]
    store.write(lambda r: r.transition(enrollment.id, State.UPLOADED, actor="sync")).result()
    assert store.read(lambda r: r.pending_outbox()) == []


def test_finalize_of_a_draft_is_one_event_through_captured(store: Store) -> None:
    enrollment, _ = _save(store)
    done = store.write(lambda r: r.finalize(enrollment.id, actor="o")).result()
    assert done.state is State.FINALIZED
    [item] = store.read(lambda r: r.pending_outbox())
    assert (item.enrollment_id, item.action) == (enrollment.id, "upload")
    events = store.read(lambda r: r.events(enrollment.id))
    assert [(e["from_state"], e["to_state"], e["detail"]) for e in events] == [
        (None, "draft", {}), ("draft", "finalized", {"via": "captured"})]
    with pytest.raises(IllegalTransition):  # once only
        store.write(lambda r: r.finalize(enrollment.id, actor="o")).result()
    captured, _ = _save(store)
    store.write(lambda r: r.transition(captured.id, State.CAPTURED, actor="o")).result()
    store.write(lambda r: r.finalize(captured.id, actor="o")).result()
    assert store.read(lambda r: r.events(captured.id))[-1]["detail"] == {}
    db = open_db(store.path, read_only=True)
    try:
        assert chains.first_broken(db, "events", data_key(store.path.parent)) is None
    finally:
        db.close()


def test_a_failed_inner_block_undoes_only_its_own_writes(store: Store) -> None:
    """Nested transactions are savepoints named by depth: an inner block that fails is
    rolled back alone, and the next blocks at the same depth work as before."""
    first, second, third = new_enrollment(), new_enrollment(), new_enrollment()

    def job(repo) -> None:
        with repo.db.atomic():
            repo.save_enrollment(first, {}, actor="o")
            with contextlib.suppress(IllegalTransition), repo.db.atomic():
                repo.save_enrollment(second, {}, actor="o")
                with repo.db.atomic():
                    repo.transition(second.id, State.ACCEPTED, actor="o")  # refused
            with repo.db.atomic():
                repo.save_enrollment(third, {}, actor="o")

    store.write(job).result()
    assert store.read(lambda r: sorted(row[0] for row in r.db.execute(
        "SELECT id FROM enrollments"))) == sorted([first.id, third.id])
    assert store.write(lambda r: r.db._depth).result() == 0
    # the rolled-back block's audit events and chain head went with it: the chain verifies
    store.write(lambda r: r.record_event(third.id, "o", "note", {})).result()
    db = open_db(store.path, read_only=True)
    try:
        assert chains.first_broken(db, "events", data_key(store.path.parent)) is None
    finally:
        db.close()


def _plain_chain_holds(events: list[dict]) -> bool:
    """Each event's SHA-256 hash over the previous one's and its fields (canonical JSON),
    recomputed here without the store's code."""
    previous = ""
    for ev in events:
        fields = [previous, ev["at"], ev["actor"], ev["event"], ev["from_state"],
                  ev["to_state"], json.dumps(ev["detail"], sort_keys=True,
                                             separators=(",", ":"), ensure_ascii=False)]
        text = json.dumps(fields, separators=(",", ":"), ensure_ascii=False)
        if hashlib.sha256(text.encode()).hexdigest() != ev["hash"]:
            return False
        previous = ev["hash"]
    return True


def test_a_state_change_chains_to_the_event_written_just_before_it(store: Store) -> None:
    """A state change reads the last event's hash with the enrollment's row: events written
    earlier in the same transaction, in an earlier one, and none rolled back in between are
    what it chains to."""
    enrollment, other = new_enrollment(), new_enrollment()

    def job(repo) -> None:
        with repo.db.atomic():
            repo.save_enrollment(enrollment, {"surname": "KIM"}, samples(1), actor="o")
            repo.save_enrollment(other, {}, actor="o")
            repo.record_event(enrollment.id, "o", "note", {"n": 1})
            repo.record_event(other.id, "o", "note", {"n": 2})  # another chain between
            with contextlib.suppress(IllegalTransition), repo.db.atomic():
                repo.record_event(enrollment.id, "o", "note", {"n": "rolled back"})
                repo.transition(enrollment.id, State.ACCEPTED, actor="o")  # refused
            repo.finalize(enrollment.id, actor="o")

    store.write(job).result()
    store.write(lambda r: r.transition(enrollment.id, State.CANCELLED, actor="o",
                                       reason="test")).result()
    events = store.read(lambda r: r.events(enrollment.id))
    assert [e["event"] for e in events] == ["created", "note", "state_changed", "state_changed"]
    assert _plain_chain_holds(events)
    assert _plain_chain_holds(store.read(lambda r: r.events(other.id)))
    db = open_db(store.path, read_only=True)
    try:
        assert chains.first_broken(db, "events", data_key(store.path.parent)) is None
    finally:
        db.close()


@pytest.mark.parametrize("value", [
    {}, {"nfiq2": 60, "device": "SIM0001"}, {"q": 0.1, "n": None, "t": True, "l": [1, 2.5e-9]},
    {"name": "Phố Huế 김민준 \u2028 \"q\" \\ \x00", "nested": {"b": 1, "a": [{"z": "y"}]}},
    {"nan": math.nan, "inf": -math.inf, 1: "int key", None: "null key"},
])
def test_the_saves_json_text_is_json_dumps(value) -> None:
    """The applicant and a sample's meta are stored as json.dumps wrote them, from the
    encoder the repository makes once."""
    assert repository._json_ascii(value) == json.dumps(value)
    assert repository._json_utf8(value) == json.dumps(value, ensure_ascii=False)
    with pytest.raises(TypeError):
        repository._json_ascii({"x": object()})


def test_illegal_transition_changes_nothing(store: Store) -> None:
    enrollment, _ = _save(store)
    with pytest.raises(IllegalTransition):
        store.write(lambda r: r.transition(enrollment.id, State.ACCEPTED, actor="o")).result()
    assert store.read(lambda r: r.get(enrollment.id)).enrollment.state is State.DRAFT
    assert len(store.read(lambda r: r.events(enrollment.id))) == 1


def test_unknown_enrollment_is_a_precise_error(store: Store) -> None:
    with pytest.raises(errors.RecordNotFound, match="no enrollment NOPE"):
        store.write(lambda r: r.transition("NOPE", State.CAPTURED, actor="o")).result()


def test_retake_replaces_the_sample_of_the_same_position(store: Store) -> None:
    enrollment, _items = _save(store)
    retake = BiometricSample("finger", "wsq", image_bytes("WSQ", 9), "right_index", 70.0)
    store.write(lambda r: r.add_biometrics(enrollment.id, [retake], actor="o")).result()
    fingers = [b for b in store.read(lambda r: r.get(enrollment.id)).biometrics
               if b.position == "right_index"]
    assert [(b.id, b.quality) for b in fingers] == [(retake.id, 70.0)]


def test_key_file_is_private_and_outside_the_database(store: Store) -> None:
    key_file = store.path.parent / KEY_FILE_NAME
    assert key_file.stat().st_mode & 0o777 == 0o600
    key_text = key_file.read_text().strip().encode()
    assert key_text not in store.path.read_bytes()


def test_missing_key_is_reported_not_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as s:
        _save(s)
    (data / KEY_FILE_NAME).unlink()
    with pytest.raises(errors.KeyMissing, match="key is missing"):
        Store.open(data, key_backend="file")
    assert not (data / KEY_FILE_NAME).exists(), "a new key must not be created silently"


def test_changed_key_is_reported_before_any_decryption(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as s:
        _save(s)
    key_file = data / KEY_FILE_NAME
    key_file.write_text("A" * 43 + "=\n")
    with pytest.raises(errors.KeyMismatch, match="not the key this database was made with"):
        Store.open(data, key_backend="file")
    key_file.write_text("not base64!\n")
    with pytest.raises(errors.StoreError, match="malformed"):
        Store.open(data, key_backend="file")


def test_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Store.open(data, key_backend="file").close()
    (data / KEY_FILE_NAME).chmod(0o644)
    with pytest.raises(errors.StoreError, match="chmod 600"):
        Store.open(data, key_backend="file")


def test_garbage_database_file_is_reported_as_damaged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(errors.DatabaseCorrupt, match="not an SQLite database"):
        Store.open(data, key_backend="file")


def test_damaged_pages_are_found_by_the_integrity_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as s:
        for i in range(20):
            _save(s, items=samples(i))
    path = data / "kiosk.db"
    raw = bytearray(path.read_bytes())
    page = 4096
    raw[2 * page:6 * page] = os.urandom(4 * page)  # scribble over b-tree pages
    path.write_bytes(bytes(raw))
    try:
        db = connect(path, data_key(data), 200)
    except errors.DatabaseCorrupt as exc:
        problems = [str(exc)]
    else:
        problems = integrity_problems(db)
        db.close()
    assert problems and any("malformed" in p or "damaged" in p or "corrupt" in p.lower()
                            for p in problems), problems


def test_locked_database_gives_a_locked_error_and_saves_nothing(store: Store) -> None:
    other = open_db(store.path, busy_timeout_ms=0).conn
    other.execute("BEGIN EXCLUSIVE")
    try:
        enrollment = new_enrollment()
        with pytest.raises(errors.DatabaseLocked, match="locked"):
            _save(store, enrollment)
    finally:
        other.rollback()
        other.close()
    with pytest.raises(errors.RecordNotFound):
        store.read(lambda r: r.get(enrollment.id))
    _save(store)  # and the store works again once the lock is gone


def test_full_disk_saves_nothing_and_the_store_recovers(store: Store) -> None:
    _save(store)
    pages = store.write(lambda r: r.db.execute("PRAGMA page_count").fetchone()[0]).result()
    store.write(lambda r: r.db.execute(f"PRAGMA max_page_count = {pages + 2}")).result()
    big = [BiometricSample("face", "jpeg", os.urandom(200_000))]
    enrollment = new_enrollment()
    with pytest.raises(errors.DiskFull, match="full"):
        _save(store, enrollment, big)
    with pytest.raises(errors.RecordNotFound):
        store.read(lambda r: r.get(enrollment.id))
    assert integrity_problems(store.read(lambda r: r.db)) == []
    store.write(lambda r: r.db.execute("PRAGMA max_page_count = 1073741823")).result()
    _save(store, enrollment, big)
    assert store.read(lambda r: r.get(enrollment.id)).biometrics


@contextlib.contextmanager
def _read_only(folder: Path):
    """Make ``folder`` unwritable, also for root (immutable attribute), and undo it after."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("running as root and chattr +i is not supported on this file system")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def test_read_only_data_folder_is_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with _read_only(data), pytest.raises(errors.DataDirNotWritable, match="cannot write to"):
        Store.open(data, key_backend="file")


def test_data_folder_turning_read_only_after_start_keeps_saved_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data, key_backend="file") as s:
        kept, _ = _save(s)
    with _read_only(data), pytest.raises(errors.StoreError), \
            Store.open(data, key_backend="file") as s:
        _save(s)
    with Store.open(data, key_backend="file") as s:
        assert s.read(lambda r: r.get(kept.id)).enrollment == kept


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 3 MB file system (tmpfs), when this user may mount one."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
            capture_output=True).returncode:
        pytest.skip("needs root and tmpfs mounts to fill a real file system")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_really_full_file_system_saves_nothing_half(tiny_disk: Path) -> None:
    saved = []
    with Store.open(tiny_disk / "data", key_backend="file") as s:
        with pytest.raises(errors.DiskFull, match="full"):
            for _ in range(200):
                e, _ = _save(s, items=[BiometricSample("face", "jpeg", os.urandom(150_000))])
                saved.append(e.id)
        assert saved, "the disk filled before a single save"
        assert integrity_problems(s.read(lambda r: r.db)) == []
        stored = [row[0] for row in s.read(lambda r: r.db.execute("SELECT id FROM enrollments"))]
        assert sorted(stored) == sorted(saved)
        for enrollment_id in saved:
            assert len(s.read(lambda r, i=enrollment_id: r.get(i)).biometrics) == 1


def test_backup_is_made_before_migrating_a_database_with_data(store: Store) -> None:
    enrollment, _ = _save(store)
    target = store.write(
        lambda r: backup_before_migration(r.db, store.path, ["m999_example"])).result()
    assert target is not None and target.parent.name == "backups"
    copy = open_db(target, store.path.parent).conn
    assert copy.execute("SELECT id FROM enrollments").fetchall() == [(enrollment.id,)]
    copy.close()


def test_repr_of_a_sample_never_shows_its_bytes() -> None:
    sample = BiometricSample("face", "jpeg", b"\xff\xd8\xff\xe0SECRET")
    assert "SECRET" not in repr(sample) and "bytes=" in repr(sample)


def test_reader_connections_are_reused_across_threads_and_the_warm_read_agrees(
        tmp_path: Path) -> None:
    """A thread pool's threads come and go: their reads share the store's idle reader
    connections (none leaks, none opened per thread), and the Today list read on the
    writer's connection gives what a reader gives."""
    import threading

    with Store.open(tmp_path, key_backend="file") as store:
        for _ in range(5):   # five short-lived threads, one after the other
            thread = threading.Thread(target=lambda: store.read(lambda r: r.counts_by_state()))
            thread.start()
            thread.join()
        assert len(store._readers) == 1
        store.write(lambda r: r.save_enrollment(new_enrollment(), {"surname": "NGUYEN"},
                                                samples(), actor="off.an")).result()
        since = datetime(2020, 1, 1, tzinfo=UTC)
        [row] = store.read_warm(lambda r: r.summaries(since))
        assert row.has_face   # found through m015's partial index of the portraits
        store.write(lambda r: r.save_enrollment(new_enrollment(), {"surname": "LE"},
                                                samples()[1:], actor="off.an")).result()
        assert [r.has_face for r in store.read_warm(lambda r: r.summaries(since))] == [
            False, True]
        assert store.read_warm(lambda r: r.summaries(since)) == store.read(
            lambda r: r.summaries(since))
