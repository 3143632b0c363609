"""``kiosk devices list`` and ``kiosk devices test camera|fingerprint`` for technicians."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import cv2

from kiosk.options import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("devices", help="list and test cameras and fingerprint scanners")
    actions = p.add_subparsers(dest="devices_action", metavar="ACTION", required=True)
    lister = actions.add_parser("list", help="cameras and SBI fingerprint devices found")
    lister.set_defaults(handler=_list)
    tester = actions.add_parser("test", help="open a device, capture, report, save samples")
    tester.add_argument("device", choices=("camera", "fingerprint"))
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
    from devices.errors import DeviceError
    from devices.registry import sbi_ports
    from devices.sbi.client import SbiClient
    from devices.sbi.security import load_ca

    settings = _settings(args)
    print(f"configured camera: {settings['devices.camera']}")
    nodes = list_video_devices()
    print(f"video devices: {', '.join(nodes) if nodes else 'none found'}")
    ports = sbi_ports(settings)
    started = time.monotonic()
    ca_path = settings["devices.sbi_ca_path"]
    client = SbiClient(ca=load_ca(ca_path) if ca_path else None)
    found = client.discover(ports, settings["devices.sbi_discovery_timeout_s"])
    took = time.monotonic() - started
    print(f"configured fingerprint scanner: {settings['devices.fingerprint']}")
    print(f"SBI devices on 127.0.0.1:{ports.start}-{ports.stop - 1} "
          f"(scanned in {took:.2f} s): {len(found) or 'none'}")
    for d in found:
        try:
            trust = "verified" if client.info(d.port)[1] else "unverified"
        except DeviceError as exc:
            trust = f"device info failed: {exc}"
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
    return _test_fingerprint(args, out)


def _test_camera(args: argparse.Namespace, out: Path | None) -> int:
    from devices.registry import make_camera

    settings = _settings(args)
    camera = make_camera(settings, args.use)
    try:
        info = camera.open().result(30)
        print(f"camera {info.name}: {info.width}x{info.height} at {info.fps:.2f} fps "
              f"(reported){', ' + info.fourcc if info.fourcc else ''}")
        frames = [camera.read().result(10) for _ in range(max(2, args.frames))]
    finally:
        camera.close()
    span = frames[-1].timestamp - frames[0].timestamp
    rate = (len(frames) - 1) / span if span > 0 else float("inf")
    width, height = frames[-1].size
    print(f"measured: {len(frames)} frames of {width}x{height}, {rate:.2f} fps")
    if out:
        for frame in (frames[0], frames[-1]):
            path = out / f"camera_{frame.index:04d}.jpg"
            cv2.imwrite(str(path), frame.image)
            print(f"saved {path}")
    return 0


def _test_fingerprint(args: argparse.Namespace, out: Path | None) -> int:
    from devices.ports import Segment
    from devices.registry import make_scanner

    segment = {"left": Segment.LEFT_SLAP, "right": Segment.RIGHT_SLAP,
               "thumbs": Segment.TWO_THUMBS}[args.segment]
    settings = _settings(args)
    scanner = make_scanner(settings, args.use)
    try:
        info = scanner.open().result(60)
        print(f"scanner {info.device_id} on port {info.port}: {info.status} "
              f"({info.make} {info.model})")
        started = time.monotonic()
        result = scanner.capture(segment).result(settings["devices.sbi_capture_timeout_s"] + 30)
        took = time.monotonic() - started
    finally:
        scanner.close()
    print(f"captured {segment.name} in {took:.2f} s, device "
          f"{'verified' if result.device_verified else 'UNVERIFIED (no device CA configured)'}")
    for finger in result.fingers:
        height, width = finger.image.shape
        print(f"  {finger.position.name:<13} quality {finger.quality:3d}  {width}x{height} "
              f"at {finger.ppi} ppi")
        if out:
            path = out / f"finger_{finger.position.name.lower()}.png"
            cv2.imwrite(str(path), finger.image)
            print(f"  saved {path}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    return 0
