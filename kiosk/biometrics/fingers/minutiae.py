"""Minutiae templates (NIST mindtct) that bozorth3 compares; exportable as ISO/IEC 19794-2."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from kiosk.biometrics.fingers import engine, mcc


@dataclass(frozen=True, eq=False)
class Minutia:
    """One minutia: position in pixels, direction in degrees, 'ending' or 'bifurcation'."""

    x: int
    y: int
    angle: float
    kind: str
    reliability: float


@dataclass(frozen=True, eq=False)
class FingerTemplate:
    """The minutiae of one 500 ppi finger image (an opaque nbis object plus its count)."""

    native: Any
    count: int

    def minutiae(self) -> list[Minutia]:
        """The minutiae as plain values (never log them: they are biometric data)."""
        kinds = {1: "ending", 2: "bifurcation"}
        return [Minutia(m.x(), m.y(), float(m.angle()), kinds.get(m.kind().value, "other"),
                        float(m.reliability())) for m in self.native.get()]

    @cached_property
    def cylinders(self) -> mcc.Cylinders:
        """The MCC local structures of these minutiae (built once, on first use)."""
        points = self.minutiae()
        return mcc.cylinders([m.x for m in points], [m.y for m in points],
                             [m.angle for m in points])

    def to_iso(self) -> bytes:
        """ISO/IEC 19794-2:2005 finger minutiae record."""
        return engine.to_iso(self.native)

    @classmethod
    def from_iso(cls, data: bytes) -> FingerTemplate:
        """A template back from :meth:`to_iso` bytes."""
        native = engine.load_iso_template(data)
        return cls(native, len(native.get()))

    @classmethod
    def from_native(cls, native: Any) -> FingerTemplate:
        return cls(native, len(native.get()))
