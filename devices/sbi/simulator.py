"""An SBI 0.9.5 fingerprint device on 127.0.0.1: a real HTTP server with the SBI verbs.

It serves MOSIPDISC /device, MOSIPDINFO /info, RCAPTURE /capture and STREAM /stream, signing
answers like a device would. Fingers come from a folder of images or from the synthetic
generator. Synthetic fingers belong to a *subject* (an applicant): a capture that starts a new
SBI hash chain (an empty ``previousHash``: a new scanner session, i.e. the next applicant)
draws a new subject, never repeated in this process; retries within the session are new
impressions (placement, skin, pressure, noise) of the same fingers.
``POST /control`` (JSON) changes its behaviour so tests reach every failure path:
``status`` (Ready | Busy | Not Ready | Not Registered), ``delay_s``, ``quality`` (null = NFIQ2),
``error_code``, and ``fault``: "disconnect" (drop the connection mid-capture),
"wrong_transaction", "broken_hash", "malformed_json", "bad_signature", or "".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.server
import itertools
import json
import logging
import os
import secrets
import socketserver
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from devices.ports import Finger, Segment
from devices.sbi import iso19794_4, protocol, synthetic
from devices.sbi.security import DeviceSigner, b64url_encode, chain_hash
from kiosk.domain.safe_input import InputError, read_image_file
from kiosk.domain.threads import Spawned, spawn

log = logging.getLogger(__name__)
IMAGE_SUFFIXES = {".png", ".tif", ".tiff", ".bmp", ".jpg", ".jpeg", ".pgm"}
FAULTS = {"", "disconnect", "wrong_transaction", "broken_hash", "malformed_json",
          "bad_signature"}
STATUSES = {"Ready", "Busy", "Not Ready", "Not Registered"}


@dataclasses.dataclass
class SimulatorState:
    """What the control endpoint can change."""

    status: str = "Ready"
    delay_s: float = 0.0
    quality: int | None = None
    error_code: int = 0
    fault: str = ""


# synthetic subjects of this process: a random start, so a restarted kiosk meets new people too
_SUBJECTS = itertools.count(secrets.randbelow(1_000_000) * 16 + 1)
_SUBJECTS_LOCK = threading.Lock()


def next_subject() -> int:
    """A synthetic subject (applicant) number not used before in this process; with
    ``KIOSK_SIM_SUBJECTS`` (comma-separated numbers) the listed subjects in turn, for
    reproducible training sessions and tests (a random subject's finger falls below the
    quality threshold now and then, as real ones do)."""
    with _SUBJECTS_LOCK:
        listed = [int(n) for n in os.environ.get("KIOSK_SIM_SUBJECTS", "").split(",")
                  if n.strip().isdigit()]
        number = next(_SUBJECTS)
        return listed[number % len(listed)] if listed else number


class FingerSource:
    """Finger images by position: from a folder (cycled in name order) or synthetic, of
    ``subject_seed`` (a new subject when None).

    A synthetic subject's finger grows on its first capture (about 0.3 s, like a scanner
    taking its time); later impressions of it are cheap.
    """

    def __init__(self, folder: Path | None = None, subject_seed: int | None = None) -> None:
        self.files = sorted(p for p in folder.iterdir()
                            if p.suffix.lower() in IMAGE_SUFFIXES) if folder else []
        if folder and not self.files:
            raise ValueError(f"no finger images ({', '.join(sorted(IMAGE_SUFFIXES))}) in {folder}")
        self.subject_seed = next_subject() if subject_seed is None else subject_seed
        self._count = 0
        self._served = 0

    def seed(self, finger: Finger) -> int:
        """The synthetic finger's seed for this subject."""
        return self.subject_seed * 100 + int(finger)

    def new_subject(self) -> int:
        """Switch to the fingers of a new applicant (unless none of the current subject's were
        served yet); returns the subject number."""
        if self._served:
            self.subject_seed, self._served = next_subject(), 0
        return self.subject_seed

    def image(self, finger: Finger) -> np.ndarray:
        self._count += 1
        self._served += 1
        if self.files:
            path = self.files[(int(finger) - 1) % len(self.files)]
            try:
                data = read_image_file(path)
            except InputError as exc:
                raise ValueError(f"cannot read finger image {path}: {exc}") from None
            image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
            if image is None:
                raise ValueError(f"cannot read finger image {path}")
            return image
        return synthetic.capture(self.seed(finger), self._count)


