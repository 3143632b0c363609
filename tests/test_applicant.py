"""The Applicant record, its JSON round trip, and the ICAO country codes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from kiosk.domain.applicant import Applicant, ApplicantDataError, ResidenceCardKind, Sex
from kiosk.domain.countries import (
    ICAO_CODES,
    ICAO_SPECIAL_CODES,
    is_known_code,
    normalize_code,
)
from kiosk.domain.iso3166 import ISO3166_ALPHA3

APPLICANT = Applicant(
    surname="LI", given_names="WEI", native_name="李伟", sex=Sex.MALE,
    date_of_birth=date(1985, 2, 28), nationality="CHN", issuing_state="CHN",
    travel_document_number="E12345678", travel_document_expiry=date(2031, 5, 6),
    residence_card_kind=ResidenceCardKind.PERMANENT, residence_card_number="TT999",
    residence_card_expiry=date(2035, 1, 1), address_vn="Khu công nghiệp Yên Phong, Bắc Ninh",
    phone="+84987654321", email="li.wei@example.cn", preferred_language="zh_CN")


def test_round_trip_through_json():
    data = APPLICANT.to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    assert data["date_of_birth"] == "1985-02-28"
    assert data["sex"] == "M" and data["residence_card_kind"] == "permanent"
    assert Applicant.from_dict(json.loads(text)) == APPLICANT


def test_round_trip_without_card_or_email():
    bare = replace(APPLICANT, residence_card_kind=None, residence_card_number=None,
                   residence_card_expiry=None, email=None, native_name=None)
    data = bare.to_dict()
    assert data["residence_card_kind"] is None
    assert Applicant.from_dict(data) == bare
    del data["native_name"]  # older records may lack the optional native name
    assert Applicant.from_dict(data) == bare


@pytest.mark.parametrize(("change", "fragment"), [
    ({"sex": "Q"}, "'sex' has a bad value"),
    ({"date_of_birth": "28/02/1985"}, "'date_of_birth' has a bad value"),
    ({"date_of_birth": 19850228}, "'date_of_birth' has a bad value"),
    ({"surname": None}, "'surname' must not be null"),
    ({"phone": 84987654321}, "'phone' must be a string"),
    ({"residence_card_kind": "visa"}, "'residence_card_kind' has a bad value"),
    ({"shoe_size": 42}, "unknown applicant fields: shoe_size"),
])
def test_bad_stored_data_raises_a_kiosk_error(change, fragment):
    data = {**APPLICANT.to_dict(), **change}
    with pytest.raises(ApplicantDataError, match=fragment) as info:
        Applicant.from_dict(data)
    assert info.value.message_key == "applicant.bad_data"


def test_missing_required_field():
    data = APPLICANT.to_dict()
    del data["phone"]
    with pytest.raises(ApplicantDataError, match="'phone' is missing"):
        Applicant.from_dict(data)


def test_applicant_is_immutable_and_has_a_full_name():
    with pytest.raises(AttributeError):
        APPLICANT.surname = "X"  # type: ignore[misc]
    assert APPLICANT.full_name == "LI WEI"
    assert replace(APPLICANT, given_names="").full_name == "LI"


def test_country_codes():
    assert len(ISO3166_ALPHA3) == 249
    assert all(len(code) == 3 and code.isalpha() and code.isupper() for code in ISO3166_ALPHA3)
    for code in ("VNM", "KOR", "CHN", "JPN", "TWN", "DEU", "USA"):
        assert is_known_code(code)
    for code in ("D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB",
                 "XXC", "XXX", "UTO", "EUE", "XOM", "XPO", "RKS"):
        assert code in ICAO_SPECIAL_CODES
    assert not set(ICAO_SPECIAL_CODES) & set(ISO3166_ALPHA3)  # specials add, never override
    assert len(ICAO_CODES) == len(ISO3166_ALPHA3) + len(ICAO_SPECIAL_CODES)
    assert normalize_code(" d<< ") == "D" and is_known_code("D<<")
    assert ICAO_CODES["VNM"] == "Vietnam" and ICAO_CODES["UTO"].startswith("Utopia")
    assert "QQQ" not in ICAO_CODES and not is_known_code("") and not is_known_code("ZZZ")
