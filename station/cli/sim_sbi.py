"""``kiosk sim-sbi``: run the SBI-compatible fingerprint scanner simulator in the foreground."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sim-sbi", help="run a simulated SBI 0.9.5 fingerprint device")
    p.add_argument("--port", type=int, default=4501, help="port on 127.0.0.1 (default 4501)")
    p.add_argument("--images", metavar="DIR",
                   help="folder of finger images to serve (default: synthetic fingerprints)")
    p.add_argument("--serial", default="SIM0001", help="device serial number / id")
    p.add_argument("--ca-out", metavar="FILE",
                   help="write the simulator's device CA certificate (PEM) to FILE")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from devices.errors import DeviceBusy
    from devices.sbi.simulator import SbiSimulator

    try:
        sim = SbiSimulator(args.port, Path(args.images) if args.images else None,
                           serial=args.serial)
    except OSError as exc:
        raise DeviceBusy(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror}",
                         port=args.port) from None
    except ValueError as exc:
        raise DeviceBusy(str(exc), message_key="device.bad_images") from None
    if args.ca_out:
        Path(args.ca_out).write_bytes(sim.signer.ca_pem())
    sim.start()
    print(f"SBI simulator {args.serial} on http://127.0.0.1:{sim.port} "
          f"({'images from ' + args.images if args.images else 'synthetic fingers'}); "
          "POST /control to change status, delay, quality, error_code, fault. Ctrl-C stops.",
          flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0
