"""The sync benchmarks still run (quick mode), so they cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "benchmarks"


@pytest.mark.slow
def test_drain_benchmark_runs_quick():
    out = subprocess.run([sys.executable, str(BENCH / "bench_sync_drain.py"), "--quick"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "worker drain /s" in out.stdout and "1 in flight" in out.stdout


def test_fleet_benchmark_runs_quick_and_saves_its_plot(tmp_path):
    out = subprocess.run([sys.executable, str(BENCH / "bench_sync_fleet.py"), "--quick",
                          "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    rows = {line.split("  ")[0]: line for line in out.stdout.splitlines()}
    assert "ours (kiosk.sync.policy)" in rows and "naive: retry every 5 s" in rows
    ours, naive = (float(rows[k].split("%")[1].split()[-1]) for k in
                   ("ours (kiosk.sync.policy)", "naive: retry every 5 s"))
    assert ours < 10.0 < naive      # share of requests the service refused with 503
    assert (tmp_path / "bench_sync_fleet.png").stat().st_size > 10_000


@pytest.mark.slow
def test_central_benchmark_runs_quick():
    out = subprocess.run([sys.executable, str(BENCH / "bench_central.py"), "--quick"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "SQLite (baseline)" in out.stdout
    if "SQLite only" not in out.stdout:
        assert out.stdout.count("PostgreSQL ") >= 3 and "Fleet recovery surge" in out.stdout
