"""The PyInstaller bundle starts and works on a station that has no Python and no source tree.

Builds the bundle once per session (about a minute on 2 cores; ``KIOSK_BUNDLE`` reuses a built
one), copies it to a folder of its own and runs it there with a clean environment (no PYTHON*
variables, no venv on PATH, a private HOME, cwd outside the repository). Each check fails when
a file the bundle needs is missing: the mediapipe models (face check), the Qt platform plugins
(GUI, doctor), the compiled catalogues (translated window title), the MRZ glyph model.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
from bundlehelp import (
    REPO,
    VERSION,
    Station,
    build_bundle,
    install_station,
    prebuilt_bundle,
    time_to_first_screen,
)
from conftest import SHARED_DATA

from ui.printing.receipt import ReceiptData
from ui.printing.receipt_process import read_frame, write_frame

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]
ENGLISH_TITLE = "Enrollment kiosk – "


@pytest.fixture(scope="session")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:
    bundle, work = prebuilt_bundle(), None
    if bundle is None:
        work = tmp_path_factory.mktemp("pyinstaller")
        bundle, seconds = build_bundle(work / "dist", work / "build")
        print(f"bundle built in {seconds:.0f} s")
    assert bundle.is_dir(), f"no bundle at {bundle}"
    folder = tmp_path_factory.mktemp("station")
    # A fresh build moves (relocation is what a copy proves, without 500 MB more on disk)
    station = install_station(bundle, folder, move=work is not None)
    if work is not None:
        shutil.rmtree(work, ignore_errors=True)
    yield station
    shutil.rmtree(folder, ignore_errors=True)


def test_environment_cannot_see_the_source_or_the_venv(station: Station) -> None:
    env = station.env()
    assert not any(k.startswith("PYTHON") and k != "PYTHON_KEYRING_BACKEND" for k in env)
    assert str(REPO) not in env["PATH"] and sys.prefix not in env["PATH"]
    assert REPO not in station.root.parents and REPO not in station.home.parents


def test_version_comes_from_the_package_metadata(station: Station) -> None:
    out = station.run("--version")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"kiosk {VERSION}"


def test_doctor_passes_with_the_bundled_qt(station: Station) -> None:
    out = station.run("doctor", "--json")
    report = json.loads(out.stdout)
    failed = [c for c in report["checks"] if not c["ok"]]
    assert out.returncode == 0 and report["ok"], failed
    qt = next(c for c in report["checks"] if c["name"] == "qt platform")
    assert "starts" in qt["detail"]
    python = next(c for c in report["checks"] if c["name"] == "python")
    assert str(station.root) in python["detail"]  # the bundle's interpreter, not the venv's


def test_face_check_runs_the_bundled_models(station: Station) -> None:
    sample = SHARED_DATA / "faces" / "frll_neutral_005_03.jpg"
    if sample.is_file():  # a real compliant portrait
        out = station.run("face-check", "--json", str(sample))
        assert out.returncode == 0, out.stderr[-3000:]
        assert json.loads(out.stdout)["compliant"] is True
        return
    # No shared data: a synthetic image still runs every graph (they start on the first frame)
    image = np.full((480, 360, 3), 200, np.uint8)
    cv2.circle(image, (180, 200), 90, (120, 150, 190), -1)
    path = station.home / "synthetic.png"
    cv2.imwrite(str(path), image)
    out = station.run("face-check", "--json", str(path))
    assert out.returncode == 1 and out.stdout.lstrip().startswith("{"), out.stderr[-3000:]
    checks = {c["name"]: c for c in json.loads(out.stdout)["checks"]}
    assert checks["face_count"]["value"] == 0


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_gui_reaches_the_first_account_screen_and_quits(station: Station, platform: str) -> None:
    extra = {"QT_QPA_PLATFORM": platform, "KIOSK_UI_LANGUAGE": "vi"}
    if platform == "xcb":
        if sys.platform != "linux" or not os.environ.get("DISPLAY"):
            pytest.skip("no X display (pytest-xvfb starts one when Xvfb is installed)")
        extra["DISPLAY"] = os.environ["DISPLAY"]
        if "XAUTHORITY" in os.environ:
            extra["XAUTHORITY"] = os.environ["XAUTHORITY"]
    _shown, _first, line = time_to_first_screen(
        [str(station.exe()), "--quit-after-first-screen"], station.env(**extra), station.home)
    assert line.startswith("kiosk: first screen setup ")  # a new station asks for an account
    title = json.loads(line.split(" ", 5)[5])
    assert title and not title.startswith(ENGLISH_TITLE), f"untranslated title {title!r}"
    logs = list(station.home.rglob("logs/kiosk.log"))  # the station's log file, in its data
    assert logs and logs[0].stat().st_size > 0, "the bundled kiosk wrote no log file"


def test_the_receipt_process_draws_a_receipt_from_the_bundle(station: Station,
                                                            tmp_path: Path) -> None:
    """``kiosk --receipt-worker`` (the GUI's receipt process, ui/printing/receipt_process.py)
    starts from the bundle with Qt's offscreen plugin, draws the receipt sent on its stdin with
    the bundled catalogues, and ends when its stdin closes."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) not installed")
    data = ReceiptData(
        enrollment_id="01KAVZ5T6D3W9Q4E8R2M7N1B0C", name="KIM MIN-JUN", document_number="M1",
        nationality="KOR", created_at=datetime(2026, 11, 23, 2, 15, tzinfo=UTC),
        station_id="HN-DESK-1", office="PA08", applicant_language="en")
    child = subprocess.Popen([str(station.exe()), "--receipt-worker"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=station.home,
                             env=station.env(QT_QPA_PLATFORM="offscreen"))
    try:
        assert child.stdin is not None and child.stdout is not None
        ready = read_frame(child.stdout)
        assert ready is not None, child.stderr.read() if child.stderr else ""
        assert pickle.loads(ready)[0] == "ready"
        write_frame(child.stdin, pickle.dumps(data))
        reply = read_frame(child.stdout)
        child.stdin.close()
        assert child.wait(60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert reply is not None
    kind, pdf = pickle.loads(reply)
    assert kind == "pdf"
    (tmp_path / "r.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert data.enrollment_id in text and "KIM MIN-JUN" in text
    assert "Giấy biên nhận" in text  # the office's language, from the bundled catalogue


def test_mrz_read_uses_the_bundled_glyph_model(station: Station) -> None:
    sample = SHARED_DATA / "documents" / "passporteye_passport-td3.jpg"
    if not sample.is_file():
        pytest.skip(f"shared test data not found at {SHARED_DATA}")
    out = station.run("mrz-read", "--json", str(sample))
    assert out.returncode == 0, out.stderr[-3000:]
    assert json.loads(out.stdout)["surname"] == "ERIKSSON"


def test_central_service_starts_and_stops_on_sigterm(station: Station) -> None:
    proc = subprocess.Popen([str(station.exe("kiosk-central")), "--port", "0", "--data",
                             str(station.home / "central")], env=station.env(),
                            cwd=station.home, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        first = proc.stdout.readline()
        key = proc.stdout.readline()
        assert first.startswith("central service at http://127.0.0.1:"), proc.stderr.read()
        assert key.startswith("sync.central_public_key = ")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_bundle_benchmark_runs_quick(station: Station) -> None:
    bench = REPO / "tests" / "benchmarks" / "bench_bundle.py"
    out = subprocess.run([sys.executable, str(bench), "--quick", "--bundle", str(station.root)],
                         capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "bundle total" in out.stdout and "start-up, bundle" in out.stdout
    assert "start-up, source" in out.stdout


def test_the_bundle_carries_the_third_party_licence_notices(station: Station) -> None:
    """Gathered at build time from the bundled environment, with the standard texts; the
    About box reads this file in a bundle."""
    notices = list(station.root.rglob("resources/THIRD_PARTY_NOTICES.txt"))
    assert len(notices) == 1, notices
    text = notices[0].read_text(encoding="utf-8")
    assert "\nmediapipe 0.10.21\nLicence: " in text and "PySide6" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert list(station.root.rglob("resources/licenses/LGPL-3.0.txt"))
