"""Every configuration option, declared once with its type, default and description.

Values come from, in rising priority: the defaults below, the TOML file
(``$KIOSK_CONFIG`` or ``<user config dir>/kiosk/kiosk.toml``), then environment variables
named ``KIOSK_<KEY>`` with dots as underscores (``storage.data_dir`` -> ``KIOSK_STORAGE_DATA_DIR``).
An unknown key or a value of the wrong type raises :class:`ConfigError` naming the key.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from kiosk.config_toml import ConfigError, flatten, parse_toml
from kiosk.domain.errors import KioskError
from kiosk.languages import CODES
from kiosk.option_values import CONVERTERS

APP_NAME = "kiosk"


@dataclass(frozen=True)
class Option:
    """One typed option. ``kind`` is one of str, int, float, bool, path, choice, zone, shifts, list
    (of ``choices``; comma-separated in an environment variable)."""

    key: str
    kind: str
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    @property
    def env_name(self) -> str:
        return "KIOSK_" + self.key.upper().replace(".", "_")

    def expected(self) -> str:
        """A short phrase naming what the option accepts, for error messages."""
        if self.kind == "choice":
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.kind == "list":
            return "a list of " + ", ".join(repr(c) for c in self.choices)
        names = {
            "str": "a string", "int": "an integer", "float": "a finite number",
            "bool": "true or false",
            "path": "a file system path",
            "zone": "an IANA time zone such as 'Asia/Ho_Chi_Minh'",
            "shifts": "comma-separated HH:MM-HH:MM periods such as '07:30-12:00,12:00-17:00'",
        }
        text = names[self.kind]
        if self.minimum is not None and self.maximum is not None:
            text += f" from {self.minimum:g} to {self.maximum:g}"
        elif self.minimum is not None:
            text += f" of at least {self.minimum:g}"
        return text

    def convert(self, raw: Any, *, from_text: bool, look_up_zone: bool = True) -> Any:
        """Check and convert ``raw``; ``from_text`` allows strings for non-string kinds (env);
        ``look_up_zone=False`` leaves a zone's name unchecked in the time zone database."""
        value = CONVERTERS[self.kind](raw, from_text)
        if self.kind == "choice" and value not in self.choices:
            raise ValueError
        if self.kind == "list" and (not value or (self.choices
                                    and any(v not in self.choices for v in value))):
            raise ValueError
        if self.kind == "zone" and look_up_zone:
            import zoneinfo  # (with sysconfig: ~3 ms; only a configured zone is looked up)

            try:
                zoneinfo.ZoneInfo(value)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError from exc
        if self.minimum is not None and value < self.minimum:
            raise ValueError
        if self.maximum is not None and value > self.maximum:
            raise ValueError
        return value


LANGUAGES = CODES  # from resources/languages.toml

OPTIONS: dict[str, Option] = {}


def declare(key: str, kind: str, default: Any, description: str, **extra: Any) -> Option:
    """Declare an option (modules of later features call this at import time)."""
    if key in OPTIONS:
        raise RuntimeError(f"option {key!r} declared twice")
    option = Option(key, kind, default, description, **extra)
    # a bad default is a programming error (a default zone is looked up by a test, not at
    # every start: the time zone database costs the first screen ~3 ms)
    option.convert(default, from_text=False, look_up_zone=False)
    OPTIONS[key] = option
    return option


declare("station.id", "str", "", "Station identifier printed on receipts and packets; "
        "empty means 'KIOSK-' followed by the host name.")
declare("station.office", "str", "", "Name of the immigration office this station belongs to.")
declare("station.timezone", "zone", "Asia/Ho_Chi_Minh",
        "Time zone of the station; dates such as 'age on the enrollment date' use it.")
declare("storage.data_dir", "path", "",
        "Folder for the database and key file; empty means the platform's user data folder.")
declare("storage.key_backend", "choice", "auto",
        "Where the data key lives: the OS keyring, a key file only the user can read, or "
        "'auto' (a folder that has its data.key keeps it; else keyring when a real one is "
        "available, else the file).",
        choices=("auto", "keyring", "file"))
