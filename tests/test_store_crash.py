"""Kill a writer process with SIGKILL at random points; the database must always be whole.

A child process saves enrollments (each with 1-4 encrypted samples) and finalizes some, and
reports each one on a pipe only after its commit returned. The parent kills it at a random
moment, then checks: integrity and foreign keys are intact, every reported save is there, and
every enrollment present is complete (all its samples, its events, the outbox row iff finalized).
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from kiosk.domain.enrollment import Enrollment, State
from kiosk.store.database import integrity_problems
from kiosk.store.records import BiometricSample
from kiosk.store.store import Store

ITERATIONS = int(os.environ.get("KIOSK_KILL_ITERATIONS", "200"))


def _child(data: Path, write_fd: int, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(data, key_backend="file")
    while True:
        enrollment = Enrollment.start("HN-DESK-1", "officer-7")
        count = rng.randint(1, 4)
        items = [BiometricSample("finger", "wsq", os.urandom(rng.randint(500, 12_000)), f"p{i}")
                 for i in range(count)]
        store.write(lambda r, e=enrollment, n=count, s=items: r.save_enrollment(
            e, {"expected_samples": n}, s, actor="officer-7")).result()
        os.write(write_fd, f"saved {enrollment.id}\n".encode())
        if rng.random() < 0.5:
            store.write(lambda r, e=enrollment: r.transition(e.id, State.CAPTURED, actor="o"))
            store.write(lambda r, e=enrollment: r.transition(
                e.id, State.FINALIZED, actor="o")).result()
            os.write(write_fd, f"finalized {enrollment.id}\n".encode())


def _run_and_kill(data: Path, seed: int, delay: float) -> list[tuple[str, str]]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        os.close(read_fd)
        try:
            _child(data, write_fd, seed)
        finally:
            os._exit(3)
    os.close(write_fd)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status), "the writer died before it was killed"
    chunks = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    os.close(read_fd)
    lines = b"".join(chunks).decode().splitlines()
    return [tuple(line.split(" ", 1)) for line in lines if line.count(" ") == 1]


def _check(data: Path, reported: dict[str, str]) -> int:
    with Store.open(data, key_backend="file") as store:
        db = store.read(lambda r: r.db)
        assert integrity_problems(db) == []
        rows = db.execute("SELECT id, state, applicant FROM enrollments").fetchall()
        present = {r[0]: r[1] for r in rows}
        missing = [i for i in reported if i not in present]
        assert not missing, f"reported as saved but absent: {missing[:3]}"
        for enrollment_id, state in reported.items():
            if state == "finalized":
                assert present[enrollment_id] == "finalized"
        for enrollment_id, state, applicant in rows:
            record = store.read(lambda r, i=enrollment_id: r.get(i))
            expected = int(__import__("json").loads(applicant)["expected_samples"])
            assert len(record.biometrics) == expected, f"{enrollment_id} has partial samples"
            for info in record.biometrics:  # every sealed payload still authenticates
                store.read(lambda r, i=info: r.load_payload(i.enrollment_id, i.id))
            outbox = db.execute("SELECT count(*) FROM outbox WHERE enrollment_id = ?",
                                [enrollment_id]).fetchone()[0]
            assert outbox == (1 if state == "finalized" else 0), f"{enrollment_id}: outbox"
            events = db.execute("SELECT to_state FROM events WHERE enrollment_id = ? AND "
                                "to_state IS NOT NULL ORDER BY seq", [enrollment_id]).fetchall()
            assert events[-1][0] == state, f"{enrollment_id}: audit trail disagrees with state"
        return len(rows)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to kill a writer process")
def test_sigkill_at_random_points_never_leaves_a_partial_save(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    reported: dict[str, str] = {}
    data = tmp_path / "data"
    kills_with_saves = 0
    for iteration in range(ITERATIONS):
        if iteration % 50 == 0:  # a fresh database now and then keeps the check fast
            data = tmp_path / f"data{iteration}"
            reported = {}
        lines = _run_and_kill(data, rng.randrange(1 << 30), rng.uniform(0.0, 0.12))
        kills_with_saves += bool(lines)
        for what, enrollment_id in lines:
            reported[enrollment_id] = what
        _check(data, reported)
    print(f"{ITERATIONS} kills, {kills_with_saves} after at least one reported save")
    assert kills_with_saves > ITERATIONS // 4, "the kills mostly missed the saving phase"
