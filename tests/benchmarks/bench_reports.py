"""Supervisor reports at the size of a real office: each range (today, 7, 30, 100 days, all)
and the Today list, at 1,000, 20,000 and 100,000 enrollments (five desks, 100 a day), with
the growth between sizes. Baseline in the same run: the previous computation (facts replayed
from the audit trail, the backlog rescanned per hour and desk) at 1,000 enrollments.

The history is written through the store's own write code (``tests/reportbulk.py``: every
step a repository call with its audit event, outbox change and report facts; many
enrollments per transaction), once per run into one temporary database that grows from one
size to the next. Goals (issue 18): every range <= 500 ms at 20k and 100k, 20k -> 100k <= 5x.

Run: ``.venv/bin/python tests/benchmarks/bench_reports.py [--quick] [--sizes 1000,20000]
[--cache DIR] [--cpu]`` (``--cache``: each size's seeded database is kept in ``DIR`` and reused
by later runs with the same plan, sizes and schema; seeding 100,000 takes minutes; ``--cpu``:
the process's CPU time instead of wall time, steadier on a machine others keep busy).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

import reportbulk
import reportref
from benchlib import measure, print_table

from kiosk.options import load_settings
from kiosk.reports.service import report, scope_from
from kiosk.store.schema import MIGRATIONS
from kiosk.store.store import Store

FIRST_DAY = date(2024, 1, 1)
RANGES = (("today", 1), ("7 days", 7), ("30 days", 30), ("100 days", 100), ("all", None))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="1k and 5k, 3 repeats")
    parser.add_argument("--sizes", default="")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", default="", help="folder keeping the seeded databases")
    parser.add_argument("--cpu", action="store_true",
                        help="CPU time of the process instead of wall time (a busy machine)")
    args = parser.parse_args()
    sizes = ([int(s) for s in args.sizes.split(",")] if args.sizes
             else [1000, 5000] if args.quick else [1000, 20_000, 100_000])
    repeat = 3 if args.quick else args.repeat
    clock = time.process_time if args.cpu else time.perf_counter
    plans = reportbulk.plan(max(sizes), FIRST_DAY)
    settings = load_settings(environ={})
    results: dict[int, dict[str, float]] = {}
    cache = _cache_folder(Path(args.cache), max(sizes)) if args.cache else None
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as parent:
        folder = Path(parent) / "station"
        store = Store.open(folder, key_backend="file")
        try:
            written = 0
            for size in sizes:
                kept = cache / str(size) if cache else None
                if kept is not None and kept.is_dir():
                    store.close()
                    shutil.rmtree(folder)
                    shutil.copytree(kept, folder)
                    store = Store.open(folder, key_backend="file")
                    print(f"{size} enrollments from {kept}", flush=True)
                else:
                    started = time.perf_counter()
                    reportbulk.seed(store, plans[written:size])
                    print(f"seeded {size - written} enrollments through the store in "
                          f"{time.perf_counter() - started:.0f} s", flush=True)
                    if kept is not None:
                        store.close()
                        shutil.copytree(folder, kept.with_name(f"{size}.partial"))
                        kept.with_name(f"{size}.partial").rename(kept)
                        store = Store.open(folder, key_backend="file")
                written = size
                # "now": the end of the last day with enrollments (later steps of the plan,
                # uploads mostly, have not happened yet at that moment)
                last = plans[size - 1][0][0].astimezone(reportbulk.ZONE).date()
                now = datetime(last.year, last.month, last.day, 23, 59, tzinfo=reportbulk.ZONE)
                row: dict[str, float] = {}
                for name, days in RANGES:
                    first = FIRST_DAY if days is None else last - timedelta(days=days - 1)
                    scope = scope_from(settings, first, last)
                    # the first report of a range also rolls up the months it needs that
                    # ended before "now" and are not rolled up yet (none are after seeding)
                    row[f"first {name}"] = measure(
                        name, lambda s=scope, n=now, st=store: report(st, s, None, n), 1,
                        warmup=0, clock=clock).median
                    row[name] = measure(
                        name, lambda s=scope, n=now, st=store: report(st, s, None, n), repeat,
                        warmup=0, clock=clock).median
                    if size == sizes[0]:
                        row[f"old {name}"] = measure(
                            name, lambda s=scope, n=now, st=store: reportref.compute(st.read(
                                lambda r: reportref.collect_from_events(r, s.since, s.until)),
                                s, n), 1, warmup=0, clock=clock).median
                today = datetime(last.year, last.month, last.day, tzinfo=reportbulk.ZONE)
                row["Today list"] = measure("today list", lambda t=today, st=store: st.read(
                    lambda r: r.summaries(t)), repeat, warmup=1, clock=clock).median
                results[size] = row
                print(f"{size}: " + ", ".join(f"{k} {v:.0f} ms" for k, v in row.items()),
                      flush=True)
        finally:
            store.close()
    names = [name for name, _ in RANGES] + ["Today list"]
    headers = ["report", *(f"{s} ms" for s in sizes)]
    headers += [f"{a}->{b}" for a, b in itertools.pairwise(sizes)]
    rows = []
    for name in names:
        times = [results[s][name] for s in sizes]
        rows.append([name, *times, *(f"{b / a:.1f}x" for a, b in itertools.pairwise(times))])
    print()
    print_table(headers, rows, f"Report times (median {'CPU ' if args.cpu else ''}ms; ratio "
                               "between sizes)")
    print()
    print_table(["report", *(f"{s} ms" for s in sizes)],
                [[n, *(results[s][f"first {n}"] for s in sizes)] for n, _ in RANGES],
                "First report of each range after seeding (also rolls up its months; the very "
                "first also imports what the reports use)")
    first = sizes[0]
    print()
    print_table(["report", f"old at {first} ms", f"new at {first} ms", "old/new"],
                [[n, results[first][f"old {n}"], results[first][n],
                  f"{results[first][f'old {n}'] / results[first][n]:.0f}x"]
                 for n, _ in RANGES], f"Same-run baseline: the previous computation at {first}")
    big = [s for s in sizes if s >= 20_000]
    if big:
        worst = max(results[s][n] for s in big for n, _ in RANGES)
        print(f"\nslowest range at >= 20k: {worst:.0f} ms (goal <= 500 ms)")
    if 20_000 in results and 100_000 in results:
        growth = max(results[100_000][n] / results[20_000][n] for n, _ in RANGES)
        print(f"largest growth 20k -> 100k: {growth:.1f}x (goal <= 5x)")


def _cache_folder(root: Path, largest: int) -> Path:
    """The cache's folder for this plan (the seeding code, the largest size, the first day)
    and schema (the number of migrations: an older database would be migrated on open)."""
    plan = (Path(reportbulk.__file__).read_bytes()
            + f"{largest} {FIRST_DAY} {len(MIGRATIONS._migrations)}".encode())
    return root / hashlib.sha256(plan).hexdigest()[:16]


if __name__ == "__main__":
    main()
