"""Memory over a working day at the desk: after each scripted enrollment in one process,
resident memory (after ``malloc_trim(0)``, so the allocator's free memory does not count), the
C heap in use (glibc's ``mallinfo2``: what native code holds, whatever the fragmentation),
SQLite's page caches (SQLCipher's own count, every connection), the Python object count and
the reference count of None (PySide6 6.11 keeps one per ``Signal.connect``). Each is given per
enrollment in the first and the second half after warm-up, and a verdict: the desk *levels
off* when, in the second half, neither trimmed RSS nor the C heap grows by more than
``LEVEL_MIB`` per enrollment. Baseline: the same window sitting idle for as long as one
enrollment takes.

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
from soakhelp import MemoryTrack, singleton_refcounts, sqlite_memory_mib  # noqa: E402

from kiosk.options import load_settings  # noqa: E402

LEVEL_MIB = 0.05  # per enrollment, second half: 2.5 MiB over a 50-enrollment day (goal 50)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="8 enrollments")
    parser.add_argument("--enrollments", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--glibc-arenas", action="store_true",
                        help="leave glibc's malloc arenas uncapped (as before the fix)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also show the Python allocations that grew most")
    args = parser.parse_args()
    count = 8 if args.quick else args.enrollments
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
        caches: list[dict[str, float]] = []
        for n in range(1, count + 1):
            started = time.monotonic()
            script.enroll(with_ticket=n % 2 == 1)
            walls.append(time.monotonic() - started)
            rss = track.sample()
            caches.append(sqlite_memory_mib() or {})
            heap = f"{track.heap[-1]:.1f}" if track.heap else "-"
            cache = f"{caches[-1]['page_cache']:.1f}" if caches[-1] else "-"
            rows.append((f"enrollment {n}", f"{rss:.1f}", heap, cache, track.objects[-1],
                         track.nones[-1], f"{walls[-1]:.1f}"))
            print(f"enrollment {n}: {rss:.1f} MiB RSS, C heap {heap} MiB, SQLite page cache "
                  f"{cache} MiB, {track.objects[-1]} objects, None refcount {track.nones[-1]}, "
                  f"{walls[-1]:.1f} s", flush=True)
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
    shown = rows if len(rows) <= 25 else [r for i, r in enumerate(rows, 1)
                                           if i <= args.warmup or i % 10 == 0 or i == len(rows)]
    print_table(["after", "RSS MiB (trimmed)", "C heap MiB", "SQLite page cache MiB",
                 "Python objects", "None refs", "wall s"], shown,
                title="After each enrollment (gc + malloc_trim(0))"
                + ("" if shown is rows else "; warm-up, then every 10th"))
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
    print()
    print_halves(track, caches, count)
    if snapshot is not None:
        print("\nPython allocations that grew most since warm-up (tracemalloc):")
        for stat in tracemalloc.take_snapshot().compare_to(snapshot, "traceback")[:8]:
            print(f"  {stat.size_diff / 1024:+.0f} KiB {stat.count_diff:+d} blocks  "
                  f"{stat.traceback.format()[-1].strip()}")
    return 0


def print_halves(track: MemoryTrack, caches: list[dict[str, float]], count: int) -> None:
    """Growth per enrollment in each half after warm-up, the SQLite caches and the verdict."""
    rows = []
    series: list[tuple[str, list, str]] = [("trimmed RSS, MiB", track.samples, "{:+.3f}"),
                                           ("C heap in use (mallinfo2), MiB", track.heap,
                                            "{:+.3f}")]
    if all(caches):
        series += [("SQLite page caches, MiB", [c["page_cache"] for c in caches], "{:+.3f}"),
                   ("SQLite memory in all, MiB", [c["total"] for c in caches], "{:+.3f}")]
    series += [("Python objects (gc)", track.objects, "{:+.0f}"),
               ("None refcount", track.nones, "{:+.1f}")]
    slopes = {}
    for name, values, fmt in series:
        if len(values) <= track.warmup + 1:
            continue
        first, second = track.halves(values)
        slopes[name] = second
        rows.append((name, f"{values[track.warmup]:.1f}" if "MiB" in name else values[
            track.warmup], f"{values[-1]:.1f}" if "MiB" in name else values[-1],
            fmt.format(first), fmt.format(second)))
    print_table(["measure", "after warm-up", "end", "per enrollment, 1st half",
                 "per enrollment, 2nd half"], rows,
                title=f"Growth per enrollment after a warm-up of {track.warmup} "
                      f"({count} enrollments)")
    if all(caches):
        print(f"SQLite page caches: {caches[-1]['page_cache']:.1f} MiB at the end, peak "
              f"{max(c['page_cache_peak'] for c in caches):.1f} MiB")
    held = [slopes.get("trimmed RSS, MiB", 0.0), slopes.get("C heap in use (mallinfo2), MiB", 0.0)]
    level = all(v <= LEVEL_MIB for v in held)
    print(f"verdict: {'levels off' if level else 'does not level off'} (second half: RSS "
          f"{held[0]:+.3f}, C heap {held[1]:+.3f} MiB per enrollment; limit {LEVEL_MIB} each)")


if __name__ == "__main__":
    sys.exit(main())
