"""Eligibility under Decree 69/2024/ND-CP: age 6, 29 February, inclusive expiry, time zones."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.applicant import Applicant, ResidenceCardKind, Sex
from kiosk.domain.eligibility import Reason, age_on, decide, is_valid_on, local_today
from kiosk.options import load_settings

ON = date(2026, 7, 15)


def applicant(**changes) -> Applicant:
    base = Applicant(
        surname="NGUYEN", given_names="AN", sex=Sex.FEMALE, date_of_birth=date(1990, 3, 4),
        nationality="KOR", issuing_state="KOR", travel_document_number="M12345678",
        travel_document_expiry=date(2030, 1, 1), residence_card_kind=ResidenceCardKind.TEMPORARY,
        residence_card_number="TT0012345", residence_card_expiry=date(2027, 1, 1),
        address_vn="12 Tràng Tiền, Hà Nội", phone="+84912345678", email=None,
        preferred_language="ko")
    return replace(base, **changes)


def test_adult_with_valid_card_gets_level2():
    decision = decide(applicant(), ON)
    assert decision.level1_allowed and decision.level2_allowed
    assert decision.reason is Reason.ELIGIBLE_LEVEL2
    assert decision.reasons == (Reason.ELIGIBLE_LEVEL2,)
    assert decision.message_key == "eligibility.eligible_level2"
    assert decision.age == 36


def test_permanent_card_counts_too():
    assert decide(applicant(residence_card_kind=ResidenceCardKind.PERMANENT), ON).level2_allowed


@pytest.mark.parametrize(("on", "level2", "age"), [
    (date(2026, 7, 14), False, 5),   # the day before the 6th birthday
    (date(2026, 7, 15), True, 6),    # the birthday itself
    (date(2026, 7, 16), True, 6),    # the day after
])
def test_sixth_birthday(on, level2, age):
    decision = decide(applicant(date_of_birth=date(2020, 7, 15)), on)
    assert decision.age == age
    assert decision.level2_allowed is level2
    assert decision.level1_allowed
    if not level2:
        assert decision.reasons == (Reason.UNDER_6_LEVEL1_ONLY,)
        assert decision.message_key == "eligibility.under_6"


@pytest.mark.parametrize(("born", "on", "age"), [
    (date(2020, 2, 29), date(2026, 2, 28), 5),  # non-leap year: not yet 6 on 28 February
    (date(2020, 2, 29), date(2026, 3, 1), 6),   # ... but 6 on 1 March
    (date(2022, 2, 28), date(2028, 2, 28), 6),
    (date(2020, 2, 29), date(2024, 2, 28), 3),  # leap year: 4 only on 29 February
    (date(2020, 2, 29), date(2024, 2, 29), 4),
    (date(2020, 2, 29), date(2020, 2, 29), 0),
    (date(2020, 2, 29), date(2020, 2, 28), -1),
])
def test_age_with_29_february_birthdays(born, on, age):
    assert age_on(born, on) == age


def test_29_february_child_reaches_level2_on_1_march_in_a_non_leap_year():
    child = applicant(date_of_birth=date(2020, 2, 29))
    assert not decide(child, date(2026, 2, 28)).level2_allowed
    assert decide(child, date(2026, 3, 1)).level2_allowed


@pytest.mark.parametrize("field", ["travel_document_expiry", "residence_card_expiry"])
def test_expiry_is_inclusive(field):
    assert decide(applicant(**{field: ON}), ON).level2_allowed  # expires today: still valid
    refused = decide(applicant(**{field: ON - timedelta(days=1)}), ON)
    assert not refused.level1_allowed and not refused.level2_allowed
    expected = (Reason.TRAVEL_DOCUMENT_EXPIRED if field == "travel_document_expiry"
                else Reason.RESIDENCE_CARD_EXPIRED)
    assert refused.reasons == (expected,)


def test_no_residence_card_is_refused():
    decision = decide(applicant(residence_card_kind=None, residence_card_number=None,
                                residence_card_expiry=None), ON)
    assert not decision.level1_allowed and not decision.level2_allowed
    assert decision.reason is Reason.NO_RESIDENCE_CARD
    assert decision.message_key == "eligibility.no_residence_card"


def test_several_reasons_most_fundamental_first():
    decision = decide(applicant(residence_card_kind=None, residence_card_number=None,
                                travel_document_expiry=date(2020, 1, 1),
                                date_of_birth=date(2023, 1, 1)), ON)
    assert decision.reasons == (Reason.NO_RESIDENCE_CARD, Reason.TRAVEL_DOCUMENT_EXPIRED,
                                Reason.UNDER_6_LEVEL1_ONLY)
    assert not decision.level1_allowed  # an under-6 without a card gets nothing
    both_expired = decide(applicant(residence_card_expiry=date(2020, 1, 1),
                                    travel_document_expiry=date(2020, 1, 1)), ON)
    assert both_expired.reasons == (Reason.RESIDENCE_CARD_EXPIRED,
                                    Reason.TRAVEL_DOCUMENT_EXPIRED)


def test_vietnamese_nationals_and_future_births_are_refused():
    assert decide(applicant(nationality="VNM"), ON).reason is Reason.VIETNAMESE_NATIONAL
    future = decide(applicant(date_of_birth=ON + timedelta(days=1)), ON)
    assert future.reasons == (Reason.BIRTH_DATE_IN_FUTURE,)
    assert not future.level1_allowed


def test_is_valid_on():
    assert is_valid_on(ON, ON) and not is_valid_on(ON, ON + timedelta(days=1))
    assert not is_valid_on(None, ON)


@pytest.mark.parametrize(("now", "zone", "expected"), [
    (datetime(2026, 7, 14, 23, 30, tzinfo=UTC), "Asia/Ho_Chi_Minh", date(2026, 7, 15)),
    (datetime(2026, 7, 14, 16, 59, tzinfo=UTC), "Asia/Ho_Chi_Minh", date(2026, 7, 14)),
    (datetime(2026, 7, 14, 17, 0, tzinfo=UTC), "Asia/Ho_Chi_Minh", date(2026, 7, 15)),
    (datetime(2026, 7, 14, 23, 30, tzinfo=UTC), "UTC", date(2026, 7, 14)),
    (datetime(2026, 7, 15, 1, 0, tzinfo=timezone(timedelta(hours=7))), "Asia/Ho_Chi_Minh",
     date(2026, 7, 15)),
])
def test_local_today(now, zone, expected):
    assert local_today(zone, now) == expected


def test_local_today_changes_the_decision_late_in_the_utc_evening():
    child = applicant(date_of_birth=date(2020, 7, 15))
    late_utc = datetime(2026, 7, 14, 23, 30, tzinfo=UTC)
    zone = load_settings()["station.timezone"]
    assert zone == "Asia/Ho_Chi_Minh"
    assert not decide(child, late_utc.date()).level2_allowed
    assert decide(child, local_today(zone, late_utc)).level2_allowed


def test_local_today_refuses_naive_datetimes_and_defaults_to_now():
    with pytest.raises(ValueError, match="timezone-aware"):
        local_today("UTC", datetime(2026, 1, 1))
    assert abs((local_today("UTC") - datetime.now(UTC).date()).days) <= 1


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(dates, dates, dates)
def test_age_is_monotonic(born, a, b):
    early, late = sorted((a, b))
    assert age_on(born, early) <= age_on(born, late)


@given(dates, dates)
def test_age_rises_by_at_most_one_per_day_and_counts_years(born, on):
    if on < date(2100, 12, 31):
        assert 0 <= age_on(born, on + timedelta(days=1)) - age_on(born, on) <= 1
    assert age_on(born, born) == 0
    years = age_on(born, on)
    if on >= born:
        assert years >= 0
        anniversary = _anniversary(born, years)
        assert anniversary <= on < _anniversary(born, years + 1)


def _anniversary(born: date, years: int) -> date:
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # 29 February in a non-leap year: 1 March
        return date(born.year + years, 3, 1)


@given(dates, dates)
def test_level2_iff_six_or_older_when_documents_valid(born, on):
    decision = decide(applicant(date_of_birth=born, travel_document_expiry=date(2101, 1, 1),
                                residence_card_expiry=date(2101, 1, 1)), on)
    age = age_on(born, on)
    assert decision.level2_allowed is (age >= 6)
    assert decision.level1_allowed is (age >= 0)


def test_decision_for_a_draft_needs_only_the_fields_it_reads() -> None:
    from kiosk.domain.eligibility import Reason, decide_draft

    on = date(2026, 11, 23)
    draft = {"date_of_birth": "2021-01-15", "nationality": "KOR",
             "travel_document_expiry": "2030-01-01"}
    decision = decide_draft(draft, on)  # no name, no address, no card yet
    assert decision is not None
    assert decision.reasons == (Reason.NO_RESIDENCE_CARD, Reason.UNDER_6_LEVEL1_ONLY)
    draft |= {"residence_card_kind": "temporary", "residence_card_number": "TT123456",
              "residence_card_expiry": "2027-06-30", "date_of_birth": "1990-05-01"}
    assert decide_draft(draft, on).reasons == (Reason.ELIGIBLE_LEVEL2,)
    assert decide_draft({**draft, "date_of_birth": "not a date"}, on) is None
    assert decide_draft({**draft, "residence_card_expiry": None}, on) is None  # card half-typed