_NFIQ2_LOCK = threading.Lock()
_nfiq2_extractor: Any = None  # made once (NFIQ2's models take about 0.6 s), used under the lock


def nfiq2_score(image: np.ndarray) -> int:
    """NFIQ 2.0 score (0-100) with NIST's implementation; 0 when it cannot compute one."""
    global _nfiq2_extractor
    import nbis

    _ok, png = cv2.imencode(".png", image)
    with _NFIQ2_LOCK:
        try:
            if _nfiq2_extractor is None:
                _nfiq2_extractor = nbis.new_nbis_extractor(nbis.NbisExtractorSettings(
                    min_quality=0.0, get_center=False, check_fingerprint=False,
                    compute_nfiq2=True, ppi=500.0))
            return int(_nfiq2_extractor.extract_minutiae(png.tobytes()).quality().score)
        except Exception:  # NFIQ2 refuses some inputs (e.g. blurred): quality 0
            return 0


class SbiSimulator:
    """Start with ``SbiSimulator(port=0).start()`` (0 = a free port); ``stop()`` joins all."""

    def __init__(self, port: int = 0, images: Path | None = None, *, serial: str = "SIM0001",
                 host: str = "127.0.0.1") -> None:
        self.state = SimulatorState()
        self.serial = serial
        self.signer = DeviceSigner(f"Kiosk SBI simulator {serial}")
        self.capture_lock = threading.Lock()
        self.stopping = threading.Event()
        self.captures = 0
        self.clock: Callable[[], float] = time.monotonic  # RCAPTURE's timeout is counted on it
        handler = type("Handler", (_Handler,), {"sim": self})
        self._server = _Server((host, port), handler)
        self._server.daemon_threads = True
        self._server.block_on_close = True
        self._thread: Spawned | None = None
        self.fingers = FingerSource(images)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> SbiSimulator:
        self._thread = spawn(self._server.serve_forever, 0.1, name=f"sbi-sim-{self.port}")
        return self

    def stop(self) -> None:
        """Stop serving, end streams and pending delays, close the socket, join threads."""
        self.stopping.set()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
        self._server.server_close()

    def __enter__(self) -> SbiSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def control(self, **changes: Any) -> SimulatorState:
        """Change the state in-process (the HTTP control endpoint calls this too)."""
        for key, value in changes.items():
            if not hasattr(self.state, key):
                raise ValueError(f"unknown control {key!r}")
            if key == "status" and value not in STATUSES:
                raise ValueError(f"status must be one of {sorted(STATUSES)}")
            if key == "fault" and value not in FAULTS:
                raise ValueError(f"fault must be one of {sorted(FAULTS)}")
            setattr(self.state, key, value)
        return self.state

    # --- answers -------------------------------------------------------------------------

    def digital_id(self) -> dict[str, Any]:
        return {"serialNo": self.serial, "make": "Kiosk", "model": "SIM-SLAP",
                "type": "Finger", "deviceSubType": "Slap", "deviceProvider": "Kiosk",
                "deviceProviderId": "KIOSK.SIM", "dateTime": _now()}

    def device_fields(self) -> dict[str, Any]:
        return {"deviceId": self.serial, "deviceStatus": self.state.status,
                "certification": "L0", "serviceVersion": "0.9.5",
                "deviceSubId": [1, 2, 3], "callbackId": f"http://127.0.0.1:{self.port}/",
                "digitalId": b64url_encode(json.dumps(self.digital_id()).encode()),
                "deviceCode": self.serial, "specVersion": [protocol.SPEC_VERSION],
                "purpose": "Registration", "error": _error(0)}

    def discover(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        wanted = str(body.get("type", "Biometric Device"))
        if wanted not in ("Finger", "Biometric Device"):
            return []
        return [self.device_fields()]

    def info(self) -> list[dict[str, Any]]:
        fields = dict(self.device_fields(), firmware="sim-1.0", env="Developer")
        return [{"deviceInfo": self.signer.sign(fields), "error": _error(0)}]

    def capture(self, request: dict[str, Any]) -> dict[str, Any]:
        """The RCAPTURE answer for one request (the caller holds ``capture_lock``)."""
        arrived = self.clock()  # a device's timeout counts from the request, work included
        state = self.state
        if state.status != "Ready":
            code = {"Busy": 111, "Not Registered": 100}.get(state.status, 110)
            return _failed(code)
        transaction = str(request.get("transactionId", ""))
        bios = request.get("bio") or []
        if not protocol.TRANSACTION_ID.match(transaction):
            return _failed(112)
        if not bios or not isinstance(bios[0], dict):
            return _failed(109, "no bio entry in the request")
        bio = bios[0]
        try:
            segment = Segment(int(bio.get("deviceSubId", 0)))
            missing = tuple(Finger.from_sbi_name(n) for n in bio.get("exception") or [])
            chosen = tuple(Finger.from_sbi_name(n) for n in bio.get("bioSubType") or []
                           if n != "UNKNOWN")
            fingers = protocol.requested_fingers(segment, missing, chosen)
        except (ValueError, TypeError) as exc:
            return _failed(109, str(exc))
        if int(bio.get("count", len(fingers))) != len(fingers) or not fingers:
            return _failed(109)
        timeout_s = max(0.0, float(request.get("timeout", 10000)) / 1000.0)
        deadline = arrived + timeout_s
        if state.delay_s and self.stopping.wait(min(state.delay_s, timeout_s + 5)):
            return _failed(110, "device shutting down")
        if state.error_code:
            return _failed(state.error_code)
        self.captures += 1
        try:
            requested = int(bio.get("requestedScore") or 0)
        except (TypeError, ValueError):
            return _failed(109, "requestedScore is not a number")
        previous = str(bio.get("previousHash") or "")
        if not previous:  # a new session on the client's side: the next applicant
            self.fingers.new_subject()
        shots = [self._best_shot(finger, requested) for finger in fingers]
        biometrics = []
        for number, (finger, (image, quality)) in enumerate(zip(fingers, shots, strict=True)):
            record = iso19794_4.build(image, int(finger), quality=quality)
            payload = {
                "digitalId": self.signer.sign(self.digital_id()),
                "deviceCode": self.serial, "deviceServiceVersion": "0.9.5",
                "bioType": "Finger", "bioSubType": finger.sbi_name, "purpose": "Registration",
                "env": request.get("env", "Developer"), "bioValue": b64url_encode(record),
                "transactionId": transaction + ("X" if state.fault == "wrong_transaction"
                                                else ""),
                "timestamp": _now(), "requestedScore": bio.get("requestedScore", 0),
                "qualityScore": quality}
            data = self.signer.sign(payload)
            if state.fault == "bad_signature":
                data = data[:-4] + ("AAAA" if not data.endswith("AAAA") else "BBBB")
            digest = chain_hash(previous, record)
            previous = digest
            if state.fault == "broken_hash" and number == len(fingers) - 1:
                digest = "0" * 64
            biometrics.append({"specVersion": protocol.SPEC_VERSION, "data": data,
                               "hash": digest, "error": _error(0)})
        # like a real device: below the requested score it keeps trying until the timeout,
        # then sends the best frames. The timeout counts from the request: the impressions'
        # NFIQ2 and the signed records are part of it (waiting the whole timeout after them
        # answered past the client's grace under load: a DeviceTimeout for a slap given)
        if min(q for _, q in shots) < requested and self.stopping.wait(
                max(0.0, deadline - self.clock())):
            return _failed(110, "device shutting down")
        return {"biometrics": biometrics}

    def _best_shot(self, finger: Finger, requested: int) -> tuple[np.ndarray, int]:
        """Up to three impressions until one reaches ``requested``; the best one wins."""
        best: tuple[np.ndarray, int] | None = None
        for _ in range(3 if self.state.quality is None else 1):
            image = self.fingers.image(finger)
            quality = self.state.quality if self.state.quality is not None else (
                nfiq2_score(image))
            if best is None or quality > best[1]:
                best = (image, quality)
            if quality >= requested:
                break
        assert best is not None
        return best

    def preview_jpeg(self, frame: int) -> bytes:
        """A live-view frame: a grey fingertip outline that fills as time passes."""
        image = np.full((240, 320), 230, np.uint8)
        cv2.putText(image, f"SIM {frame}", (10, 230), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (60,), 1)
        cv2.ellipse(image, (160, 120), (60 + frame % 20, 90), 0, 0, 360, (80,), 2)
        return cv2.imencode(".jpg", image)[1].tobytes()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _error(code: int, info: str = "") -> dict[str, str]:
    return {"errorCode": str(code), "errorInfo": info or protocol.ERROR_TEXT.get(code, "error")}


def _failed(code: int, info: str = "") -> dict[str, Any]:
    return {"biometrics": [{"specVersion": protocol.SPEC_VERSION, "data": "", "hash": "",
                            "error": _error(code, info)}]}


class _Server(http.server.ThreadingHTTPServer):
    def server_bind(self) -> None:
        """Bind without ``HTTPServer``'s ``socket.getfqdn``: a reverse DNS lookup of the
        loopback address (slow with a bad resolver) and, the first time, the idna codec's
        import compiled holding the GIL while the desk's UI thread waited."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # a client that gave up (timeout, closed scanner) is normal for a device: no traceback
        log.debug("sbi-sim: connection from %s ended abnormally", client_address, exc_info=True)


class _Handler(http.server.BaseHTTPRequestHandler):
    sim: SbiSimulator
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # no request logging to stderr
        log.debug("sbi-sim %s", format % args)

    def _body(self) -> dict[str, Any] | None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b"{}"
        try:
            value = json.loads(raw or b"{}")
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def _send(self, value: Any, status: int = 200) -> None:
        body = value if isinstance(value, bytes) else json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def do_MOSIPDISC(self) -> None:
        body = self._body()
        self._send(self.sim.discover(body or {}))

    def do_MOSIPDINFO(self) -> None:
        self._body()
        self._send(self.sim.info())

    def do_RCAPTURE(self) -> None:
        body = self._body()
        if body is None:
            self._send(_failed(109, "request is not JSON"))
            return
        if not self.sim.capture_lock.acquire(blocking=False):
            self._send(_failed(111))
            return
        try:
            if self.sim.state.fault == "disconnect":
                time.sleep(0.2)
                self.close_connection = True
                self.connection.shutdown(2)  # drop the connection without an answer
                return
            answer = self.sim.capture(body)
        finally:
            self.sim.capture_lock.release()
        if self.sim.state.fault == "malformed_json":
            self._send(json.dumps(answer).encode()[:-7] + b"<oops>")
            return
        self._send(answer)

    def do_STREAM(self) -> None:
        body = self._body() or {}
        limit = time.monotonic() + min(60.0, float(body.get("timeout", 10000)) / 1000.0)
        self.send_response(200)
        self.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        frame = 0
        try:
            while time.monotonic() < limit and not self.sim.stopping.is_set():
                jpeg = self.sim.preview_jpeg(frame)
                self.wfile.write(b"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: "
                                 + str(len(jpeg)).encode() + b"\r\n\r\n" + jpeg + b"\r\n")
                self.wfile.flush()
                frame += 1
                if self.sim.stopping.wait(0.1):
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_POST(self) -> None:
        if self.path.rstrip("/") != "/control":
            self._send({"error": "unknown path"}, 404)
            return
        body = self._body()
        if body is None:
            self._send({"error": "body must be a JSON object"}, 400)
            return
        try:
            state = self.sim.control(**body)
        except ValueError as exc:
            self._send({"error": str(exc)}, 400)
            return
        self._send(dataclasses.asdict(state))

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/control":
            self._send(dataclasses.asdict(self.sim.state))
        else:
            self._send({"error": "unknown path"}, 404)
