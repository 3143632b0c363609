"""Face analysis throughput on 640x480 frames on ONE core, per stage, against JPEG decoding.

Run: ``.venv/bin/python tests/benchmarks/bench_face.py [--quick]``. The process pins itself
(and so mediapipe's worker threads, created afterwards) to one CPU before anything starts.
Frames: compliant-style and other portraits from ../shared/data/faces fitted into 640x480,
each shifted a little over several frames like a live camera stream. Baseline: cv2.imdecode of
the same frames JPEG-encoded at quality 90.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from benchlib import measure, print_table  # noqa: E402

from kiosk.biometrics.face.analysis import analyse_observation  # noqa: E402
from kiosk.biometrics.face.detector import FaceDetector  # noqa: E402
from kiosk.biometrics.face.imageio import read_image  # noqa: E402
from kiosk.biometrics.face.live import LiveAnalyser  # noqa: E402
from kiosk.biometrics.face.thresholds import FaceThresholds  # noqa: E402

DATA = Path(os.environ.get("KIOSK_SHARED_DATA", REPO.parent / "shared" / "data")) / "faces"
SOURCES = ["frll_neutral_002_03.jpg", "frll_neutral_005_03.jpg", "canada_003f.jpg",
           "meds_S001-01-t10_01.jpg", "lisa2.jpg", "zoom_60cm.jpg"]


def camera_frames(shifts: int) -> list[np.ndarray]:
    """Portraits fitted into 640x480 (edge-padded), shifted by a few pixels per frame."""
    frames = []
    for name in SOURCES:
        image = read_image(DATA / name)
        scale = min(640 / image.shape[1], 480 / image.shape[0])
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        top, left = (480 - image.shape[0]) // 2, (640 - image.shape[1]) // 2
        canvas = cv2.copyMakeBorder(image, top + 8, 480 - image.shape[0] - top + 8, left + 8,
                                    640 - image.shape[1] - left + 8, cv2.BORDER_REPLICATE)
        for i in range(shifts):
            dx, dy = (i * 3) % 16, (i * 2) % 16
            frames.append(np.ascontiguousarray(canvas[dy:dy + 480, dx:dx + 640]))
    return frames


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"shared test data not found at {DATA}", file=sys.stderr)
        return 2
    repeat = 12 if args.quick else 150
    frames = camera_frames(2 if args.quick else 8)
    jpegs = [cv2.imencode(".jpg", f, [cv2.IMWRITE_JPEG_QUALITY, 90])[1] for f in frames]
    thresholds = FaceThresholds.defaults()

    def cycler(items):
        source = itertools.cycle(items)
        return lambda: next(source)

    next_jpeg = cycler(jpegs)
    decode = measure("decode JPEG (baseline)",
                     lambda: cv2.imdecode(next_jpeg(), cv2.IMREAD_COLOR), repeat)

    detector = FaceDetector(video=True)
    rgbs = [cv2.cvtColor(f, cv2.COLOR_BGR2RGB) for f in frames]
    next_rgb = cycler(rgbs)
    stages = [
        measure("face detection (full range)", lambda: detector._detect_rgb(next_rgb()), repeat),
        measure("478 landmarks + irises (tracking)", lambda: detector.landmarks(next_rgb()),
                repeat),
        measure("person segmentation", lambda: detector.segment(next_rgb()), repeat),
        measure("hand detection (occlusion)", lambda: detector.hands(next_rgb()), repeat),
    ]
    observations = [detector.observe(f) for f in frames]
    pairs = cycler(list(zip(frames, observations, strict=True)))

    def checks_only():
        frame, obs = pairs()
        return analyse_observation(frame, obs, thresholds)

    stages.append(measure("all checks (pose, measures, background)", checks_only, repeat))

    results = []
    for every_n in (3, 1):
        live = LiveAnalyser(detector, thresholds, background_every_n=every_n)
        clock = itertools.count()
        next_frame = cycler(frames)
        results.append(measure(
            f"live frame, all checks, segm.+hands every {every_n}",
            lambda live=live, clock=clock, nf=next_frame: live.feed(nf(), next(clock) / 30),
            repeat))
    detector.close()

    faces = sum(o.landmarks is not None for o in observations)
    rows = [(t.name, t.median, t.p90, 1000 / t.median, t.median / decode.median)
            for t in [decode, *stages, *results]]
    print_table(("stage (640x480, 1 core)", "median ms", "p90 ms", "per s", "x decode"), rows,
                title=f"Face analysis: {len(frames)} frames ({faces} with landmarks), "
                      f"{repeat} timed calls per row, CPUs {sorted(os.sched_getaffinity(0))}")
    live_fps = 1000 / results[0].median
    print(f"\nlive throughput: {live_fps:.1f} frames/s median (goal >= 30)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