declare("storage.backup_retention_days", "float", 7.0,
        "Days a database copy made before a migration or the encryption is kept in backups/ "
        "(encrypted with the data key) before it is overwritten and deleted.",
        minimum=0, maximum=365)
declare("storage.busy_timeout_ms", "int", 5000,
        "How long a database write waits for a lock before reporting 'database busy'.",
        minimum=0, maximum=600_000)
declare("ui.language", "choice", "vi", "Language of the officer screens.", choices=LANGUAGES)
declare("ui.full_screen", "bool", False, "Start the main window full screen (kiosk mode).")
declare("log.level", "choice", "INFO",
        "Log level, for the log file (<data>/logs/kiosk.log) and the diagnostics bundle.",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"))
declare("log.file_max_kb", "int", 1024,
        "Size at which the log file is rotated (kiosk.1.log is the previous one).",
        minimum=16, maximum=1_048_576)
declare("log.file_count", "int", 5, "Rotated log files kept besides the current one.",
        minimum=1, maximum=100)

# -- accounts and sessions ----------------------------------------------------------------
declare("accounts.lockout_attempts", "int", 5,
        "Wrong passwords in a row that lock an account.", minimum=1, maximum=100)
declare("accounts.lockout_minutes", "int", 15,
        "How long a locked account stays locked.", minimum=1, maximum=24 * 60)
declare("accounts.min_password_length", "int", 10,
        "Shortest password accepted for a new or changed account.", minimum=8, maximum=128)
declare("accounts.idle_lock_minutes", "float", 5.0,
        "Minutes without input before the screen locks (work in progress is kept).",
        minimum=0.5, maximum=120)
declare("accounts.idle_warning_seconds", "int", 30,
        "Seconds of warning shown before the idle lock.", minimum=5, maximum=600)
declare("accounts.force_capture_needs_supervisor", "bool", True,
        "A forced face or fingerprint capture needs a supervisor's sign-off at the desk.")
declare("tickets.office_desk_key", "path", "",
        "The desks' office ticket key file (office-ticket-desk.pem from 'kiosk tickets "
        "keygen', mode 600): opens and verifies the pre-registration tickets of this office's "
        "guidance screen; empty: tickets cannot be read at this desk.")
declare("desk.open_receipts", "bool", True,
        "Without a printer, open the receipt PDF in the desktop's viewer after saving.")

# --- fingerprints (kiosk.biometrics.fingers) ---
declare("fingers.quality_threshold", "int", 40,
        "Lowest NFIQ 2.0 score (0-100) a single finger (and 'kiosk finger-check') needs to be "
        "accepted without force capture.", minimum=0, maximum=100)
declare("fingers.left_slap_threshold", "int", 40,
        "Lowest NFIQ 2.0 score every finger of the left slap needs.", minimum=0, maximum=100)
declare("fingers.right_slap_threshold", "int", 40,
        "Lowest NFIQ 2.0 score every finger of the right slap needs.", minimum=0, maximum=100)
declare("fingers.thumbs_threshold", "int", 40,
        "Lowest NFIQ 2.0 score both thumbs need.", minimum=0, maximum=100)
declare("fingers.max_attempts", "int", 3,
        "Capture attempts allowed per segment (left slap, right slap, thumbs); the best "
        "attempt is kept.", minimum=1, maximum=10)
declare("fingers.auto_capture", "bool", True,
        "Start each capture step (slap, thumbs or finger) as soon as it is the current one: "
        "the scanner waits for the fingers, the officer presses nothing. Off: Enter starts "
        "each step. A retry always waits for the officer.")
declare("fingers.auto_continue", "bool", True,
        "Go on to the review by itself once every step is captured and the duplicate check "
        "found no repeated finger; a flagged set always waits for the officer.")
declare("fingers.duplicate_threshold", "int", 40,
        "Same-finger score (MCC fused with bozorth3, scaled so that 40 is a false match rate "
        "of 0.1 % on the training prints) at or above which two fingers captured in one "
        "enrollment are flagged as the same finger (held-out FVC prints and hard variants: "
        "FMR 0.09 %, 5.2 % missed).", minimum=1, maximum=1000)

# --- face quality (kiosk/biometrics/face): ICAO 9303-3, ISO/IEC 19794-5, ISO/IEC 29794-5 ---
_F = "face."
declare(_F + "min_eye_distance_px", "float", 90.0,
        "Least distance between the eye centres in the output portrait, in pixels "
        "(ISO/IEC 19794-5 full frontal: 90; 120 recommended).", minimum=10)
declare(_F + "max_crop_outside", "float", 0.02,
        "How far the portrait box may stick out of the camera frame, as a fraction of its "
        "height, before the applicant is asked to move (the rim is filled by edge pixels).",
        minimum=0, maximum=0.5)
declare(_F + "min_silhouette_width", "float", 1.03,
        "Least width of the head's outline across the ears over the face mesh's width there "
        "(a camera a hand's width away hides the ears behind the cheeks: perspective "
        "distortion). Shared faces and their variants: 0.96-0.97 at 15 cm, 1.09-1.12 at "
        "60 cm, 1.17 or more on every other face; 1.03 is the middle of the gap.",
        minimum=0, maximum=2)
declare(_F + "max_yaw_deg", "float", 8.0, "Largest head turn left/right in degrees "
        "(ICAO: 5; allowance for the estimator's +-3 degree spread on frontal portraits).",
        minimum=0, maximum=90)
declare(_F + "max_pitch_deg", "float", 10.0, "Largest head nod up/down in degrees "
        "(ICAO: 5; our mesh-based pitch spreads +-5 degrees on frontal portraits).",
        minimum=0, maximum=90)
declare(_F + "max_roll_deg", "float", 8.0,
        "Largest in-plane head tilt in degrees (ISO/IEC 39794-5 / ICAO: 8).", minimum=0, maximum=90)
declare(_F + "max_gaze_offset", "float", 0.08,
        "Largest sideways offset of the irises from the eye centres, in eye widths (ICAO: "
        "eyes look at the camera; frontal portraits measure at most 0.045).",
        minimum=0, maximum=1)
declare(_F + "min_eye_openness", "float", 0.15,
        "Least eye aspect ratio (lid gap / eye width) of either eye; open eyes measure "
        "0.20-0.36, closed ones below 0.13.", minimum=0, maximum=1)
declare(_F + "max_mouth_opening", "float", 0.10,
        "Largest gap between the inner lips / mouth width (ICAO: mouth closed; closed "
        "mouths measure 0-0.02).", minimum=0, maximum=2)
declare(_F + "max_smile", "float", 0.045,
        "Largest rise of the mouth corners above the lip centre, in eye distances (ICAO: "
        "neutral expression). Calibrated on the labelled shared portraits: 17 neutral "
        "measure -0.100..0.030, 5 smiling 0.060..0.152; 0.045 is the middle of the gap "
        "(margin 0.015 each side).", minimum=0, maximum=1)
declare(_F + "min_sharpness", "float", 400.0,
        "Least Laplacian variance in the face at 64 px eye distance (ISO/IEC 29794-5 "
        "sharpness; in-focus portraits measure 1100-2500).", minimum=0)
declare(_F + "min_face_brightness", "float", 75.0,
        "Least mean grey level of the face, 0-255 (ICAO: no under-exposure).",
        minimum=0, maximum=255)
declare(_F + "max_face_brightness", "float", 210.0,
        "Largest mean grey level of the face, 0-255 (ICAO: no over-exposure).",
        minimum=0, maximum=255)
declare(_F + "min_dynamic_range", "float", 80.0,
        "Least spread (1st-99th percentile) of the face's grey levels (ISO/IEC 19794-5: "
        "at least 7 bits of intensity variation in the face).", minimum=0, maximum=255)
declare(_F + "max_light_asymmetry", "float", 0.20,
        "Largest brightness difference between the face halves / the brighter half "
        "(ICAO: even lighting, no shadow on one side).", minimum=0, maximum=1)
declare(_F + "max_background_variation", "float", 24.0,
        "Largest standard deviation of the background grey level in the portrait "
        "(ICAO: plain, uniform background).", minimum=0)
declare(_F + "min_background_brightness", "float", 90.0,
        "Least mean grey level of the background (ICAO: plain light-coloured background).",
        minimum=0, maximum=255)
declare(_F + "max_glare_fraction", "float", 0.003,
        "Largest fraction of near-white pixels where a spectacle lens covers an eye, the eye "
        "opening left out (ICAO: no reflections on glasses). Shared faces without glasses "
        "measure 0 at any size; glasses with reflections 0.003-0.011 from 56 to 28 pixels "
        "between the eyes.", minimum=0, maximum=1)
declare(_F + "max_hand_overlap", "float", 0.0,
        "Largest fraction of a detected hand's landmarks inside the portrait (ICAO: nothing "
        "covers the face and only the applicant is in the picture).", minimum=0, maximum=1)
declare(_F + "dwell_s", "float", 0.5,
        "Live capture: how long every check must pass before the picture is taken.",
        minimum=0, maximum=10)
declare(_F + "background_every_n", "int", 3,
        "Live capture: run person segmentation (background checks) and hand detection "
        "(occlusion) on every Nth frame only.",
        minimum=1, maximum=30)
declare(_F + "portrait_width_px", "int", 480,
        "Width of the output portrait (3:4); 480 gives about 120 px between the eyes.",
        minimum=120, maximum=4000)
declare(_F + "portrait_max_bytes", "int", 60_000,
        "Largest size of the portrait JPEG; the best quality that fits is chosen.",
        minimum=2000)

# --- devices: camera and fingerprint scanner (station/devices.py reads these) ---
declare("devices.camera", "str", "simulated",
        "Camera: 'simulated[:VARIANT]' (a drawn portrait, see devices.simulated_face), "
        "'file:PATH' (a video or a folder of images, e.g. your own portrait clip), "
        "'opencv:INDEX_OR_PATH' (e.g. 'opencv:0', 'opencv:/dev/video2'), or "
        "'plugin:NAME[:ARG]' for an adapter registered in the 'kiosk.devices' entry points.")
declare("devices.simulated_face", "choice", "compliant",
        "What the 'simulated' camera shows: a portrait that passes every face check (auto-"
        "capture fires), or, for training, one that fails a chosen check: eyes_closed, "
        "head_turned (yaw), head_tilted (roll), looking_away (gaze), mouth_open, too_far "
        "(eye distance), too_close (head cut by the frame's top: move back), side_light "
        "(light symmetry). 'simulated:VARIANT' as devices.camera picks one too.",
        choices=("compliant", "eyes_closed", "head_turned", "head_tilted", "looking_away",
                 "mouth_open", "too_far", "too_close", "side_light"))
declare("devices.camera_width", "int", 1280, "Camera width to ask for (0 = its default).",
        minimum=0, maximum=8192)
declare("devices.camera_height", "int", 720, "Camera height to ask for (0 = its default).",
        minimum=0, maximum=8192)
declare("devices.camera_fps", "float", 30.0, "Camera frame rate to ask for (0 = its default).",
        minimum=0, maximum=240)
declare("devices.camera_fourcc", "str", "MJPG",
        "Pixel format (FOURCC) to ask a real camera for; empty keeps the camera's choice.")
declare("devices.camera_rotation", "choice", "0",
        "Rotate camera frames clockwise by this many degrees (for cameras or clips mounted "
        "sideways).", choices=("0", "90", "180", "270"))
declare("devices.camera_loop", "bool", True, "A 'file:' camera starts again at the end.")
declare("devices.fingerprint", "str", "simulated",
        "Fingerprint scanner: 'simulated' (the built-in SBI simulator on a free local port), "
        "'sbi' (a MOSIP SBI 0.9.5 device service on this machine), or 'plugin:NAME[:ARG]'.")
declare("devices.sbi_port", "int", 0,
        "Port of the SBI device service; 0 discovers it in the port range below.",
        minimum=0, maximum=65535)
declare("devices.sbi_port_first", "int", 4501, "First port scanned for SBI devices.",
        minimum=1, maximum=65535)
declare("devices.sbi_port_last", "int", 4600, "Last port scanned for SBI devices.",
        minimum=1, maximum=65535)
declare("devices.sbi_discovery_timeout_s", "float", 1.0,
        "Connect timeout per port while discovering SBI devices (seconds).",
        minimum=0.02, maximum=10)
declare("devices.sbi_capture_timeout_s", "float", 60.0,
        "How long an SBI device may take for one capture (seconds).", minimum=1, maximum=300)
declare("devices.sbi_ca_path", "path", "",
        "PEM certificate of the device CA; devices whose signing certificate it issued are "
        "'verified'. Empty: every device is flagged unverified (still usable).")
declare("devices.fingerprint_requested_score", "int", 40,
        "Quality (0-100) the scanner is asked to reach before it captures.",
        minimum=0, maximum=100)
declare("devices.simulator_images", "path", "",
        "Folder of finger images for the simulated scanner; empty: synthetic fingerprints.")
declare("devices.document_camera", "str", "simulated",
        "Document camera over the desk, read live at the applicant step (a passport laid "
        "under it fills the form): 'off', 'simulated[:blurry|:worn]' (drawn passports, then "
        "the images of devices.document_images, in turn; 'blurry' never reads, 'worn' rubs "
        "off a name letter for the officer to confirm), 'file:PATH', "
        "'opencv:INDEX_OR_PATH' (e.g. 'opencv:/dev/video2') or 'plugin:NAME[:ARG]'.")
declare("devices.document_camera_width", "int", 1920,
        "Document camera width to ask for (0 = its default).", minimum=0, maximum=8192)
declare("devices.document_camera_height", "int", 1080,
        "Document camera height to ask for (0 = its default).", minimum=0, maximum=8192)
declare("devices.document_images", "path", "",
        "Folder of document images the simulated document camera shows after its drawn "
        "passports; empty: the shared specimens (../shared/data/documents) when present.")

# --- face capture screen (ui/screens/face.py) ---
declare("face.camera_timeout_s", "float", 5.0,
        "Face screen: how long to wait for the camera to open or send a frame before showing "
        "a device problem with a Retry button.", minimum=0.5, maximum=120)

# --- documents: MRZ reading from a document-camera image (kiosk/documents) ---
declare("documents.mrz_max_ocr_runs", "int", 8,
        "Most zone readings (candidate zone x way up, a few tens of ms each) spent on one "
        "image before giving up; bounds the wait when a picture holds no MRZ.",
        minimum=1, maximum=64)
declare("documents.mrz_try_rotations", "bool", True,
        "Also read zones lying sideways or upside down (off: only zones within 45 degrees "
        "of upright).")
declare("documents.live_confirm_frames", "int", 2,
        "Document camera: consecutive frames that must read the same valid zone before the "
        "form is filled.", minimum=2, maximum=10)
declare("documents.live_recheck_s", "float", 10.0,
        "Document camera: a view unchanged since it was read (an empty desk, a document "
        "already read, one that reads nothing) is not read again for up to this long "
        "(seconds); lower re-reads a still view sooner, at the cost of CPU.",
        minimum=0.2, maximum=120)

# --- background sync to the central service (kiosk.sync) ---
declare("sync.enabled", "bool", True, "Upload finalized enrollments in the background.")
declare("sync.url", "str", "", "Base URL of the central service (https://...); empty: offline "
        "only (packets wait in the outbox or leave by 'kiosk sync export').")
declare("sync.central_public_key", "str", "",
        "The central service's X25519 public key (base64) that packets are sealed to.")
declare("sync.central_signing_key", "str", "",
        "The central service's Ed25519 public key (base64; 'kiosk-central' prints it) that "
        "its receipts are signed with. Needed with sync.url: an answer whose receipt does not "
        "verify with it is not believed, and nothing is purged without one.")
declare("sync.max_in_flight", "int", 1, "Highest number of uploads in flight (AIMD grows to it "
        "from 1).", minimum=1, maximum=16)
declare("sync.backoff_base_seconds", "float", 1.0, "First retry delay ceiling (full jitter).",
        minimum=0.01, maximum=600)
declare("sync.backoff_cap_seconds", "float", 300.0, "Largest retry delay ceiling.",
        minimum=1, maximum=86_400)
declare("sync.pace_cap_seconds", "float", 60.0, "Longest gap between upload starts while the "
        "pacer slows this station; make it at least the number of stations sharing the central "
        "service divided by its capacity in requests per second.", minimum=1, maximum=3600)
declare("sync.connect_timeout_seconds", "float", 5.0, "TCP/TLS connect timeout.",
        minimum=0.1, maximum=120)
declare("sync.stall_timeout_seconds", "float", 30.0, "Longest wait for any byte of a response.",
        minimum=0.1, maximum=600)
declare("sync.poll_interval_seconds", "float", 60.0, "Mean interval of status polls for "
        "uploaded packets (jittered +-50 %).", minimum=0.1, maximum=3600)
declare("sync.max_days_offline", "float", 7.0,
        "Days a saved enrollment may wait on this station before leaving it (uploaded, or "
        "exported by a supervisor): a warning from 80 %, then no new enrollment until it "
        "leaves (drafts can still be finished). 0: no limit.", minimum=0, maximum=365)
declare("sync.retention_hours", "float", 24.0, "Hours the biometric payload stays on the "
        "station after the central service accepted it.", minimum=0, maximum=24 * 365)
declare("sync.demo_central", "choice", "auto", "Start the reference central service on "
        "127.0.0.1 so a demo shows sync: 'auto' only when nothing is configured (no "
        "configuration file, no station.id, sync.url and the central keys empty); 'on' "
        "whenever sync.url is empty; 'off' never. A real station never uses it.",
        choices=("auto", "on", "off"))

# Languages (issue 6): which languages pickers offer; officers switch between the first two
declare("ui.languages", "list", LANGUAGES, "Languages offered, in this order (language pickers "
        "of the applicant; the officers' sign-in switch offers those of 'vi' and 'en' enabled).",
        choices=LANGUAGES)

# --- guidance screen and kiosk lockdown (ui/guidance, ui/shell/lockdown.py, kiosk/guidance) ---
declare("ui.mode", "choice", "desk", "What this station shows: the officers' capture 'desk', or "
        "the applicants' 'guidance' screen (pre-registration tickets; also 'kiosk guidance').",
        choices=("desk", "guidance"))
declare("guidance.idle_seconds", "int", 90,
        "Guidance screen: seconds without a touch or key before it returns to the language "
        "choice and forgets everything typed.", minimum=15, maximum=3600)
declare("guidance.lockdown", "bool", True,
        "Guidance screen: full screen without decorations, closing keys ignored; leaving needs "
        "a technician's sign-in (Ctrl+Alt+Shift+T, or five taps in the top-right corner).")
declare("tickets.office_private_key", "path", "",
        "Guidance station only: the office ticket key file (office-ticket-guidance.pem from "
        "'kiosk tickets keygen DIR', mode 600) that signs pre-registration tickets and seals "
        "them to the office's desks.")

# Supervisor view: reports and deferred approvals (issue 9)
declare("reports.shifts", "shifts", "07:30-12:00,12:00-17:00,17:00-21:30",
        "Shifts of the office in station time, in order; reports count enrollments per shift.")
declare("approvals.allow_later", "bool", True,
        "The approval dialog offers 'Ask a supervisor later': the enrollment then waits in the "
        "supervisor's pending approvals list and cannot be saved before a decision.")

# --- technician console and applicant-facing display (ui/screens/technician, ui/applicant_display)
declare("ui.applicant_display", "choice", "auto",
        "Applicant-facing window (live preview and instructions in the applicant's language): "
        "'auto' full screen on a second screen when there is one, 'on' also as a window on a "
        "single screen, 'off' never.", choices=("auto", "on", "off"))
declare("receipts.printer", "str", "",
        "Printer for receipts (its system name); empty: the system's default printer.")


@dataclass(frozen=True)
class Settings:
    """Resolved option values, read-only. ``settings["station.id"]``."""

    values: Mapping[str, Any]
    source: Path | None = None
    overridden: frozenset[str] = field(default_factory=frozenset)

    def __getitem__(self, key: str) -> Any:
        if key not in OPTIONS:
            raise KeyError(f"no option named {key!r}")
        return self.values.get(key, OPTIONS[key].default)

    def replace(self, **changes: Any) -> Settings:
        """A copy with some values changed (keys use '__' for '.'), checked like the file."""
        values = dict(self.values)
        for name, raw in changes.items():
            key = name.replace("__", ".")
            values[key] = check_value(key, raw, origin="replace()", from_text=False)
        return Settings(values, self.source, self.overridden)


def default_config_path() -> Path:
    """The TOML file used when ``$KIOSK_CONFIG`` is not set."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def default_data_dir() -> Path:
    """The platform's per-user data folder for the kiosk."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir_from(settings: Settings) -> Path:
    """The configured data folder, or the platform's default."""
    configured = settings["storage.data_dir"]
    return Path(configured) if configured else default_data_dir()


def check_value(key: str, raw: Any, *, origin: str, from_text: bool) -> Any:
    option = OPTIONS.get(key)
    if option is None:
        import difflib

        hint = difflib.get_close_matches(key, OPTIONS, n=1)
        suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
        raise ConfigError(f"unknown option {key!r} in {origin}{suggestion}",
                          message_key="config.unknown_key", key=key, origin=origin)
    try:
        return option.convert(raw, from_text=from_text)
    except (ValueError, TypeError):
        raise ConfigError(
            f"option {key!r} in {origin} expects {option.expected()}, got {raw!r}",
            message_key="config.bad_value", key=key, origin=origin, expected=option.expected(),
        ) from None


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read defaults, then the TOML file (if it exists), then ``KIOSK_*`` environment overrides."""
    environ = os.environ if environ is None else environ
    if path is None:
        configured = environ.get("KIOSK_CONFIG")
        path = Path(configured) if configured else default_config_path()
    values: dict[str, Any] = {}
    source: Path | None = None
    if path.is_file():
        try:
            from kiosk.domain.safe_input import MIB, read_regular_file

            text = read_regular_file(path, MIB).decode("utf-8")
        except (KioskError, OSError, UnicodeDecodeError) as exc:  # not a regular file, > 1 MiB
            raise ConfigError(f"cannot read {path}: {exc}", message_key="config.unreadable",
                              origin=str(path)) from None
        data = parse_toml(text, str(path))  # size and depth bounded before anything else
        from kiosk.config_upgrade import CONFIG_VERSION, VERSION_KEY, file_version, upgrade_file

        if file_version(data, str(path)) < CONFIG_VERSION:
            data = parse_toml(upgrade_file(path, text), str(path))
        data.pop(VERSION_KEY, None)
        for key, raw in flatten(data):
            values[key] = check_value(key, raw, origin=str(path), from_text=False)
        source = path
    elif environ.get("KIOSK_CONFIG"):
        raise ConfigError(f"KIOSK_CONFIG names {path}, which does not exist",
                          message_key="config.missing_file", origin=str(path))
    overridden = set()
    for key, option in OPTIONS.items():
        if option.env_name in environ:
            values[key] = check_value(key, environ[option.env_name],
                                 origin=f"environment variable {option.env_name}", from_text=True)
            overridden.add(key)
    return Settings(values, source, frozenset(overridden))


def describe_options() -> str:
    """A TOML template documenting every option with its default (for `kiosk config`)."""
    lines: list[str] = []
    section = None
    for key in sorted(OPTIONS):
        option = OPTIONS[key]
        head, _, name = key.rpartition(".")
        if head != section:
            lines += ["", f"[{head}]"]
            section = head
        lines.append(f"# {option.description} Expects {option.expected()}. Env: {option.env_name}")
        default = option.default
        rendered = ("true" if default else "false") if isinstance(default, bool) else repr(default)
        if isinstance(default, str):
            rendered = '"' + default.replace("\\", "\\\\").replace('"', '\\"') + '"'
        elif isinstance(default, tuple):
            rendered = "[" + ", ".join(f'"{item}"' for item in default) + "]"
        lines.append(f"# {name} = {rendered}")
    from kiosk.config_upgrade import CONFIG_VERSION

    preamble = ["# The configuration version this file is written for (older files are upgraded "
                "at start, after a backup).", f"config_version = {CONFIG_VERSION}"]
    return "\n".join(preamble + lines) + "\n"
