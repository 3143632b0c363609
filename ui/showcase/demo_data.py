"""Demo data for screenshots and GUI tests: applicants per language, a portrait, ten fingers.

Everything here is invented (no real person); images are drawn, not photographed.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from kiosk.accounts.roles import Role
from kiosk.accounts.service import Officer
from kiosk.desk.results import Approval, FaceResult, FingerException, FingerprintSet, FingerSample
from kiosk.domain.applicant import Applicant, ResidenceCardKind, Sex
from kiosk.domain.enrollment import State
from kiosk.domain.fingers import ALL_FINGERS
from kiosk.store.records import EnrollmentSummary
from kiosk.store.store import StoreStatus

TODAY = date(2026, 11, 23)
AT = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)

# language -> (surname, given names, native name, nationality, sex)
_PEOPLE = {
    "vi": ("KIM", "MIN JUN", "김민준", "KOR", Sex.MALE),
    "en": ("SMITH", "OLIVIA GRACE", "", "GBR", Sex.FEMALE),
    "zh_CN": ("WANG", "WEI", "王伟", "CHN", Sex.MALE),
    "zh_TW": ("CHEN", "YI CHUN", "陳怡君", "TWN", Sex.FEMALE),
    "ko": ("KIM", "MIN JUN", "김민준", "KOR", Sex.MALE),
    "ja": ("SATO", "HANAKO", "佐藤花子", "JPN", Sex.FEMALE),
}


def applicant(language: str = "ko", **changes) -> Applicant:
    """An eligible applicant whose preferred language (and native name) is ``language``."""
    surname, given, native, nationality, sex = _PEOPLE.get(language, _PEOPLE["ko"])
    values = dict(
        surname=surname, given_names=given, sex=sex, date_of_birth=date(1990, 5, 1),
        nationality=nationality, issuing_state=nationality, travel_document_number="M12345678",
        travel_document_expiry=date(2031, 1, 1),
        residence_card_kind=ResidenceCardKind.TEMPORARY, residence_card_number="TT1234567",
        residence_card_expiry=date(2027, 6, 30), address_vn="12 Phố Huế, Hà Nội",
        phone="+84912345678", email=None, preferred_language=language, native_name=native)
    values.update(changes)
    return Applicant(**values)


def portrait_jpeg(width: int = 300, height: int = 400) -> bytes:
    """A drawn head-and-shoulders pictogram on a light background (JPEG)."""
    image = Image.new("RGB", (width, height), (232, 236, 240))
    draw = ImageDraw.Draw(image)
    cx = width // 2
    draw.ellipse((cx - 0.42 * width, 0.78 * height, cx + 0.42 * width, 1.35 * height),
                 fill=(70, 90, 120))
    draw.ellipse((cx - 0.22 * width, 0.2 * height, cx + 0.22 * width, 0.68 * height),
                 fill=(222, 184, 150))
    for dx in (-0.08, 0.08):
        x = cx + dx * width
        draw.ellipse((x - 6, 0.4 * height - 4, x + 6, 0.4 * height + 4), fill=(40, 40, 40))
    draw.arc((cx - 24, 0.5 * height, cx + 24, 0.58 * height), 20, 160, fill=(120, 60, 60),
             width=3)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def print_png(seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:160, 0:128]
    ridges = 127 + 100 * np.sin((x * 0.5 + np.hypot(x - 64, y - 90) * 0.6) + rng.random())
    buffer = io.BytesIO()
    Image.fromarray(ridges.clip(0, 255).astype(np.uint8), "L").save(buffer, "PNG")
    return buffer.getvalue()


def face_result(forced: bool = False) -> FaceResult:
    approval = Approval("sup.lan", "medical condition", AT) if forced else None
    return FaceResult(portrait_jpeg(), {"compliant": not forced},
                      "forced" if forced else "auto", AT, "simulated",
                      "medical condition" if forced else None, approval)


def fingerprints(skip: int | None = 10) -> FingerprintSet:
    """Ten fingers with varied NFIQ 2 scores; ``skip`` (a position code) is an exception."""
    samples = {p: FingerSample(p, print_png(int(p)), 38 + int(p) * 5, "SIM0001", 1)
               for p in ALL_FINGERS if int(p) != skip}
    exceptions = {}
    if skip is not None:
        position = next(p for p in ALL_FINGERS if int(p) == skip)
        exceptions[position] = FingerException(position, "amputated", "since childhood",
                                               Approval("sup.lan", "since childhood", AT))
    return FingerprintSet(samples, exceptions, {"clean": True, "pairs": []})


def today_now() -> datetime:
    """The demo clock of the today list: a little after its newest row."""
    return AT + timedelta(minutes=17 * 9)


def today_rows() -> list[EnrollmentSummary]:
    """A morning at a desk: one row in each state an officer sees (the draft left at the
    second slap is interrupted at :func:`today_now`)."""
    rows = []
    states = [(State.DRAFT, None), (State.CAPTURED, None), (State.FINALIZED, "pending"),
              (State.UPLOADED, "sent"), (State.ACCEPTED, "done"),
              (State.REJECTED, None), (State.CANCELLED, "cancelled")]
    names = ["KIM MIN JUN", "WANG WEI", "CHEN YI CHUN", "SATO HANAKO", "NGUYEN VAN AN",
             "SMITH OLIVIA GRACE", "PARK SEO YEON"]
    for index, ((state, outbox), name) in enumerate(zip(states, names, strict=True)):
        at = AT + timedelta(minutes=17 * index)
        rows.append(EnrollmentSummary(
            id=f"01JDEMO{index:019d}", state=state,
            reason={State.REJECTED: "missing_portrait",
                    State.CANCELLED: "applicant_left"}.get(state),
            officer_id="can.bo", created_at=at, updated_at=at, name=name,
            document_number=f"M{12345670 + index}", outbox_status=outbox, last_activity=at,
            has_face=True, finger_steps=2 if state is State.DRAFT else 3,
            reviewed=state is not State.DRAFT))
    for index, (approval, name) in enumerate((("pending", "TANAKA YUKI"),
                                              ("rejected", "LEE JI HOON")), start=len(rows)):
        at = AT + timedelta(minutes=17 * index)  # drafts a supervisor's decision holds back
        rows.append(EnrollmentSummary(
            id=f"01JDEMO{index:019d}", state=State.DRAFT, reason=None, officer_id="can.bo",
            created_at=at, updated_at=at, name=name, document_number=f"M{12345670 + index}",
            outbox_status=None, approval=approval))
    return rows


def store_status() -> StoreStatus:
    by_state = {State.DRAFT: 2, State.CAPTURED: 1, State.FINALIZED: 12, State.UPLOADED: 3,
                State.ACCEPTED: 1284, State.REJECTED: 1, State.CANCELLED: 4}
    return StoreStatus(Path("/var/lib/kiosk/kiosk.db"), 48_000_000, "file",
                       "/var/lib/kiosk/data.key", by_state, 15)


def officers() -> list[Officer]:
    return [Officer("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, True),
            Officer("can.bo", "Nguyễn Văn Bình", Role.OFFICER, True),
            Officer("ky.thuat", "Lê Minh Khoa", Role.TECHNICIAN, True),
            Officer("old.an", "Phạm An", Role.OFFICER, False),
            Officer("le.hoa", "Lê Thị Hòa", Role.OFFICER, True,
                    locked_until=datetime(2026, 11, 23, 8, 15, tzinfo=UTC)),
            Officer("tran.nam", "Trần Văn Nam", Role.OFFICER, True, must_change_password=True)]
