"""Check thresholds as one typed value, read from the ``face.*`` options (kiosk/options.py)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from kiosk.options import OPTIONS, Settings, load_settings


@dataclass(frozen=True)
class FaceThresholds:
    """Every face check threshold; defaults and their justification live in kiosk/options.py."""

    min_eye_distance_px: float
    max_crop_outside: float
    min_silhouette_width: float
    max_yaw_deg: float
    max_pitch_deg: float
    max_roll_deg: float
    max_gaze_offset: float
    min_eye_openness: float
    max_mouth_opening: float
    max_smile: float
    min_sharpness: float
    min_face_brightness: float
    max_face_brightness: float
    min_dynamic_range: float
    max_light_asymmetry: float
    max_background_variation: float
    min_background_brightness: float
    max_glare_fraction: float
    max_hand_overlap: float

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> FaceThresholds:
        """Read the thresholds from settings (the configured ones when None)."""
        settings = load_settings() if settings is None else settings
        return cls(**{f.name: float(settings["face." + f.name]) for f in fields(cls)})

    @classmethod
    def defaults(cls) -> FaceThresholds:
        """The declared defaults, without reading any configuration file."""
        return cls(**{f.name: float(OPTIONS["face." + f.name].default) for f in fields(cls)})
