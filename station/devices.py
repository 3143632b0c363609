"""Which camera and scanner to use: chosen in the configuration, extended by plugins.

A vendor adapter is a distribution declaring an entry point in the ``kiosk.devices`` group,
e.g. ``acme = "acme_kiosk:factory"``. The factory is called as
``factory(kind, argument, settings)`` with ``kind`` "camera", "document_camera" or
"fingerprint" and returns an object implementing :class:`devices.ports.Camera` or
:class:`devices.ports.FingerprintScanner`. Select it with ``devices.camera =
"plugin:acme:ARG"`` (or ``devices.document_camera``, ``devices.fingerprint``).
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from devices.errors import DeviceNotFound
from devices.ports import Camera, FingerprintScanner
from kiosk.options import ConfigError, Settings

if TYPE_CHECKING:
    from devices.document.specimens import Document

ENTRY_POINT_GROUP = "kiosk.devices"


def plugins() -> dict[str, metadata.EntryPoint]:
    """Installed device plugins by name."""
    return {ep.name: ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)}


def _plugin(spec: str, kind: str, settings: Settings) -> Any:
    _, _, rest = spec.partition(":")
    name, _, argument = rest.partition(":")
    found = plugins()
    if name not in found:
        known = ", ".join(sorted(found)) or "none installed"
        raise DeviceNotFound(f"no device plugin named {name!r} (plugins: {known})",
                             message_key="device.no_plugin", plugin=name)
    factory = found[name].load()
    device = factory(kind, argument, settings)
    expected = FingerprintScanner if kind == "fingerprint" else Camera
    if not isinstance(device, expected):
        raise ConfigError(f"plugin {name!r} returned {type(device).__name__}, which is not a "
                          f"{expected.__name__}", message_key="config.bad_value",
                          key=f"devices.{kind}")
    return device


def make_camera(settings: Settings, spec: str | None = None) -> Camera:
    """The configured camera (not yet opened); ``spec`` overrides ``devices.camera``."""
    spec = (spec or settings["devices.camera"]).strip()
    rotation = int(settings["devices.camera_rotation"])
    kind, _, argument = spec.partition(":")
    if kind == "simulated":
        from devices.camera.simulated import VARIANTS, SimulatedCamera

        variant = argument or settings["devices.simulated_face"]
        if variant not in VARIANTS:
            raise ConfigError(f"devices.camera = {spec!r}: the simulated face is one of "
                              f"{', '.join(VARIANTS)}", message_key="config.bad_value",
                              key="devices.camera")
        return SimulatedCamera(rotation=rotation, variant=variant)
    if kind == "file" and argument:
        from devices.camera.file_source import FileCamera

        return FileCamera(Path(argument).expanduser(), loop=settings["devices.camera_loop"],
                          rotation=rotation)
    if kind == "opencv" and argument:
        from devices.camera.opencv_camera import OpenCvCamera, parse_source

        return OpenCvCamera(parse_source(argument), width=settings["devices.camera_width"],
                            height=settings["devices.camera_height"],
                            fps=settings["devices.camera_fps"],
                            fourcc=settings["devices.camera_fourcc"], rotation=rotation)
    if kind == "plugin":
        return _plugin(spec, "camera", settings)
    raise ConfigError(f"devices.camera = {spec!r} is not 'simulated[:VARIANT]', 'file:PATH', "
                      "'opencv:INDEX_OR_PATH' or 'plugin:NAME'",
                      message_key="config.bad_value", key="devices.camera")


def drawn_documents(worn: bool = False) -> list[Document]:
    """The demo passports drawn in OCR-B ([] when the font is not installed); ``worn``: the
    first one has a rubbed-off surname letter (the 'M' of KIM) that the reader is unsure of."""
    from devices.document.specimens import DEMO_PASSPORTS, Document
    from kiosk.documents.mrz_synth import draw_passport, ocrb_fonts

    if not ocrb_fonts():
        return []
    return [Document(f"drawn:{lines[0][5:].split('<')[0].lower()}" + (":worn" if worn and not i
                                                                    else ""),
                     draw_passport(lines, 1000, (7,) if worn and not i else ()))
            for i, lines in enumerate(DEMO_PASSPORTS)]


def make_document_camera(settings: Settings, spec: str | None = None) -> Camera | None:
    """The configured document camera (not yet opened), or None when it is 'off'."""
    spec = (spec or settings["devices.document_camera"]).strip()
    kind, _, argument = spec.partition(":")
    if kind == "off":
        return None
    if kind == "simulated" and argument in ("", "blurry", "worn"):
        from devices.document.simulated import SimulatedDocumentCamera
        from devices.document.specimens import specimen_documents, specimen_folder

        folder = specimen_folder(settings["devices.document_images"])
        return SimulatedDocumentCamera(
            drawn_documents(worn=argument == "worn") + specimen_documents(folder),
            blur=4.0 if argument == "blurry" else 0.0)
    if kind == "file" and argument:
        from devices.camera.file_source import FileCamera

        return FileCamera(Path(argument).expanduser(), loop=True)
    if kind == "opencv" and argument:
        from devices.camera.opencv_camera import OpenCvCamera, parse_source

        return OpenCvCamera(parse_source(argument),
                            width=settings["devices.document_camera_width"],
                            height=settings["devices.document_camera_height"])
    if kind == "plugin":
        return _plugin(spec, "document_camera", settings)
    raise ConfigError(f"devices.document_camera = {spec!r} is not 'off', "
                      "'simulated[:blurry|:worn]', 'file:PATH', 'opencv:INDEX_OR_PATH' or "
                      "'plugin:NAME'", message_key="config.bad_value",
                      key="devices.document_camera")


def sbi_ports(settings: Settings) -> range:
    """The SBI discovery port range from the configuration."""
    first, last = settings["devices.sbi_port_first"], settings["devices.sbi_port_last"]
    if last < first:
        raise ConfigError(f"devices.sbi_port_last ({last}) is below devices.sbi_port_first "
                          f"({first})", message_key="config.bad_value",
                          key="devices.sbi_port_last")
    return range(first, last + 1)


def make_scanner(settings: Settings, spec: str | None = None) -> FingerprintScanner:
    """The configured fingerprint scanner (not yet opened)."""
    spec = (spec or settings["devices.fingerprint"]).strip()
    common = {"ca_path": settings["devices.sbi_ca_path"],
              "discovery_timeout_s": settings["devices.sbi_discovery_timeout_s"],
              "capture_timeout_s": settings["devices.sbi_capture_timeout_s"],
              "requested_score": settings["devices.fingerprint_requested_score"]}
    if spec == "simulated":
        from devices.sbi.scanner import SimulatedScanner

        images = settings["devices.simulator_images"]
        return SimulatedScanner(Path(images) if images else None, **common)
    if spec == "sbi":
        from devices.sbi.scanner import SbiScanner

        return SbiScanner(sbi_ports(settings), port=settings["devices.sbi_port"] or None,
                          **common)
    if spec.startswith("plugin:"):
        return _plugin(spec, "fingerprint", settings)
    raise ConfigError(f"devices.fingerprint = {spec!r} is not 'simulated', 'sbi' or "
                      "'plugin:NAME'", message_key="config.bad_value", key="devices.fingerprint")


def warm_up(settings: Settings) -> None:
    """Import the configured adapters' modules now (call off the UI thread at start-up), so
    that creating a device later, on a screen change, costs milliseconds, not an import."""
    import importlib

    modules = {"simulated": ["devices.camera.simulated"], "file": ["devices.camera.file_source"],
               "opencv": ["devices.camera.opencv_camera"]}
    wanted = modules.get(settings["devices.camera"].partition(":")[0], [])
    if settings["devices.fingerprint"] in ("simulated", "sbi"):
        wanted += ["devices.sbi.scanner", "devices.sbi.client", "devices.sbi.simulator"]
    document = settings["devices.document_camera"].partition(":")[0]
    if document != "off":
        wanted += ["kiosk.documents.mrz_reader"]
        wanted += {"simulated": ["devices.document.simulated", "devices.document.specimens",
                                 "kiosk.documents.mrz_synth"],
                   "file": ["devices.camera.file_source"],
                   "opencv": ["devices.camera.opencv_camera"]}.get(document, [])
    for name in wanted:
        importlib.import_module(name)
