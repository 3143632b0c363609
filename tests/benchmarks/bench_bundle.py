"""Bundle benchmark: size of the PyInstaller bundle (total and its five largest parts) and
start-up time to the first shown window, bundle vs the plain source run, in the same run.

Start-up is measured from process start to the window's first render (``kiosk: window
shown``) and to the first screen (``kiosk: first screen``; the store opens behind it),
offscreen, with a warm file cache (one untimed run each first), on a station copy of the bundle
with a clean environment.

Run: ``.venv/bin/python tests/benchmarks/bench_bundle.py [--quick] [--bundle DIR]``
(without ``--bundle`` it builds one into a temporary folder and reports the build time).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import print_table
from bundlehelp import REPO, build_bundle, install_station, prebuilt_bundle, time_to_first_screen

MIB = 1024 * 1024


def tree_size(path: Path) -> int:
    """Bytes of a file, or of every file under a folder (symlinks not followed)."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(tree_size(p) for p in path.iterdir())


def largest_parts(bundle: Path, count: int = 5) -> list[tuple[str, int]]:
    """The biggest entries of the bundle: the programs and each top-level part of _internal."""
    internal = bundle / "_internal"
    entries = [p for p in bundle.iterdir() if p != internal]
    entries += list(internal.iterdir()) if internal.is_dir() else []
    sizes = [(str(p.relative_to(bundle)), tree_size(p)) for p in entries]
    return sorted(sizes, key=lambda item: -item[1])[:count]


def startup(runs: dict[str, tuple[list[str], dict[str, str]]], cwd: Path,
            repeat: int) -> dict[str, tuple[float, float]]:
    """Median seconds to the first render and to the first screen of each command, after one
    untimed run each; the commands take turns, so a change in machine load hits both alike."""
    for cmd, env in runs.values():
        time_to_first_screen(cmd, env, cwd)
    samples: dict[str, list[tuple[float, float, str]]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, (cmd, env) in runs.items():
            samples[name].append(time_to_first_screen(cmd, env, cwd))
    return {name: (statistics.median(r[0] for r in got), statistics.median(r[1] for r in got))
            for name, got in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one timed start-up each")
    parser.add_argument("--bundle", type=Path, help="a built bundle folder (default: build one)")
    args = parser.parse_args()
    repeat = 1 if args.quick else 5
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        folder = Path(tmp)
        bundle, built_s = args.bundle or prebuilt_bundle(), None
        if bundle is None:
            bundle, built_s = build_bundle(folder / "dist", folder / "build")
        station = install_station(bundle, folder)
        env = station.env(QT_QPA_PLATFORM="offscreen")
        # The source run: the venv's interpreter on the source tree, same clean HOME.
        source_env = dict(env, PYTHONPATH=str(REPO))
        times = startup({
            "bundle": ([str(station.exe()), "--quit-after-first-screen"], env),
            "source": ([sys.executable, "-m", "station.launcher", "--quit-after-first-screen"],
                       source_env)}, station.home, repeat)
        bundle_times, source_times = times["bundle"], times["source"]
        total = tree_size(station.root)
        files = sum(1 for p in station.root.rglob("*") if p.is_file())
        parts = largest_parts(station.root)
        name = station.root.name

    rows: list[list[object]] = [["bundle total", f"{total / MIB:.1f} MiB", f"{files} files"]]
    rows += [[f"  {part}", f"{size / MIB:.1f} MiB", f"{100 * size / total:.0f} %"]
             for part, size in parts]
    if built_s is not None:
        rows.append(["build (PyInstaller)", f"{built_s:.1f} s", ""])
    print_table(["what", "size / time", "share"], rows, title=f"bundle {name}")
    print()
    timing = [["start-up, bundle", bundle_times[0] * 1000, bundle_times[1] * 1000],
              ["start-up, source (baseline)", source_times[0] * 1000, source_times[1] * 1000]]
    print_table([f"run (median of {repeat}, offscreen)", "window shown ms",
                 "first screen ms"], timing)
    print(f"bundle / source, first screen: {bundle_times[1] / source_times[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
