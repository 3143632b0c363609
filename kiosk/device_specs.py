"""What a device option may say (``simulated``, ``file:PATH``, ``opencv:0``...), checked
without opening anything, so the technician console refuses a value the station could not
start with (``station/devices.py`` builds the devices from the same forms)."""

from __future__ import annotations

from kiosk.options import OPTIONS


def _kind(spec: str) -> tuple[str, str]:
    kind, _, argument = spec.strip().partition(":")
    return kind, argument.strip()


def check_camera(spec: str) -> None:
    """``devices.camera``: a ValueError saying what is expected when ``spec`` is none of its
    forms."""
    kind, argument = _kind(spec)
    if kind == "simulated":
        variants = OPTIONS["devices.simulated_face"].choices or ()
        if argument and argument not in variants:
            raise ValueError(f"expects a simulated face among {', '.join(variants)}")
        return
    if kind in ("file", "opencv", "plugin") and argument:
        return
    raise ValueError("expects 'simulated[:VARIANT]', 'file:PATH', 'opencv:INDEX_OR_PATH' or "
                     "'plugin:NAME[:ARG]'")


def check_document_camera(spec: str) -> None:
    """``devices.document_camera``: as :func:`check_camera`, with 'off'."""
    kind, argument = _kind(spec)
    if kind == "off" or \
            (kind == "simulated" and argument in ("", "blurry", "worn")) or \
            (kind in ("file", "opencv", "plugin") and argument):
        return
    raise ValueError("expects 'off', 'simulated[:blurry|:worn]', 'file:PATH', "
                     "'opencv:INDEX_OR_PATH' or 'plugin:NAME[:ARG]'")


def check_fingerprint(spec: str) -> None:
    """``devices.fingerprint``: 'simulated', 'sbi' or 'plugin:NAME[:ARG]'."""
    kind, argument = _kind(spec)
    if (kind in ("simulated", "sbi") and not argument) or (kind == "plugin" and argument):
        return
    raise ValueError("expects 'simulated', 'sbi' or 'plugin:NAME[:ARG]'")
