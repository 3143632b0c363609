"""Memory over a working day at the desk: resident memory after each scripted enrollment in one
process (after ``malloc_trim(0)``, so the allocator's free memory does not count), the Python
object count beside it, and the growth per enrollment after warm-up. Baseline: the same
window sitting idle for as long as one enrollment takes.

Real window, real adapters (a file camera playing a compliant portrait, the in-process SBI
simulator), as in ``bench_desk.py``. Goal (issue 14): no growth per enrollment beyond noise;
at most 50 MiB over a working day (50 enrollments).

    .venv/bin/python tests/benchmarks/bench_soak.py [--quick] [--enrollments N] [--warmup N]
        [--tracemalloc] [--glibc-arenas]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
if "--glibc-arenas" not in sys.argv:  # as the kiosk does (station.launcher), before threads
    from kiosk.memory import limit_malloc_arenas

    limit_malloc_arenas()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "")
if not os.environ["QT_QPA_PLATFORM"]:
    del os.environ["QT_QPA_PLATFORM"]

from benchlib import print_table  # noqa: E402
from desk_script import DeskScript, portrait_camera_folder, wait_until  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from soakhelp import MemoryTrack, singleton_refcounts  # noqa: E402

from kiosk.options import load_settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="6 enrollments")
    parser.add_argument("--enrollments", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--glibc-arenas", action="store_true",
                        help="leave glibc's malloc arenas uncapped (as before the fix)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also show the Python allocations that grew most")
    args = parser.parse_args()
    count = 6 if args.quick else args.enrollments
    shared = Path(os.environ.get("KIOSK_SHARED_DATA", HERE.parents[2] / "shared" / "data"))
    if not (shared / "faces").is_dir():
        print(f"shared test data not found at {shared}; set KIOSK_SHARED_DATA")
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        frames = portrait_camera_folder(shared, Path(tmp) / "camera")
        os.environ.update(KIOSK_STORAGE_DATA_DIR=str(Path(tmp) / "data"),
                          KIOSK_DEVICES_CAMERA=f"file:{frames}",
                          KIOSK_DESK_OPEN_RECEIPTS="false",
                          KIOSK_STORAGE_KEY_BACKEND="file",
                          KIOSK_DEVICES_DOCUMENT_CAMERA="off",  # the wedge flow, as before
                          KIOSK_SYNC_DEMO_CENTRAL="off")
        script = DeskScript(load_settings())
        window = script.open()
        track = MemoryTrack(warmup=args.warmup)
        idle = MemoryTrack(warmup=0)
        refs_before = singleton_refcounts()
        rows = []
        snapshot = None
        walls = []
        for n in range(1, count + 1):
            started = time.monotonic()
            script.enroll(with_ticket=n % 2 == 1)
            walls.append(time.monotonic() - started)
            rss = track.sample()
            rows.append((f"enrollment {n}", f"{rss:.1f}", track.objects[-1],
                         f"{walls[-1]:.1f}"))
            print(f"enrollment {n}: {rss:.1f} MiB, {track.objects[-1]} objects", flush=True)
            if args.tracemalloc and n == args.warmup:
                tracemalloc.start(8)
                snapshot = tracemalloc.take_snapshot()
        # baseline: the window idle (today list, camera closed) as long as one enrollment
        idle_for = sorted(walls)[len(walls) // 2]
        idle.sample()
        until = time.monotonic() + idle_for
        wait_until(lambda: time.monotonic() > until, idle_for + 10)
        idle.sample()
        refs_after = singleton_refcounts()
        window.close()
        app.processEvents()
    print()
    print_table(["after", "RSS MiB (trimmed)", "Python objects", "wall s"], rows,
                title="Resident memory after each enrollment (gc + malloc_trim(0))")
    print()
    per = track.slope()
    print_table(["scenario", "MiB", "MiB per enrollment after warm-up"],
                [(f"idle window {idle_for:.0f} s (baseline)", f"{idle.samples[-1]:.1f}",
                  f"{idle.samples[-1] - idle.samples[0]:+.2f}"),
                 (f"{count} enrollments, warm-up {args.warmup}", f"{track.samples[-1]:.1f}",
                  f"{per:+.2f}")], title="Growth")
    print(f"\nRSS after warm-up {track.baseline:.1f} MiB, at the end {track.samples[-1]:.1f} "
          f"MiB (median of last 3 minus warm-up: {track.growth():+.1f} MiB); "
          f"{per:+.2f} MiB per enrollment; projected over 50 enrollments {per * 50:+.0f} MiB "
          f"(goal <= 50)")
    print(f"singleton refcounts before {refs_before} after {refs_after}")
    if snapshot is not None:
        print("\nPython allocations that grew most since warm-up (tracemalloc):")
        for stat in tracemalloc.take_snapshot().compare_to(snapshot, "traceback")[:8]:
            print(f"  {stat.size_diff / 1024:+.0f} KiB {stat.count_diff:+d} blocks  "
                  f"{stat.traceback.format()[-1].strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
