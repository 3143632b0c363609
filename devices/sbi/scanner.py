"""The FingerprintScanner port over SBI: a real device service, or the in-process simulator."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path

from cryptography import x509

from devices.errors import DeviceBusy, DeviceNotFound, DeviceNotReady
from devices.ports import Finger, FingerprintResult, ScannerInfo, Segment
from devices.sbi import protocol
from devices.sbi.client import SbiClient
from devices.sbi.security import load_ca
from devices.worker import DeviceWorker


class SbiScanner:
    """Finds an SBI finger device in ``ports`` (or uses ``port``) and captures through it.

    Every device call runs on this scanner's own thread; the STREAM preview, when asked for,
    runs on a helper thread that ends with its capture.
    """

    def __init__(self, ports: Iterable[int] = protocol.DEFAULT_PORTS, *,
                 port: int | None = None, ca_path: str | Path = "",
                 discovery_timeout_s: float = 0.3, capture_timeout_s: float = 60.0,
                 requested_score: int = 40) -> None:
        self.ports = [port] if port else list(ports)
        ca: x509.Certificate | None = load_ca(ca_path) if ca_path else None
        self.client = SbiClient(ca=ca)
        self.discovery_timeout_s = discovery_timeout_s
        self.capture_timeout_s = capture_timeout_s
        self.requested_score = requested_score
        self.device: ScannerInfo | None = None
        self.verified = False
        self.last_hash = ""
        self._worker = DeviceWorker("sbi")

    def open(self) -> Future[ScannerInfo]:
        """Discover and pick the first finger device; DeviceNotFound when there is none."""
        return self._worker.submit(self._open)

    def _open(self) -> ScannerInfo:
        found = self.client.discover(self.ports, self.discovery_timeout_s)
        if not found:
            span = (f"port {self.ports[0]}" if len(self.ports) == 1
                    else f"ports {self.ports[0]}-{self.ports[-1]}")
            raise DeviceNotFound(f"no SBI fingerprint device on 127.0.0.1 {span}")
        ready = [d for d in found if d.status == "Ready"]
        self.device = (ready or found)[0]
        _, self.verified = self.client.info(self.device.port)
        return self.device

    def capture(self, segment: Segment, *, exceptions: tuple[Finger, ...] = (),
                fingers: tuple[Finger, ...] = (), requested_score: int | None = None,
                timeout_s: float | None = None, grace_s: float = 5.0,
                preview: Callable[[bytes], None] | None = None) -> Future[FingerprintResult]:
        """RCAPTURE one segment (or single fingers of it) on the device thread."""
        return self._worker.submit(self._capture, segment, exceptions, fingers,
                                   requested_score, timeout_s, grace_s, preview)

    def _capture(self, segment: Segment, exceptions: tuple[Finger, ...],
                 fingers: tuple[Finger, ...], requested_score: int | None,
                 timeout_s: float | None, grace_s: float,
                 preview: Callable[[bytes], None] | None) -> FingerprintResult:
        device = self.device or self._open()  # its status is a snapshot: RCAPTURE decides
        timeout = self.capture_timeout_s if timeout_s is None else timeout_s
        stop = threading.Event()
        streamer = None
        if preview is not None:
            streamer = threading.Thread(
                target=self.client.stream, name="sbi-stream", daemon=True,
                args=(device.port, device.device_id, segment, preview, stop, timeout))
            streamer.start()
        try:
            result = self.client.rcapture(
                device.port, device.device_id, segment, exceptions=exceptions,
                fingers=fingers, timeout_s=timeout, grace_s=grace_s,
                requested_score=self.requested_score if requested_score is None
                else requested_score, previous_hash=self.last_hash)
        except (DeviceNotReady, DeviceBusy, DeviceNotFound):
            self.device = None  # discover again next time (it may have moved or recovered)
            raise
        finally:
            stop.set()
            if streamer is not None:
                streamer.join(3)
        self.last_hash = result.last_hash
        return result

    def close(self) -> None:
        """Abort a capture in progress and join the device thread."""
        self.client.abort()
        self._worker.close()


class SimulatedScanner(SbiScanner):
    """The demo scanner: the SBI simulator on a free local port, driven by the real client."""

    def __init__(self, images: Path | None = None, **kwargs: object) -> None:
        from devices.sbi.simulator import SbiSimulator

        self.simulator = SbiSimulator(0, images).start()
        super().__init__(port=self.simulator.port, **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        super().close()
        self.simulator.stop()
