"""Translatable sentences for the face engine's instruction keys and check names.

The engine (:mod:`kiosk.biometrics.face.checks`) only produces stable keys. The officer sees
them in the interface language through :func:`instruction`; an applicant-facing display can pass
the applicant's own ``QTranslator`` to show the same sentence in the applicant's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from kiosk.biometrics.face import checks

CONTEXT = "Instructions"

INSTRUCTIONS: dict[str, str] = {
    checks.NO_FACE: QT_TRANSLATE_NOOP("Instructions", "Please look at the camera."),
    checks.ONE_PERSON: QT_TRANSLATE_NOOP(
        "Instructions", "Only one person may be in front of the camera."),
    checks.MOVE_CLOSER: QT_TRANSLATE_NOOP("Instructions", "Please move closer to the camera."),
    checks.MOVE_BACK: QT_TRANSLATE_NOOP("Instructions", "Please move back a little."),
    checks.CENTRE: QT_TRANSLATE_NOOP(
        "Instructions", "Please move so that your face is in the middle of the screen."),
    checks.LOOK_STRAIGHT: QT_TRANSLATE_NOOP("Instructions", "Please look straight at the camera."),
    checks.STRAIGHTEN: QT_TRANSLATE_NOOP("Instructions", "Please keep your head upright."),
    checks.HANDS_AWAY: QT_TRANSLATE_NOOP(
        "Instructions", "Please keep your hands away from your face."),
    checks.REMOVE_GLASSES: QT_TRANSLATE_NOOP("Instructions", "Please remove your glasses."),
    checks.OPEN_EYES: QT_TRANSLATE_NOOP("Instructions", "Please open your eyes."),
    checks.CLOSE_MOUTH: QT_TRANSLATE_NOOP("Instructions", "Please close your mouth."),
    checks.NEUTRAL: QT_TRANSLATE_NOOP(
        "Instructions", "Please keep a neutral expression, without smiling."),
    checks.HOLD_STILL: QT_TRANSLATE_NOOP("Instructions", "Please hold still."),
    checks.LIGHTING: QT_TRANSLATE_NOOP(
        "Instructions", "Officer: adjust the lighting (the face is too dark or too bright)."),
    checks.EVEN_LIGHT: QT_TRANSLATE_NOOP(
        "Instructions", "Officer: light the face evenly (shadow on one side)."),
    checks.BACKGROUND: QT_TRANSLATE_NOOP(
        "Instructions", "Officer: use a plain, light background."),
    checks.CAMERA: QT_TRANSLATE_NOOP(
        "Instructions",
        "Officer: the camera image is too small for a portrait (raise its resolution)."),
}

CHECK_NAMES: dict[str, str] = {
    "face_count": QT_TRANSLATE_NOOP("Instructions", "One face"),
    "eye_distance": QT_TRANSLATE_NOOP("Instructions", "Distance"),
    "frame_fit": QT_TRANSLATE_NOOP("Instructions", "Centred"),
    "perspective": QT_TRANSLATE_NOOP("Instructions", "Camera distance"),
    "yaw": QT_TRANSLATE_NOOP("Instructions", "Head turn"),
    "pitch": QT_TRANSLATE_NOOP("Instructions", "Head nod"),
    "roll": QT_TRANSLATE_NOOP("Instructions", "Head tilt"),
    "gaze": QT_TRANSLATE_NOOP("Instructions", "Gaze"),
    "occlusion": QT_TRANSLATE_NOOP("Instructions", "Face uncovered"),
    "glare": QT_TRANSLATE_NOOP("Instructions", "No glare"),
    "eyes_open": QT_TRANSLATE_NOOP("Instructions", "Eyes open"),
    "mouth_closed": QT_TRANSLATE_NOOP("Instructions", "Mouth closed"),
    "expression": QT_TRANSLATE_NOOP("Instructions", "Neutral expression"),
    "sharpness": QT_TRANSLATE_NOOP("Instructions", "Sharpness"),
    "exposure": QT_TRANSLATE_NOOP("Instructions", "Exposure"),
    "dynamic_range": QT_TRANSLATE_NOOP("Instructions", "Contrast"),
    "light_symmetry": QT_TRANSLATE_NOOP("Instructions", "Even light"),
    "background_uniformity": QT_TRANSLATE_NOOP("Instructions", "Plain background"),
    "background_brightness": QT_TRANSLATE_NOOP("Instructions", "Light background"),
}


def _translate(source: str, translator: QTranslator | None) -> str:
    if translator is None:
        return QCoreApplication.translate(CONTEXT, source)
    return translator.translate(CONTEXT, source) or source


def instruction(key: str | None, translator: QTranslator | None = None) -> str:
    """The sentence for an instruction key (empty for None), in the interface language or in
    the language of ``translator``; an unknown key falls back to the engine's English text."""
    if key is None:
        return ""
    source = INSTRUCTIONS.get(key)
    if source is None:
        return checks.INSTRUCTION_TEXT.get(key, key)
    return _translate(source, translator)


def check_name(name: str, translator: QTranslator | None = None) -> str:
    """The short translated name of a check (its key when unknown)."""
    source = CHECK_NAMES.get(name)
    return name if source is None else _translate(source, translator)
