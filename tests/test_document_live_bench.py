"""The live document-reading benchmark still runs (quick mode), so it cannot rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "benchmarks" / "bench_document_live.py"


@pytest.mark.slow
def test_document_live_benchmark_runs_quick() -> None:
    from kiosk.documents.mrz_synth import ocrb_fonts

    if not ocrb_fonts():
        pytest.skip("the drawn passports need the OCR-B font: apt-get install fonts-ocr-b")
    out = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True,
                         text=True, timeout=280)
    assert out.returncode == 0, out.stdout + out.stderr  # no wrong fill, nothing when blurry
    assert "MRZ engine alone, one frame (baseline)" in out.stdout
    assert "document laid down -> form filled (live)" in out.stdout
    assert "camera + live reader" in out.stdout
