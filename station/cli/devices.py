"""``kiosk devices list`` and ``kiosk devices test camera|document-camera|fingerprint`` for
technicians."""

from __future__ import annotations

import argparse
from pathlib import Path

import cv2

from kiosk.options import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("devices", help="list and test cameras and fingerprint scanners")
    actions = p.add_subparsers(dest="devices_action", metavar="ACTION", required=True)
    lister = actions.add_parser("list", help="cameras and SBI fingerprint devices found")
    lister.set_defaults(handler=_list)
    tester = actions.add_parser("test", help="open a device, capture, report, save samples")
    tester.add_argument("device", choices=("camera", "document-camera", "fingerprint"))
    tester.add_argument("--out", metavar="DIR", help="save sample images into DIR")
    tester.add_argument("--use", metavar="SPEC",
                        help="device to test instead of the configured one "
                             "(e.g. 'opencv:0', 'file:clip.mp4', 'sbi', 'simulated')")
    tester.add_argument("--frames", type=int, default=30, help="camera frames to read")
    tester.add_argument("--segment", choices=("left", "right", "thumbs"), default="left",
                        help="fingers to capture")
    tester.set_defaults(handler=_test)


def _settings(args: argparse.Namespace):
    return load_settings(Path(args.config) if getattr(args, "config", None) else None)


def _list(args: argparse.Namespace) -> int:
    from devices.camera.opencv_camera import list_video_devices
    from devices.checkup import discover_scanners
    from station.devices import sbi_ports

    settings = _settings(args)
    print(f"configured camera: {settings['devices.camera']}")
    nodes = list_video_devices()
    print(f"video devices: {', '.join(nodes) if nodes else 'none found'}")
    survey = discover_scanners(settings, sbi_ports(settings))
    print(f"configured fingerprint scanner: {settings['devices.fingerprint']}")
    print(f"SBI devices on 127.0.0.1:{survey.first_port}-{survey.last_port} "
          f"(scanned in {survey.seconds:.2f} s): {len(survey.found) or 'none'}")
    for found in survey.found:
        d = found.info
        trust = (f"device info failed: {found.problem}" if found.problem
                 else "verified" if found.verified else "unverified")
        print(f"  port {d.port}  {d.device_id}  {d.status}  {d.make} {d.model} "
              f"serial {d.serial or '?'}  purpose {d.purpose or '?'}  "
              f"spec {','.join(d.spec_versions) or '?'}  {trust}")
    return 0


def _test(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    if args.device == "camera":
        return _test_camera(args, out)
    if args.device == "document-camera":
        return _test_document_camera(args, out)
    return _test_fingerprint(args, out)


def _test_camera(args: argparse.Namespace, out: Path | None) -> int:
    from devices.checkup import measure_camera
    from station.devices import make_camera

    settings = _settings(args)
    report = measure_camera(make_camera(settings, args.use), args.frames)
    info = report.info
    print(f"camera {info.name}: {info.width}x{info.height} at {info.fps:.2f} fps "
          f"(reported){', ' + info.fourcc if info.fourcc else ''}")
    print(f"measured: {report.frames} frames of {report.width}x{report.height}, "
          f"{report.fps:.2f} fps")
    if out:
        for index, image in ((report.first_index, report.first),
                             (report.last_index, report.last)):
            path = out / f"camera_{index:04d}.jpg"
            cv2.imwrite(str(path), image)
            print(f"saved {path}")
    return 0


def _test_document_camera(args: argparse.Namespace, out: Path | None) -> int:
    """Read frames, then try the MRZ engine on the last one (says only whether and how a zone
    reads: no document data is printed)."""
    from devices.checkup import measure_camera
    from kiosk.documents.mrz_reader import MrzNotFound, read_mrz_image
    from kiosk.domain.eligibility import local_today
    from station.devices import make_document_camera

    settings = _settings(args)
    camera = make_document_camera(settings, args.use)
    if camera is None:
        print("document camera: off (devices.document_camera)")
        return 0
    report = measure_camera(camera, args.frames)
    info = report.info
    print(f"document camera {info.name}: {info.width}x{info.height}, measured "
          f"{report.frames} frames of {report.width}x{report.height} at {report.fps:.2f} fps")
    try:
        reading = read_mrz_image(report.last, local_today(settings["station.timezone"]),
                                 max_runs=settings["documents.mrz_max_ocr_runs"])
        verdict = "valid" if reading.valid else "read, checks failing"
        print(f"last frame: a {reading.mrz.format.name} zone, {verdict}")
    except MrzNotFound:
        print("last frame: no machine-readable zone (lay a passport under the camera)")
    if out:
        path = out / f"document_{report.last_index:04d}.jpg"
        cv2.imwrite(str(path), report.last)
        print(f"saved {path}")
    return 0


def _test_fingerprint(args: argparse.Namespace, out: Path | None) -> int:
    from devices.checkup import try_capture
    from devices.ports import Segment
    from kiosk.biometrics.fingers.analysis import nfiq2_score
    from station.devices import make_scanner

    segment = {"left": Segment.LEFT_SLAP, "right": Segment.RIGHT_SLAP,
               "thumbs": Segment.TWO_THUMBS}[args.segment]
    settings = _settings(args)
    trial = try_capture(make_scanner(settings, args.use), segment,
                        settings["devices.sbi_capture_timeout_s"], nfiq2_score)
    info = trial.info
    print(f"scanner {info.device_id} on port {info.port}: {info.status} "
          f"({info.make} {info.model})")
    print(f"captured {segment.name} in {trial.seconds:.2f} s, device "
          f"{'verified' if trial.verified else 'UNVERIFIED (no device CA configured)'}")
    for finger in trial.fingers:
        print(f"  {finger.position.name:<13} quality {finger.device_quality:3d}  "
              f"NFIQ2 {finger.nfiq2:3d}  {finger.width}x{finger.height} at {finger.ppi} ppi")
        if out:
            path = out / f"finger_{finger.position.name.lower()}.png"
            cv2.imwrite(str(path), finger.image)
            print(f"  saved {path}")
    for warning in trial.warnings:
        print(f"  warning: {warning}")
    return 0
