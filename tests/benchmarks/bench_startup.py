"""Start-up benchmark: from process start to the kiosk's first screen (sign-in or first
account, drawn), against a bare PySide6 window in the same run, and the peak memory of each
at that moment.

Paired runs A B C A B C (``--runs`` each, default 10, after one untimed run of each): A is a
bare ``QMainWindow`` with a label, shown and grabbed; B is ``python -m station.launcher
--quit-after-first-screen`` on a station with a database but no account yet (made by the
untimed run: the first account's set-up screen), C the same on a station with an account (the
sign-in screen); demo defaults (simulated devices, the demo central service), offscreen, with
compiled bytecode cached as on a station. The ratio of the medians
is the figure (goal <= 1.5x, issue 18); memory is each child's ``ru_maxrss`` when its first
screen was drawn (the kiosk prints it; the store opens after that, then the engines load, in
the background; the kiosk exits once the store is open).

Run: ``.venv/bin/python tests/benchmarks/bench_startup.py [--quick] [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import print_table

REPO = Path(__file__).resolve().parents[2]
ACCOUNT = """
from argon2 import PasswordHasher
from kiosk.accounts.roles import Role
from kiosk.options import load_settings
from station.services import Services
services = Services.open(load_settings(), start_sync=False)
services.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
services.accounts.create_first("lan.tran", "Tran Thi Lan", Role.SUPERVISOR, "bench start 2026 xyz")
services.close()
"""
BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Sign in"))
window.resize(1280, 800)
window.show()
def drawn():
    window.grab()
    print("kiosk: first screen bare", flush=True)
    print(f"kiosk: peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} KiB",
          flush=True)
    window.close()
QTimer.singleShot(0, drawn)
app.exec()
"""


def first_screen(cmd: list[str], env: dict[str, str], timeout: float = 180) -> tuple[float, int]:
    """(seconds from start to the ``kiosk: first screen`` line, peak KiB printed then)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    seconds = peak = None
    try:
        for line in proc.stdout:
            if line.startswith("kiosk: first screen") and seconds is None:
                seconds = time.perf_counter() - start
            elif line.startswith("kiosk: peak memory"):
                peak = int(line.split()[3])
        code = proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if code != 0 or seconds is None or peak is None:
        raise RuntimeError(f"{cmd} exit {code}:\n{proc.stderr.read()[-3000:]}")
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs each")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as new, \
            tempfile.TemporaryDirectory(prefix="bench-startup-") as staffed:
        envs = {home: station_env(home) for home in (new, staffed)}
        subprocess.run([sys.executable, "-c", ACCOUNT], env=envs[staffed], cwd=REPO,
                       check=True, capture_output=True)
        kiosk = [sys.executable, "-m", "station.launcher", "--quit-after-first-screen"]
        commands = {"bare PySide6 window": ([sys.executable, "-c", BARE], envs[new]),
                    "kiosk to set-up (new station)": (kiosk, envs[new]),
                    "kiosk to sign-in (with accounts)": (kiosk, envs[staffed])}
        for cmd, env in commands.values():
            first_screen(cmd, env)  # untimed: file cache, the station's database
        samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (cmd, env) in commands.items():  # A B C A B C: load hits all alike
                samples[name].append(first_screen(cmd, env))
    rows = []
    for name, got in samples.items():
        times = [s for s, _ in got]
        rows.append([name, statistics.median(times) * 1000, min(times) * 1000,
                     max(times) * 1000, statistics.median(p for _, p in got) / 1024])
    print_table(["run", "median ms", "min ms", "max ms", "peak MiB"], rows,
                f"Start-up to the first screen, {runs} paired runs each (offscreen)")
    bare = samples["bare PySide6 window"]
    for row, (name, got) in zip(rows[1:], list(samples.items())[1:], strict=True):
        ratios = [k[0] / b[0] for b, k in zip(bare, got, strict=True)]
        print(f"{name}: ratio of medians {row[1] / rows[0][1]:.2f}x (goal <= 1.5x); median "
              f"of paired ratios {statistics.median(ratios):.2f}x")


def station_env(home: str) -> dict[str, str]:
    """A station's environment in ``home``: no KIOSK_ overrides, and compiled bytecode cached
    (the untimed run writes it; a bundle ships it), else every run compiles ~500 modules."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KIOSK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
               XDG_DATA_HOME=f"{home}/.local/share", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO))
    return env


if __name__ == "__main__":
    main()
