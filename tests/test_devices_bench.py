"""The devices benchmark still runs (quick mode), so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_devices.py"


def test_devices_benchmark_runs_quick():
    out = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "discover 100 empty ports (concurrent)" in out.stdout
    assert "synthetic print, cached finger" in out.stdout
