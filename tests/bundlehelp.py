"""Building the PyInstaller bundle and running it as a station would: no source tree, no venv.

Used by tests/test_bundle.py and tests/benchmarks/bench_bundle.py. ``KIOSK_BUNDLE`` names an
already built bundle folder (e.g. from ``bash scripts/build`` earlier in the same CI job) to
test that one instead of building.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VERSION = metadata.version("enrollment-kiosk")
EXE_SUFFIX = ".exe" if os.name == "nt" else ""


def build_bundle(dist: Path, work: Path) -> tuple[Path, float]:
    """Run PyInstaller on build.spec into ``dist``; returns the bundle folder and seconds taken."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(REPO / "build.spec"), "--noconfirm",
         "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)],
        cwd=REPO, capture_output=True, text=True, timeout=1800, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"PyInstaller failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return dist / f"kiosk-{VERSION}", seconds


def prebuilt_bundle() -> Path | None:
    """The bundle ``KIOSK_BUNDLE`` names, if any."""
    named = os.environ.get("KIOSK_BUNDLE")
    return Path(named) if named else None


def _outside(path: str, *roots: Path) -> bool:
    try:
        resolved = Path(path).resolve()
    except OSError:
        return True
    return not any(resolved == r or r in resolved.parents for r in roots)


@dataclass
class Station:
    """A copy of the bundle in a folder of its own, and an environment that sees nothing else."""

    root: Path  # the copied bundle folder
    home: Path  # HOME (and XDG folders) of the station user

    def exe(self, name: str = "kiosk") -> Path:
        return self.root / f"{name}{EXE_SUFFIX}"

    def env(self, **extra: str) -> dict[str, str]:
        """No PYTHON* variables, PATH without the venv or the source tree, a private HOME."""
        roots = (REPO.resolve(), Path(sys.prefix).resolve())
        path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                               if p and _outside(p, *roots))
        env = {"PATH": path, "HOME": str(self.home), "USERPROFILE": str(self.home),
               "LANG": "C.UTF-8", "KIOSK_STORAGE_KEY_BACKEND": "file",
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(self.home / var.lower())
        for var in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LOCALAPPDATA", "APPDATA"):
            if var in os.environ and os.name == "nt":  # Windows cannot run without these
                env[var] = os.environ[var]
        env.update(extra)
        return env

    def run(self, *args: str, name: str = "kiosk", timeout: float = 180,
            **extra: str) -> subprocess.CompletedProcess[str]:
        """Run a bundle program from the station's home folder (never the source tree)."""
        return subprocess.run([str(self.exe(name)), *args], env=self.env(**extra), cwd=self.home,
                              capture_output=True, text=True, timeout=timeout, check=False)


def install_station(bundle: Path, folder: Path, *, move: bool = False) -> Station:
    """Copy (or move) ``bundle`` into ``folder``, as a technician copies the release folder."""
    root = folder / bundle.name
    if move:
        shutil.move(bundle, root)
    else:
        shutil.copytree(bundle, root, symlinks=True)
    home = folder / "home"
    home.mkdir()
    return Station(root, home)


def time_to_first_screen(cmd: list[str], env: dict[str, str], cwd: Path,
                         timeout: float = 120) -> tuple[float, float, str]:
    """Seconds from start to ``kiosk: window shown`` and to ``kiosk: first screen``, and the
    first-screen line; the program (run with --quit-after-first-screen) must exit 0."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    shown = first = None
    line = ""
    try:
        for raw in proc.stdout:
            now = time.perf_counter() - start
            if raw.startswith("kiosk: window shown"):
                shown = now
            elif raw.startswith("kiosk: first screen"):
                first, line = now, raw.strip()
        code = proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = proc.stderr.read()
    if code != 0 or shown is None or first is None:
        raise RuntimeError(f"{cmd[0]} exit {code}, window shown {shown}, first screen "
                           f"{first}:\n{stderr[-3000:]}")
    return shown, first, line
