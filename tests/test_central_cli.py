"""`kiosk-central` starts the reference service, tells its key, and stops on SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from central.server import central_signing_key
from kiosk.sync import receipt


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_central_command_serves_and_stops(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "central.cli", "--port", str(port),
                             "--data", str(tmp_path / "central")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        second = proc.stdout.readline()
        third = proc.stdout.readline()
        assert first.strip() == f"central service at http://127.0.0.1:{port}", first
        assert second.startswith("sync.central_public_key = ")
        assert third.startswith("sync.central_signing_key = ")
        signing = receipt.public_key(third.split('"')[1])     # a base64 Ed25519 key
        assert signing.public_bytes_raw() == central_signing_key(
            tmp_path / "central").public_key().public_bytes_raw()
        answer = httpx.get(f"http://127.0.0.1:{port}/v1/enrollments/01ABCDEF", timeout=10)
        assert answer.status_code in (401, 403, 404)  # anonymous: refused or unknown
        for name in ("central-x25519.pem", "central-ed25519.pem"):
            assert (tmp_path / "central" / name).stat().st_mode & 0o777 == 0o600
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0, proc.stderr.read()


def test_central_command_reports_a_busy_port(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "central.cli", "--port", str(port),
                               "--data", str(tmp_path / "c")], capture_output=True, text=True,
                              timeout=60)
    assert done.returncode == 2 and "cannot start" in done.stderr
    assert "Traceback" not in done.stderr
