"""Fingerprint screen responsiveness: the UI thread's longest stall while three slaps are
captured on the SBI simulator, analysed (NFIQ 2, minutiae, WSQ) and checked for duplicates,
against the same screen sitting idle (baseline).

Real window, real background pool, as at the desk. Goal: longest stall under 250 ms (the limit
the GUI test used to assert; a loaded 2-core machine measured 336 ms there, which is why it
is measured here and not asserted in a unit test).

    .venv/bin/python tests/benchmarks/bench_fingers_ui.py [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "")
if not os.environ["QT_QPA_PLATFORM"]:
    del os.environ["QT_QPA_PLATFORM"]

from argon2 import PasswordHasher  # noqa: E402
from benchlib import print_table  # noqa: E402
from desk_script import wait_until  # noqa: E402
from heartbeat import Heartbeat  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from uihelp import press_enter  # noqa: E402

from devices.ports import Segment  # noqa: E402
from devices.sbi.scanner import SimulatedScanner  # noqa: E402
from kiosk.accounts.roles import Role  # noqa: E402
from kiosk.options import load_settings  # noqa: E402
from station.services import Services  # noqa: E402
from ui.screens.fingers import FingerprintScreen  # noqa: E402

GOAL_MS = 250.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one sequence")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(KIOSK_STORAGE_DATA_DIR=str(Path(tmp) / "data"),
                          KIOSK_STATION_ID="HN-DESK-1", KIOSK_STORAGE_KEY_BACKEND="file",
                          KIOSK_SYNC_DEMO_CENTRAL="off")
        settings = load_settings()
        services = Services.open(settings)
        services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024,
                                                   parallelism=1)
        services.accounts.create_first("giam.sat", "Giám sát", Role.SUPERVISOR,
                                       "mật khẩu giám sát 2026")
        beat = Heartbeat()
        rows = []
        screens = []
        for run in range(runs + 1):
            screen = FingerprintScreen(settings, services.accounts, "can.bo",
                                       lambda: SimulatedScanner(capture_timeout_s=20.0))
            screens.append(screen)
            screen.resize(1100, 720)
            screen.show()
            screen.start()
            wait_until(lambda s=screen: s.worker.scanner is not None, 10)
            if run == 0:  # baseline: the screen idle for 3 s, scanner open
                beat.start()
                until = time.monotonic() + 3
                wait_until(lambda u=until: time.monotonic() > u, 10)
                beat.stop()
                rows.append(("idle screen (baseline)", f"{beat.longest_stall_ms:.0f}",
                             f"{beat.p99_ms():.1f}", "3.0", "-"))
                screen.stop()
                continue
            screen.worker.scanner.simulator.control(quality=70)
            beat.start()
            started = time.monotonic()
            for _segment in Segment:
                wait_until(lambda s=screen: not s.capturing and s.current is not None, 30)
                press_enter(screen)
                wait_until(lambda s=screen: not s.capturing, 60)
            wait_until(lambda s=screen: s.ready, 60)
            took = time.monotonic() - started
            beat.stop()
            screen.stop()
            rows.append((f"3 slaps + duplicate check, run {run}",
                         f"{beat.longest_stall_ms:.0f}", f"{beat.p99_ms():.1f}", f"{took:.1f}",
                         "yes" if beat.longest_stall_ms < GOAL_MS else "no"))
        for screen in screens:
            screen.close()
        app.processEvents()
        services.close()
    print_table(["scenario", "longest UI stall ms", "p99 tick gap ms", "wall s",
                 f"stall < {GOAL_MS:.0f} ms"], rows,
                title="Fingerprint screen responsiveness (heartbeat timer every 5 ms on the UI "
                      "thread)")
    print(f"\nlongest UI stall {max(float(r[1]) for r in rows[1:]):.0f} ms during capture "
          f"(goal < {GOAL_MS:.0f} ms), idle {rows[0][1]} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
