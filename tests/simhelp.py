"""SBI simulators for tests on a shared machine."""

from __future__ import annotations

import random

from devices.sbi.simulator import SbiSimulator


def adjacent_simulators(serials: tuple[str, str] = ("SIM0001", "SIM0002")
                        ) -> tuple[SbiSimulator, SbiSimulator]:
    """Two started simulators on consecutive free ports (between two ephemeral ports another
    process's simulator may listen, and a range scan would find it too)."""
    rng = random.Random()
    for _ in range(50):
        port = rng.randrange(20_000, 30_000)
        try:
            first = SbiSimulator(port, serial=serials[0]).start()
        except OSError:
            continue
        try:
            return first, SbiSimulator(port + 1, serial=serials[1]).start()
        except OSError:
            first.stop()
    raise RuntimeError("no two consecutive free ports")
