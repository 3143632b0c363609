"""Expected fingerprint failures, each with a stable message key for the UI."""

from __future__ import annotations

from kiosk.domain.fingers import FingerprintError


class UnreadableImage(FingerprintError):
    """An image or record that cannot be decoded (corrupt, truncated, unknown format)."""

    message_key = "finger.unreadable"


class SegmentationFailed(FingerprintError):
    """A slap image did not split into the expected number of fingertips."""

    message_key = "finger.segmentation_failed"
