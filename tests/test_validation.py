"""Applicant validation: every problem at once, stable codes, text normalisation."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.applicant import Applicant, ResidenceCardKind, Sex
from kiosk.domain.validation import (
    Problem,
    build_applicant,
    has_control_character,
    is_latin_name,
    normalize_draft,
    normalize_text,
    validate_applicant,
)

TODAY = date(2026, 11, 23)


def form(**changes) -> dict:
    base = {
        "surname": "Nguyễn-O'Brien", "given_names": "Zoë  Anne", "native_name": "김민준",
        "sex": "F", "date_of_birth": "1990-03-04", "nationality": "kor", "issuing_state": "KOR",
        "travel_document_number": "m1234 5678", "travel_document_expiry": "2030-01-01",
        "residence_card_kind": "Temporary", "residence_card_number": "tt0012345",
        "residence_card_expiry": date(2027, 1, 1), "address_vn": " 12  Tràng Tiền,\nHà Nội ",
        "phone": "+84 (912) 345-678", "email": "Min.Jun@Example.COM",
        "preferred_language": "ko",
    }
    base.update(changes)
    return base


def codes(raw: dict) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in validate_applicant(normalize_draft(raw), TODAY)}


def test_a_good_form_builds_a_normalised_applicant():
    applicant = build_applicant(form(), TODAY)
    assert isinstance(applicant, Applicant), applicant
    assert applicant.given_names == "Zoë Anne"
    assert applicant.nationality == "KOR"
    assert applicant.travel_document_number == "M12345678"
    assert applicant.residence_card_kind is ResidenceCardKind.TEMPORARY
    assert applicant.residence_card_number == "TT0012345"
    assert applicant.address_vn == "12 Tràng Tiền, Hà Nội"
    assert applicant.phone == "+84912345678"
    assert applicant.email == "Min.Jun@example.com"
    assert applicant.sex is Sex.FEMALE
    assert applicant.date_of_birth == date(1990, 3, 4)


def test_every_problem_is_reported_at_once():
    raw = form(surname="", email="not-an-email", date_of_birth="2030-01-01",
               nationality="QQQ", travel_document_number="AB-123", given_names="Ann\u202eA",
               phone="12", preferred_language="fr", sex="female", address_vn="",
               travel_document_expiry="31/12/2030")
    problems = build_applicant(raw, TODAY)
    assert isinstance(problems, list)
    assert set(problems) == {
        Problem("surname", "required"), Problem("given_names", "control_character"),
        Problem("sex", "invalid_choice"), Problem("date_of_birth", "in_future"),
        Problem("nationality", "unknown_code"),
        Problem("travel_document_number", "invalid_characters"),
        Problem("travel_document_expiry", "invalid_date"), Problem("address_vn", "required"),
        Problem("phone", "invalid"), Problem("email", "invalid"),
        Problem("preferred_language", "invalid_choice"),
    }
    assert problems[0].message_key == "validation.required"


@pytest.mark.parametrize(("text", "latin"), [
    ("Nguyễn", True), ("Zoë", True), ("O'Brien", True), ("Jean-Luc", True), ("D’Arcy", True),
    ("ÅSTRÖM", True), ("Łukasz", True), ("Şahin", True), ("Ng\u0303uyen", True),
    ("김민준", False), ("Иван", False), ("Anna2", False), ("A.B", False), ("-", False),
    ("王", False), ("Ωmega", False),
])
def test_latin_names(text, latin):
    assert is_latin_name(text) is latin


def test_native_name_takes_any_script_and_latin_fields_do_not():
    assert codes(form(native_name="佐藤 花子")) == set()
    assert codes(form(native_name="محمد\u200cرضا")) == set()  # ZWNJ is allowed
    assert codes(form(surname="佐藤")) == {("surname", "not_latin")}


@pytest.mark.parametrize("bad", ["\x00", "\u200b", "\ufeff", "\u202e", "\u00ad", "\x1c"])
def test_control_characters_are_refused(bad):
    assert has_control_character("A" + bad + "B")
    assert ("native_name", "control_character") in codes(form(native_name="A" + bad + "B"))


def test_zwj_and_zwnj_are_allowed():
    assert not has_control_character("क्\u200dष")
    assert not has_control_character("می\u200cخواهم")


def test_normalize_text():
    assert normalize_text("  a \t\n b\u00a0\u3000c  ") == "a b c"
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Thủy")
    assert normalize_text(decomposed) == "Nguyễn Thị Thủy"
    assert normalize_text(decomposed) != decomposed
    assert normalize_text("a\x1cb") == "a\x1cb"  # not treated as whitespace: reported later
    assert normalize_text("") == ""


@given(st.text())
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip(" ")
    assert "  " not in once


@pytest.mark.parametrize(("phone", "ok"), [
    ("+84 912 345 678", True), ("0912345678", True), ("+1 (415) 555-0100", True),
    ("+86.138.0013.8000", True), ("12345", False), ("+84 91a 345 678", False),
    ("++84912345678", False), ("+1234567890123456", False),
])
def test_phone(phone, ok):
    assert (("phone", "invalid") not in codes(form(phone=phone))) is ok


@pytest.mark.parametrize(("email", "ok"), [
    ("a@b.vn", True), ("first.last+tag@mail.example.co.kr", True), ("이메일@예시.한국", True),
    (None, True), ("", True), ("a@b", False), ("a b@c.vn", False), ("@c.vn", False),
    ("a@@c.vn", False), ("a@c..vn", False), ("a@c.v", False),
])
def test_email(email, ok):
    assert (("email", "invalid") not in codes(form(email=email))) is ok


def test_dates():
    assert codes(form(date_of_birth="1890-01-01")) == {("date_of_birth", "implausible")}
    assert codes(form(date_of_birth=TODAY.isoformat())) == set()
    assert codes(form(date_of_birth="2026-02-30")) == {("date_of_birth", "invalid_date")}
    assert codes(form(travel_document_expiry="1980-01-01")) == {
        ("travel_document_expiry", "before_birth")}
    assert codes(form(date_of_birth=None)) == {("date_of_birth", "required")}
    # an expired document is an eligibility matter, not a form error
    assert codes(form(travel_document_expiry="2020-01-01")) == set()


def test_residence_card_is_all_or_nothing():
    none = form(residence_card_kind="", residence_card_number=None, residence_card_expiry=None)
    assert codes(none) == set()
    applicant = build_applicant(none, TODAY)
    assert isinstance(applicant, Applicant) and applicant.residence_card_kind is None
    assert codes(form(residence_card_kind=None)) == {("residence_card_kind", "required")}
    assert codes(form(residence_card_number="")) == {("residence_card_number", "required")}
    assert codes(form(residence_card_kind="visa")) == {("residence_card_kind", "invalid_choice")}


def test_country_codes():
    assert codes(form(nationality="D<<", issuing_state="d")) == set()
    assert normalize_draft(form(nationality="D"))["nationality"] == "DEU"
    assert codes(form(nationality="XXA")) == set()  # stateless person
    assert codes(form(nationality="UTO")) == {("nationality", "specimen_code")}
    assert validate_applicant(normalize_draft(form(nationality="UTO")), TODAY,
                              allow_specimen=True) == []
    assert codes(form(issuing_state="")) == {("issuing_state", "required")}


def test_lengths_and_given_names_optional():
    assert codes(form(surname="A" * 101)) == {("surname", "too_long")}
    applicant = build_applicant(form(given_names="  "), TODAY)
    assert isinstance(applicant, Applicant) and applicant.given_names == ""
    assert codes(form(travel_document_number="A" * 21)) == {
        ("travel_document_number", "too_long")}


def test_an_applicant_validates_itself():
    applicant = build_applicant(form(), TODAY)
    assert isinstance(applicant, Applicant)
    assert validate_applicant(applicant, TODAY) == []
    assert validate_applicant(applicant, date(1980, 1, 1)) == [
        Problem("date_of_birth", "in_future")]


def test_validate_normalises_raw_form_values_itself():
    assert validate_applicant(form(), TODAY) == []
    assert validate_applicant(form(phone="+84 912-345-678", nationality=" d "), TODAY) == []


FIELD_NAMES = list(form())
any_value = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.dates(),
                      st.sampled_from(["", " ", "F", "temporary", "2030-01-01", "VNM"]))


@given(st.dictionaries(st.sampled_from(FIELD_NAMES), any_value))
def test_any_officer_input_gives_an_applicant_or_problems_never_an_exception(changes):
    result = build_applicant(form(**changes), TODAY)
    if isinstance(result, list):
        assert result and all(isinstance(p, Problem) for p in result)
        assert {p.field for p in result} <= set(FIELD_NAMES)
    else:
        assert validate_applicant(result, TODAY) == []
        assert Applicant.from_dict(result.to_dict()) == result
