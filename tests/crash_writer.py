"""The writer process the crash test kills: saves and finalizes enrollments forever.

Kept apart from the test module so the forkserver can preload it (and nothing else).
"""

from __future__ import annotations

import os
import random
from multiprocessing.connection import Connection
from pathlib import Path

from kiosk.domain.enrollment import Enrollment, State
from kiosk.store.records import BiometricSample
from kiosk.store.store import Store


def run(data: Path, conn: Connection, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(data, key_backend="file")
    while True:
        enrollment = Enrollment.start("HN-DESK-1", "officer-7")
        count = rng.randint(1, 4)
        items = [BiometricSample("finger", "wsq", os.urandom(rng.randint(500, 12_000)), f"p{i}")
                 for i in range(count)]
        store.write(lambda r, e=enrollment, n=count, s=items: r.save_enrollment(
            e, {"expected_samples": n}, s, actor="officer-7")).result()
        conn.send_bytes(f"saved {enrollment.id}".encode())
        if rng.random() < 0.5:
            store.write(lambda r, e=enrollment: r.transition(e.id, State.CAPTURED, actor="o"))
            store.write(lambda r, e=enrollment: r.transition(
                e.id, State.FINALIZED, actor="o")).result()
            conn.send_bytes(f"finalized {enrollment.id}".encode())
