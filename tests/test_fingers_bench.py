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
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    for heading in ("Per finger", "Ten-print enrollment", "Slap segmentation",
                    "DET points", "Threshold chosen", "Misses by variant", "WSQ round trip"):
        assert heading in result.stdout
    for matcher in ("bozorth3 (old)", "MCC", "fused (new)", "fused, shipped threshold"):
        assert matcher in result.stdout
