"""The one place that calls nbis-py (NIST mindtct, NFIQ2 and bozorth3 behind a Rust binding).

Thread safety: the binding releases the GIL (two threads extract 1.9x faster than one here)
and a 4-thread stress test (3 x 16 extractions + 240 comparisons) gave results identical to a
serial run, but NBIS's C code (mindtct, bozorth3's ``bz_*``) is known to keep static state and
nbis-py documents no guarantee. Every call therefore goes through one process-wide lock: the
kiosk has one scanner, so nothing is lost, and callers may use any thread.
"""

from __future__ import annotations

import threading

import nbis

from kiosk.biometrics.fingers import nbis_bytes
from kiosk.biometrics.fingers.errors import UnreadableImage

nbis_bytes.install()  # image bytes to NBIS in one C copy, not a Python loop holding the GIL

_LOCK = threading.Lock()
_EXTRACTORS: dict[bool, nbis.NbisExtractor] = {}

Nfiq2ComputeFailed = nbis.NbisError.Nfiq2ComputeFailed
NbisError = nbis.NbisError


def _extractor(with_nfiq2: bool) -> nbis.NbisExtractor:
    extractor = _EXTRACTORS.get(with_nfiq2)
    if extractor is None:
        settings = nbis.NbisExtractorSettings(
            min_quality=0.0, get_center=False, check_fingerprint=False,
            compute_nfiq2=with_nfiq2, ppi=None)
        extractor = _EXTRACTORS[with_nfiq2] = nbis.new_nbis_extractor(settings)
    return extractor


def prepare() -> None:
    """Make both extractors now (about 0.6 s: NFIQ2's models; the binding releases the GIL),
    off the UI thread at start-up, so that the first capture does not pay for it."""
    with _LOCK:
        _extractor(True)
        _extractor(False)


def extract(image: bytes, *, with_nfiq2: bool) -> nbis.Minutiae:
    """mindtct minutiae (and NFIQ2 when asked) of a 500 ppi image file (PNG, BMP...).

    Raises ``Nfiq2ComputeFailed`` when NFIQ2 cannot be computed (blank or blurred image) and
    :class:`UnreadableImage` when the bytes are not an image nbis-py can load.
    """
    with _LOCK:
        try:
            return _extractor(with_nfiq2).extract_minutiae(image)
        except NbisError.ImageLoadError:
            raise UnreadableImage("the fingerprint image could not be loaded by NBIS") from None


def compare(probe: nbis.Minutiae, gallery: nbis.Minutiae) -> int:
    """bozorth3 similarity score (0 and up; higher is more similar)."""
    with _LOCK:
        return int(probe.compare(gallery))


def load_iso_template(data: bytes) -> nbis.Minutiae:
    """Minutiae from an ISO/IEC 19794-2:2005 template made by :meth:`to_iso`."""
    with _LOCK:
        try:
            return _extractor(False).load_iso_19794_2_2005(data)
        except NbisError as exc:
            raise UnreadableImage(f"not a valid ISO/IEC 19794-2 template ({exc!r})") from None


def to_iso(minutiae: nbis.Minutiae) -> bytes:
    """The minutiae as an ISO/IEC 19794-2:2005 template."""
    with _LOCK:
        return bytes(minutiae.to_iso_19794_2_2005())
