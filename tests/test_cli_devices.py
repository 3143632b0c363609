"""`kiosk devices list|test` and `kiosk sim-sbi` as a technician runs them."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys

import pytest

from station.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_devices_test_camera_with_a_clip(shared_data, tmp_path, capsys):
    clip = shared_data / "video" / "openmpf_video_01.mp4"
    code = main(["devices", "test", "camera", "--use", f"file:{clip}", "--frames", "10",
                 "--out", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "640x480 at 29.97 fps (reported)" in out and "measured: 10 frames of 640x480" in out
    assert len(list(tmp_path.glob("camera_*.jpg"))) == 2


def test_devices_test_fingerprint_on_the_simulator(tmp_path, capsys):
    code = main(["devices", "test", "fingerprint", "--segment", "thumbs", "--out",
                 str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "LEFT_THUMB" in out and "RIGHT_THUMB" in out and "UNVERIFIED" in out
    assert re.search(r"LEFT_THUMB +quality +\d+ +NFIQ2 +\d+", out)  # the kiosk's own score
    assert sorted(p.name for p in tmp_path.iterdir()) == ["finger_left_thumb.png",
                                                           "finger_right_thumb.png"]


def test_missing_devices_exit_non_zero_with_a_clear_message(capsys, monkeypatch):
    port = _free_port()
    monkeypatch.setenv("KIOSK_DEVICES_SBI_PORT_FIRST", str(port))
    monkeypatch.setenv("KIOSK_DEVICES_SBI_PORT_LAST", str(port))
    assert main(["devices", "test", "fingerprint", "--use", "sbi"]) == 2
    assert f"no SBI fingerprint device on 127.0.0.1 port {port}" in capsys.readouterr().err
    assert main(["devices", "test", "camera", "--use", "opencv:7"]) == 2
    assert "camera 7 cannot be opened" in capsys.readouterr().err


def _ctrl_c_as_at_a_terminal() -> None:
    """A run started in the background (``nohup ... &``) ignores SIGINT, and so would the
    simulator it starts (Python then installs no Ctrl-C handler): give it back."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sim_sbi_command_is_found_by_devices_list(tmp_path, capsys, monkeypatch):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "station", "sim-sbi", "--port", str(port),
                             "--ca-out", str(tmp_path / "ca.pem")],
                            stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
                            preexec_fn=_ctrl_c_as_at_a_terminal)
    try:
        assert "SBI simulator SIM0001" in proc.stdout.readline()
        monkeypatch.setenv("KIOSK_DEVICES_SBI_PORT_FIRST", str(port - 3))
        monkeypatch.setenv("KIOSK_DEVICES_SBI_PORT_LAST", str(port + 3))
        monkeypatch.setenv("KIOSK_DEVICES_SBI_DISCOVERY_TIMEOUT_S", "3")  # a loaded CI machine
        assert main(["devices", "list"]) == 0
        out = capsys.readouterr().out
        assert f"port {port}  SIM0001  Ready" in out and out.rstrip().endswith("unverified")
        monkeypatch.setenv("KIOSK_DEVICES_SBI_CA_PATH", str(tmp_path / "ca.pem"))
        assert main(["devices", "test", "fingerprint", "--use", "sbi", "--segment",
                     "thumbs"]) == 0
        assert "device verified" in capsys.readouterr().out
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0


@pytest.mark.parametrize("argv", [["devices"], ["devices", "test"]])
def test_devices_needs_an_action(argv):
    with pytest.raises(SystemExit):
        main(argv)
