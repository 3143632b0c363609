"""The MRZ OCR benchmark still runs (quick mode), so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_mrz_ocr.py"


def test_mrz_ocr_benchmark_runs_quick(shared_data: Path) -> None:
    out = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                         text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert "Accuracy against tests/mrz_truth.py" in out.stdout
    assert "passport-td3.jpg" in out.stdout
