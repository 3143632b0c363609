"""The MRZ OCR benchmark still runs (quick mode, our engine only), so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_mrz_ocr.py"


def test_mrz_ocr_benchmark_runs_quick(shared_data: Path) -> None:
    out = subprocess.run([sys.executable, str(BENCH), "--quick", "--no-passporteye"],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert "MRZ reading, ours vs PassportEye" in out.stdout
    assert "valid-but-wrong" in out.stdout and "clean, tuned on" in out.stdout
