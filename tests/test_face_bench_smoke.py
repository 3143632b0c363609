"""The face benchmark still runs (quick mode), so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_face.py"


def test_face_benchmark_quick_run(shared_data):
    run = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                         text=True, timeout=240)
    assert run.returncode == 0, run.stderr
    assert "decode JPEG (baseline)" in run.stdout
    assert "live throughput" in run.stdout and "x decode" in run.stdout
