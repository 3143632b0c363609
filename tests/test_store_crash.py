"""Kill a writer process with SIGKILL at random points; the database must always be whole.

A child process (forked from a clean forkserver) saves enrollments, each with 1-4 encrypted
samples, finalizes some, and reports each one on a pipe only after its commit returned. The
parent kills it at a random moment, then checks: integrity and foreign keys are intact, every
reported save is there, and every enrollment present is complete (all its samples, its events,
the outbox row if and only if finalized).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import crash_writer
import pytest

from kiosk.store.database import integrity_problems
from kiosk.store.store import Store

ITERATIONS = int(os.environ.get("KIOSK_KILL_ITERATIONS", "200"))


def _run_and_kill(context, data: Path, seed: int, saves_first: int,
                  delay: float) -> list[tuple[str, str]]:
    """Start a writer, let it report ``saves_first`` commits (0: kill while it opens the
    store), wait ``delay`` more seconds, kill it; every line it reported."""
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=crash_writer.run, args=(data, writer, seed), daemon=True)
    process.start()
    writer.close()
    lines: list[str] = []
    try:  # counted in commits, not seconds: a busy machine must not make the kills miss
        while len(lines) < saves_first and reader.poll(60):
            lines.append(reader.recv_bytes().decode())
    except EOFError:
        pass
    time.sleep(delay)  # the random point within the saving (not a synchronisation)
    process.kill()  # SIGKILL: no cleanup, no flush, no atexit
    process.join(30)
    assert process.exitcode == -signal.SIGKILL, f"the writer died by itself: {process.exitcode}"
    while True:
        try:
            lines.append(reader.recv_bytes().decode())
        except EOFError:
            break
    reader.close()
    return [tuple(line.split(" ", 1)) for line in lines]


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
@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                    reason="needs the forkserver start method")
def test_sigkill_at_random_points_never_leaves_a_partial_save(tmp_path: Path) -> None:
    # Writers are forked from a clean single-threaded server, never from this (possibly
    # multi-threaded, Qt-loaded) test process, where fork() could deadlock the child.
    context = multiprocessing.get_context("forkserver")
    # (The server does not see pytest's sys.path, so preload the installed store modules.)
    context.set_forkserver_preload(["kiosk.store.store", "kiosk.store.records"])
    rng = random.Random(20261123)
    reported: dict[str, str] = {}
    data = tmp_path / "data"
    kills_with_saves = 0
    for iteration in range(ITERATIONS):
        # a fresh database now and then keeps the check fast: each check reads every
        # enrollment (a writer saves ~15 before its kill), so its cost grows with the
        # database; every 25 kills, not 50, cut the test by a third (still hundreds each)
        if iteration % 25 == 0:
            data = tmp_path / f"data{iteration}"
            reported = {}
        lines = _run_and_kill(context, data, rng.randrange(1 << 30),
                              rng.choice((0, 1, 1, 2, 3)), rng.uniform(0.0, 0.06))
        kills_with_saves += bool(lines)
        for what, enrollment_id in lines:
            reported[enrollment_id] = what
        _check(data, reported)
    print(f"{ITERATIONS} kills, {kills_with_saves} after at least one reported save")
    assert kills_with_saves > ITERATIONS // 4, "the kills mostly missed the saving phase"
