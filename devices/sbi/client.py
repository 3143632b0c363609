"""A MOSIP SBI 0.9.5 client: discovery over a port range, device info, RCAPTURE with full
answer validation, and STREAM preview. Blocking calls; :mod:`devices.sbi.scanner` runs them on
the device thread.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import errno
import http.client
import json
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from cryptography import x509

from devices.errors import (
    DeviceDisconnected,
    DeviceError,
    DeviceNotFound,
    DeviceProtocolError,
    DeviceTimeout,
)
from devices.ports import Finger, FingerCapture, FingerprintResult, ScannerInfo, Segment
from devices.sbi import iso19794_4, protocol
from devices.sbi.security import b64url_decode, chain_hash, verify_jws


class SbiClient:
    """Talks SBI to devices on ``host``. ``ca`` (the device CA) makes devices *verified*."""

    def __init__(self, host: str = "127.0.0.1", ca: x509.Certificate | None = None,
                 call_timeout_s: float = 5.0) -> None:
        self.host = host
        self.ca = ca
        self.call_timeout_s = call_timeout_s
        self._active: set[http.client.HTTPConnection] = set()
        self._lock = threading.Lock()
        self._aborted = False

    # --- transport -------------------------------------------------------------------------

    def _call(self, port: int, method: str, path: str, body: dict[str, Any],
              timeout_s: float) -> Any:
        conn = http.client.HTTPConnection(self.host, port, timeout=timeout_s)
        where = f"SBI device on {self.host}:{port}"
        try:
            conn.connect()
            with self._lock:
                if self._aborted:
                    raise DeviceDisconnected(f"{where}: the scanner was closed", port=port)
                self._active.add(conn)
            conn.request(method, path, json.dumps(body).encode(),
                         {"Content-Type": "application/json"})
            response = conn.getresponse()
            raw = response.read()
        except ConnectionRefusedError:
            raise DeviceNotFound(f"no {where.replace('device', 'service')} (refused)",
                                 port=port) from None
        except TimeoutError:
            raise DeviceTimeout(f"{where} did not answer {method} within {timeout_s:.1f} s",
                                port=port) from None
        except (http.client.RemoteDisconnected, http.client.IncompleteRead,
                ConnectionError, OSError) as exc:
            raise DeviceDisconnected(f"{where} dropped the connection during {method}: "
                                     f"{type(exc).__name__}", port=port) from None
        finally:
            with self._lock:
                self._active.discard(conn)
            conn.close()
        if response.status != 200:
            raise DeviceProtocolError(f"{where} answered {method} with HTTP {response.status}")
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise DeviceProtocolError(f"{where} answered {method} with malformed JSON "
                                      f"({len(raw)} bytes)", port=port) from None

    def abort(self) -> None:
        """Break every call in progress and refuse new ones (used when the device closes)."""
        with self._lock:
            self._aborted = True
            active = list(self._active)
        for conn in active:
            if conn.sock is not None:
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)

    # --- discovery -------------------------------------------------------------------------

    def listening(self, ports: Iterable[int], timeout_s: float) -> list[int]:
        """Ports accepting a TCP connection, found with non-blocking connects all at once."""
        found: list[int] = []
        ports = list(ports)
        for start in range(0, len(ports), 256):  # stay well below the descriptor limit
            found += self._connect_batch(ports[start:start + 256], timeout_s)
        return found

    def _connect_batch(self, ports: list[int], timeout_s: float) -> list[int]:
        pending: dict[socket.socket, int] = {}
        found: list[int] = []
        with selectors.DefaultSelector() as selector:
            try:
                for port in ports:
                    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    sock.setblocking(False)
                    pending[sock] = port
                    if sock.connect_ex((self.host, port)) in (0, errno.EINPROGRESS):
                        selector.register(sock, selectors.EVENT_WRITE)
                deadline = time.monotonic() + timeout_s
                while selector.get_map() and (left := deadline - time.monotonic()) > 0:
                    for key, _ in selector.select(left):
                        ready = key.fileobj
                        assert isinstance(ready, socket.socket)
                        sock = ready
                        selector.unregister(sock)
                        if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                            found.append(pending[sock])
            finally:
                for sock in pending:
                    sock.close()
        return sorted(found)

    def probe(self, port: int, timeout_s: float) -> list[ScannerInfo]:
        """Finger devices on one listening port (MOSIPDISC); [] when it is no SBI device."""
        try:
            answer = self._call(port, "MOSIPDISC", "/device", {"type": "Finger"}, timeout_s * 4)
        except DeviceError:
            return []
        if not isinstance(answer, list):
            return []
        return [_scanner_info(item, port) for item in answer if isinstance(item, dict)]

    def discover(self, ports: Iterable[int] = protocol.DEFAULT_PORTS,
                 timeout_s: float = 0.3) -> list[ScannerInfo]:
        """All finger devices in ``ports`` in port order: every port is connected to at once,
        then the listening ones are asked MOSIPDISC concurrently (``4 * timeout_s`` each)."""
        open_ports = self.listening(ports, timeout_s)
        if not open_ports:
            return []
        with concurrent.futures.ThreadPoolExecutor(min(16, len(open_ports)),
                                                   thread_name_prefix="sbi-scan") as pool:
            found = pool.map(lambda p: self.probe(p, timeout_s), open_ports)
            return [info for per_port in found for info in per_port]

    def info(self, port: int) -> tuple[dict[str, Any], bool]:
        """MOSIPDINFO: the signed device info payload and whether the device is verified."""
        answer = self._call(port, "MOSIPDINFO", "/info", {}, self.call_timeout_s)
        if not isinstance(answer, list) or not answer or not isinstance(answer[0], dict):
            raise DeviceProtocolError(f"device info on port {port} is not a non-empty list")
        _raise_for_error(answer[0].get("error"), port)
        signed = verify_jws(answer[0].get("deviceInfo", ""), self.ca)
        return signed.payload, signed.verified

    # --- capture ---------------------------------------------------------------------------

    def rcapture(self, port: int, device_id: str, segment: Segment, *,
                 exceptions: tuple[Finger, ...] = (), fingers: tuple[Finger, ...] = (),
                 requested_score: int = 40, timeout_s: float = 60.0, grace_s: float = 5.0,
                 previous_hash: str = "", transaction_id: str | None = None,
                 ) -> FingerprintResult:
        """One registration capture of ``segment`` (optionally single ``fingers``)."""
        wanted = protocol.requested_fingers(segment, exceptions, fingers)
        transaction = transaction_id or protocol.new_transaction_id()
        request = {
            "env": "Developer", "purpose": "Registration", "specVersion": protocol.SPEC_VERSION,
            "timeout": int(timeout_s * 1000), "transactionId": transaction,
            "captureTime": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "bio": [{"type": "Finger", "count": len(wanted),
                     "bioSubType": [f.sbi_name for f in fingers] or None,
                     "exception": [f.sbi_name for f in exceptions],
                     "requestedScore": requested_score, "deviceId": device_id,
                     "deviceSubId": str(int(segment)), "previousHash": previous_hash}],
            "customOpts": None}
        answer = self._call(port, "RCAPTURE", "/capture", request, timeout_s + grace_s)
        result = validate_capture(answer, transaction, previous_hash, self.ca, port, device_id)
        warnings = list(result.warnings)
        got = [f.position for f in result.fingers]
        if sorted(got) != sorted(wanted):
            warnings.append("device returned " + ", ".join(f.name for f in got)
                            + "; asked for " + ", ".join(f.name for f in wanted))
        warnings += [f"{f.position.name} quality {f.quality} is below the requested "
                     f"{requested_score}" for f in result.fingers if f.quality < requested_score]
        return dataclasses.replace(result, warnings=tuple(warnings))

    def stream(self, port: int, device_id: str, segment: Segment,
               on_frame: Callable[[bytes], None], stop: threading.Event,
               timeout_s: float = 60.0) -> int:
        """Read STREAM preview JPEGs into ``on_frame`` until ``stop`` is set; frame count."""
        conn = http.client.HTTPConnection(self.host, port, timeout=2.0)
        count = 0
        try:
            body = {"deviceId": device_id, "deviceSubId": int(segment),
                    "timeout": int(timeout_s * 1000)}
            conn.request("STREAM", "/stream", json.dumps(body).encode())
            response = conn.getresponse()
            if response.status != 200:
                return 0
            while not stop.is_set():
                jpeg = _next_part(response)
                if jpeg is None:
                    break
                count += 1
                on_frame(jpeg)
        except (OSError, http.client.HTTPException):
            pass
        finally:
            conn.close()
        return count


def _next_part(response: http.client.HTTPResponse) -> bytes | None:
    length = None
    while True:
        line = response.fp.readline(1024) if response.fp else b""
        if not line:
            return None
        text = line.strip().lower()
        if text.startswith(b"content-length:"):
            length = int(text.split(b":", 1)[1])
        elif not text and length is not None:
            data = response.fp.read(length) if response.fp else b""
            return data if len(data) == length else None


def _scanner_info(item: dict[str, Any], port: int) -> ScannerInfo:
    make = model = serial = ""
    digital = item.get("digitalId")
    if isinstance(digital, str) and digital:
        try:
            fields = (verify_jws(digital).payload if digital.count(".") == 2
                      else json.loads(b64url_decode(digital)))
            make, model = str(fields.get("make", "")), str(fields.get("model", ""))
            serial = str(fields.get("serialNo", ""))
        except (DeviceError, ValueError, AttributeError):
            pass
    sub_ids = tuple(int(s) for s in item.get("deviceSubId") or [] if str(s).isdigit())
    return ScannerInfo(str(item.get("deviceId", "")), str(item.get("deviceStatus", "")), port,
                       make, model, serial, sub_ids, str(item.get("purpose", "")),
                       tuple(str(v) for v in item.get("specVersion") or []))


def _raise_for_error(error: Any, port: int) -> None:
    if not isinstance(error, dict):
        return
    try:
        code = int(error.get("errorCode", 0))
    except (TypeError, ValueError):
        raise DeviceProtocolError(f"device on port {port} sent error code "
                                  f"{error.get('errorCode')!r}") from None
    if code:
        raise protocol.error_for(code, str(error.get("errorInfo", "")), port)


def validate_capture(answer: Any, transaction: str, previous_hash: str,
                     ca: x509.Certificate | None, port: int, device_id: str,
                     ) -> FingerprintResult:
    """Check an RCAPTURE answer (errors, signatures, transaction echo, hash chain, records)."""
    if not isinstance(answer, dict) or not isinstance(answer.get("biometrics"), list):
        raise DeviceProtocolError(f"capture answer on port {port} has no 'biometrics' list")
    entries = answer["biometrics"]
    if not entries:
        raise DeviceProtocolError(f"capture answer on port {port} holds no finger")
    captures = []
    verified = True
    chain = previous_hash
    for number, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise DeviceProtocolError(f"biometrics[{number}] is not an object")
        _raise_for_error(entry.get("error"), port)
        signed = verify_jws(entry.get("data", ""), ca)
        verified = verified and signed.verified
        payload = signed.payload
        if payload.get("transactionId") != transaction:
            raise DeviceProtocolError(
                f"biometrics[{number}] echoes transaction id {payload.get('transactionId')!r}, "
                f"expected {transaction!r}", message_key="device.bad_transaction")
        record = b64url_decode(payload.get("bioValue", ""))
        expected = chain_hash(chain, record)
        if str(entry.get("hash", "")).upper() != expected:
            raise DeviceProtocolError(f"biometrics[{number}] breaks the hash chain",
                                      message_key="device.bad_hash")
        chain = expected
        parsed = iso19794_4.parse(record).fingers[0]
        try:
            position = Finger(parsed.position)
        except ValueError:
            position = Finger.UNKNOWN
        quality = payload.get("qualityScore", parsed.quality or 0)
        try:
            quality = round(float(quality))
        except (TypeError, ValueError):
            raise DeviceProtocolError(f"biometrics[{number}] quality {quality!r} is not a "
                                      "number") from None
        captures.append(FingerCapture(position, parsed.decode(), parsed.ppi, quality,
                                      device_id, record))
    return FingerprintResult(transaction, tuple(captures), verified, chain)
