"""What the applicant reads on the applicant-facing display, in the applicant's own language.

Screens emit stable prompt keys: the face engine's instruction keys (sentences in
:mod:`ui.desk.instructions`) or the keys below. :func:`prompt` turns a key into a sentence through
the applicant's ``QTranslator`` (never the officer's), loaded once per language by
:func:`applicant_translator`. Instructions meant for the officer (lighting, background) become
"Please wait a moment." for the applicant.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from devices.ports import Segment
from kiosk.biometrics.face import checks
from ui.desk.instructions import INSTRUCTIONS, instruction

if TYPE_CHECKING:
    from ui.screens.fingers import FingerprintScreen

CONTEXT = "ApplicantPrompts"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"

WELCOME = "applicant.welcome"
WAIT = "applicant.wait"
PHOTO_DONE = "applicant.photo_done"
LEFT_FOUR = "applicant.left_four"
RIGHT_FOUR = "applicant.right_four"
THUMBS = "applicant.thumbs"
ONE_FINGER = "applicant.one_finger"
LIFT = "applicant.lift"
PRESS_HARDER = "applicant.press_harder"
DONE = "applicant.done"

PROMPTS: dict[str, str] = {
    WELCOME: QT_TRANSLATE_NOOP("ApplicantPrompts", "Welcome. The officer will guide you."),
    WAIT: QT_TRANSLATE_NOOP("ApplicantPrompts", "Please wait a moment."),
    PHOTO_DONE: QT_TRANSLATE_NOOP("ApplicantPrompts", "Thank you. Your photo has been taken."),
    LEFT_FOUR: QT_TRANSLATE_NOOP("ApplicantPrompts",
                                 "Place your left four fingers on the scanner."),
    RIGHT_FOUR: QT_TRANSLATE_NOOP("ApplicantPrompts",
                                  "Place your right four fingers on the scanner."),
    THUMBS: QT_TRANSLATE_NOOP("ApplicantPrompts", "Place both thumbs on the scanner."),
    ONE_FINGER: QT_TRANSLATE_NOOP("ApplicantPrompts",
                                  "Place the finger the officer shows you on the scanner."),
    LIFT: QT_TRANSLATE_NOOP("ApplicantPrompts", "Lift your fingers from the scanner."),
    PRESS_HARDER: QT_TRANSLATE_NOOP("ApplicantPrompts", "Try again, press a little harder."),
    DONE: QT_TRANSLATE_NOOP("ApplicantPrompts", "Done – thank you!"),
}

# prompts during which the live camera picture is worth showing
FACE_KEYS = frozenset({*INSTRUCTIONS, WAIT, PHOTO_DONE})
FINGER_KEYS = frozenset({LEFT_FOUR, RIGHT_FOUR, THUMBS, ONE_FINGER, LIFT, PRESS_HARDER})
OFFICER_ONLY = frozenset({checks.LIGHTING, checks.EVEN_LIGHT, checks.BACKGROUND})

_translators: dict[str, QTranslator] = {}


def applicant_translator(language: str) -> QTranslator:
    """The applicant's translator for ``language``, loaded once (English: an empty one, so
    sentences stay in English whatever the officer's language)."""
    translator = _translators.get(language)
    if translator is None:
        translator = QTranslator(QCoreApplication.instance())  # freed with the application
        if language != "en":
            translator.load(str(TRANSLATIONS / f"kiosk_{language}.qm"))
        _translators[language] = translator
    return translator


def prompt(key: str, translator: QTranslator) -> str:
    """The sentence for ``key`` through ``translator`` ('' for an unknown key)."""
    if key in OFFICER_ONLY:
        key = WAIT
    source = PROMPTS.get(key)
    if source is not None:
        return translator.translate(CONTEXT, source) or source
    if key in INSTRUCTIONS:
        return instruction(key, translator)
    return ""


def applicant_step_prompt(screen: FingerprintScreen) -> str:
    """The prompt key for the fingerprint screen's state."""
    from kiosk.biometrics.fingers.policy import SegmentStatus
    from ui.desk.finger_steps import SLAPS

    placements = {SLAPS[Segment.LEFT_SLAP]: LEFT_FOUR, SLAPS[Segment.RIGHT_SLAP]: RIGHT_FOUR,
                  SLAPS[Segment.TWO_THUMBS]: THUMBS}
    current = screen.current
    if screen.failed_step is not None:
        return WAIT
    if current is None:
        return DONE
    placement = placements.get(current, ONE_FINGER)
    if screen.capturing:
        return placement
    status = screen.captures[current].status
    if status == SegmentStatus.RETRY:
        return PRESS_HARDER
    if status == SegmentStatus.PENDING:
        started = any(c.attempts for c in screen.captures.values())
        return LIFT if started else placement
    return WAIT
