"""Smoke test: the fingerprint benchmark and calibration script still runs (--quick)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_fingers.py"


@pytest.mark.slow
def test_bench_fingers_quick_runs(shared_data) -> None:
    result = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                            text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    for heading in ("Per finger", "Ten-print enrollment", "Slap segmentation",
                    "bozorth3 scores", "Duplicate threshold", "WSQ round trip"):
        assert heading in result.stdout
    assert "<- default" in result.stdout
