"""ICAO 9303 MRZ parsing: the published examples, every check digit, formats, keyboard input."""

from __future__ import annotations

from datetime import date

import pytest
from mrz_truth import MRZ_TRUTH, PRINTED_FAILURES

from kiosk.domain.mrz import (
    MrzCheckFailed,
    MrzError,
    MrzFormat,
    check_digit,
    detect_format,
    mrz_to_applicant_fields,
    parse_mrz,
    read_mrz_input,
)
from kiosk.domain.validation import build_applicant

TODAY = date(2026, 11, 23)

# ICAO Doc 9303 (8th edition) examples: Part 4 (TD3), Part 5 (TD1), Part 6 (TD2), Part 7 (MRV).
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD1_LONG_NUMBER = ("I<UTOD23145890<7349<<<<<<<<<<<",
                   "3407127M9507122UTO<<<<<<<<<<<2",
                   "STEVENSON<<PETER<JOHN<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
       "D231458907UTO7408122F1204159<<<<<<<6")
MRV_A = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
         "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
MRV_B = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
         "L8988901C4XXX4009078F9612109<<<<<<<<")
# German specimens (Erika Mustermann): the 'D<<' code for Germany.
DE_PASSPORT = ("P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
               "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4")
DE_ID = ("IDD<<T220001293<<<<<<<<<<<<<<<",
         "6408125<2010315D<<<<<<<<<<<<<4",
         "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")


def test_check_digit_matches_icao_worked_examples():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("ZE184226B<<<<<") == "1"
    assert check_digit("<<<<") == "0"
    with pytest.raises(ValueError, match="not an MRZ character"):
        check_digit("ab")


@pytest.mark.parametrize(("lines", "fmt"), [
    (TD3, MrzFormat.TD3), (TD1, MrzFormat.TD1), (TD2, MrzFormat.TD2),
    (MRV_A, MrzFormat.MRV_A), (MRV_B, MrzFormat.MRV_B), (TD1_LONG_NUMBER, MrzFormat.TD1),
    (DE_PASSPORT, MrzFormat.TD3), (DE_ID, MrzFormat.TD1),
])
def test_published_examples_parse_and_pass_every_check(lines, fmt):
    mrz = parse_mrz(list(lines), TODAY)
    assert mrz.format is fmt
    assert mrz.valid, mrz.failed_fields
    assert all(c.ok for c in mrz.checks)
    expected_checks = {"document_number", "birth_date", "expiry_date"}
    if fmt is MrzFormat.TD3:
        expected_checks.add("optional_data")
    if fmt in (MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3):
        expected_checks.add("composite")
    assert {c.field for c in mrz.checks} == expected_checks


def test_td3_fields():
    mrz = parse_mrz(list(TD3), TODAY)
    assert (mrz.document_code, mrz.issuing_state, mrz.nationality) == ("P", "UTO", "UTO")
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert mrz.document_number == "L898902C3"
    assert mrz.birth_date == date(1974, 8, 12)
    assert mrz.expiry_date == date(2012, 4, 15)
    assert mrz.sex == "F"
    assert mrz.optional_data == "ZE184226B"
    assert not mrz.name_truncated and not mrz.is_visa


def test_td1_fields_and_long_document_number():
    mrz = parse_mrz(list(TD1), TODAY)
    assert (mrz.document_code, mrz.document_number, mrz.nationality) == ("I", "D23145890", "UTO")
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", "ANNA MARIA")
    long = parse_mrz(list(TD1_LONG_NUMBER), TODAY)
    assert long.document_number == "D23145890734"
    assert long.optional_data == ""
    assert (long.surname, long.given_names, long.sex) == ("STEVENSON", "PETER JOHN", "M")
    assert long.birth_date == date(1934, 7, 12)


def test_visas_and_germany():
    visa = parse_mrz(list(MRV_A), TODAY)
    assert visa.is_visa and visa.nationality == "XXX" and visa.document_number == "L8988901C"
    assert visa.expiry_date == date(2096, 12, 10)  # expiry years are always 20xx
    passport = parse_mrz(list(DE_PASSPORT), TODAY)
    assert (passport.issuing_state, passport.nationality) == ("D", "D")
    assert (passport.surname, passport.given_names) == ("MUSTERMANN", "ERIKA")
    assert passport.birth_date == date(1964, 8, 12)


def _bump(ch: str) -> str:
    """A different MRZ character whose value differs by 1 mod 10 (always caught)."""
    if ch == "<":
        return "1"
    if ch.isdigit():
        return str((int(ch) + 1) % 10)
    return "A" if ch == "Z" else chr(ord(ch) + 1)


# (line, start, end) -> fields that must fail when one character there changes
GUARDED = {
    MrzFormat.TD3: [(1, 0, 10, "document_number"), (1, 13, 20, "birth_date"),
                    (1, 21, 28, "expiry_date"), (1, 28, 43, "optional_data"),
                    (1, 43, 44, "composite")],
    MrzFormat.TD2: [(1, 0, 10, "document_number"), (1, 13, 20, "birth_date"),
                    (1, 21, 28, "expiry_date"), (1, 28, 35, "composite"),
                    (1, 35, 36, "composite")],
    MrzFormat.TD1: [(0, 5, 15, "document_number"), (0, 15, 30, "composite"),
                    (1, 0, 7, "birth_date"), (1, 8, 15, "expiry_date"),
                    (1, 18, 30, "composite")],
    MrzFormat.MRV_A: [(1, 0, 10, "document_number"), (1, 13, 20, "birth_date"),
                      (1, 21, 28, "expiry_date")],
    MrzFormat.MRV_B: [(1, 0, 10, "document_number"), (1, 13, 20, "birth_date"),
                      (1, 21, 28, "expiry_date")],
}
COMPOSITE_FORMATS = (MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3)


def _corruptions():
    for lines in (TD3, TD2, TD1, MRV_A, MRV_B):
        fmt = detect_format(list(lines))
        for line, start, end, field in GUARDED[fmt]:
            for pos in range(start, end):
                yield pytest.param(lines, line, pos, field, id=f"{fmt}-{line}-{pos}")


@pytest.mark.parametrize(("lines", "line", "pos", "field"), list(_corruptions()))
def test_every_single_character_corruption_is_caught(lines, line, pos, field):
    corrupted = list(lines)
    text = corrupted[line]
    corrupted[line] = text[:pos] + _bump(text[pos]) + text[pos + 1:]
    mrz = parse_mrz(corrupted, TODAY)
    assert not mrz.valid
    assert field in mrz.failed_fields
    fmt = mrz.format
    if fmt in COMPOSITE_FORMATS:
        assert "composite" in mrz.failed_fields  # every guarded character is in the composite
    with pytest.raises(MrzCheckFailed) as info:
        mrz_to_applicant_fields(mrz)
    assert field in info.value.params["fields"]


def test_failed_check_reports_found_and_expected_digit():
    bad = [TD3[0], TD3[1][:9] + "7" + TD3[1][10:]]
    mrz = parse_mrz(bad, TODAY)
    failed = [c for c in mrz.checks if not c.ok]
    assert [(c.field, c.found, c.expected) for c in failed] == [
        ("document_number", "7", "6"), ("composite", "0", "7")]


def _td3(personal: str, personal_digit: str | None = None, birth: str = "740812",
         sex: str = "F", name: str = "ERIKSSON<<ANNA<MARIA") -> list[str]:
    personal = personal.ljust(14, "<")
    digit = check_digit(personal) if personal_digit is None else personal_digit
    body = ("L898902C3" + check_digit("L898902C3") + "UTO" + birth + check_digit(birth) + sex
            + "3001019" + personal + digit)
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return [("P<UTO" + name).ljust(44, "<")[:44], body + composite]


def test_td3_empty_personal_number_may_have_a_filler_check_digit():
    assert parse_mrz(_td3("", "<"), TODAY).valid
    assert parse_mrz(_td3("", "0"), TODAY).valid
    with_number = parse_mrz(_td3("AB1234", "<"), TODAY)
    assert with_number.failed_fields == ("optional_data",)


def test_unknown_birth_day_and_month_leave_the_date_empty():
    mrz = parse_mrz(_td3("", birth="74<<<<"), TODAY)
    assert mrz.valid and mrz.birth_date is None
    assert "date_of_birth" not in mrz_to_applicant_fields(mrz)


@pytest.mark.parametrize(("yymmdd", "expected"), [
    ("740812", date(1974, 8, 12)), ("200101", date(2020, 1, 1)),
    ("261123", date(2026, 11, 23)),  # born today
    ("261124", date(1926, 11, 24)),  # tomorrow in 2026 would be in the future
    ("991231", date(1999, 12, 31)), ("000229", date(2000, 2, 29)),
])
def test_birth_year_pivots_on_today(yymmdd, expected):
    assert parse_mrz(_td3("", birth=yymmdd), TODAY).birth_date == expected


@pytest.mark.parametrize("yymmdd", ["741312", "740832", "010229", "7A0812"])
def test_impossible_birth_dates_are_problems(yymmdd):
    mrz = parse_mrz(_td3("", birth=yymmdd), TODAY)
    assert mrz.birth_date is None
    assert "birth_date" in mrz.failed_fields and not mrz.valid


def test_sex_unspecified_and_invalid():
    assert parse_mrz(_td3("", sex="<"), TODAY).sex == "X"
    assert parse_mrz(_td3("", sex="X"), TODAY).sex == "X"
    assert "sex" in parse_mrz(_td3("", sex="Q"), TODAY).failed_fields


def test_names_fillers_and_truncation():
    mrz = parse_mrz(_td3("", name="VAN<DER<BERG<<JAN<<PIETER"), TODAY)
    assert (mrz.surname, mrz.given_names) == ("VAN DER BERG", "JAN PIETER")
    mononym = parse_mrz(_td3("", name="SUKARNO"), TODAY)
    assert (mononym.surname, mononym.given_names) == ("SUKARNO", "")
    full = parse_mrz(_td3("", name="A" * 20 + "<<" + "B" * 30), TODAY)
    assert full.name_truncated


def test_unknown_state_code_is_a_problem():
    lines = list(TD3)
    lines[0] = "P<QQQ" + lines[0][5:]
    mrz = parse_mrz(lines, TODAY)
    assert "issuing_state" in mrz.failed_fields
    assert all(c.ok for c in mrz.checks)  # the state is not covered by any check digit


def test_keyboard_wedge_input():
    raw = "\r\n " + TD3[0].lower() + "  \r\n" + TD3[1][:20] + " " + TD3[1][20:] + "\r\n\r\n"
    assert read_mrz_input(raw) == list(TD3)
    assert parse_mrz(raw, TODAY).valid
    assert read_mrz_input("\n".join(TD1)) == list(TD1)
    assert read_mrz_input("\r".join(TD2)) == list(TD2)
    assert read_mrz_input("".join(TD1)) == list(TD1)  # one unbroken run, split by length
    assert read_mrz_input("".join(MRV_A)) == list(MRV_A)


@pytest.mark.parametrize("raw", [
    "", "\r\n",
    TD3[0][:-1] + "\n" + TD3[1][:-1],          # 2 x 43
    TD1[0] + "<\n" + TD1[1] + "<\n" + TD1[2] + "<",  # 3 x 31
    TD3[0] + "\n" + TD2[1],                    # mixed lengths
    "\n".join(TD1) + "\n" + TD1[0],            # 4 lines
    TD3[1],                                    # 1 line
])
def test_wrong_shapes_are_refused(raw):
    with pytest.raises(MrzError) as info:
        parse_mrz(raw, TODAY)
    assert info.value.message_key == "mrz.unknown_format"


def test_invalid_characters_are_refused():
    with pytest.raises(MrzError) as info:
        parse_mrz([TD3[0].replace("ANNA", "AN*A"), TD3[1]], TODAY)
    assert info.value.message_key == "mrz.invalid_character"


def test_mrz_fields_build_an_applicant():
    fields = mrz_to_applicant_fields(parse_mrz(list(DE_PASSPORT), TODAY))
    assert fields["nationality"] == "DEU" and fields["issuing_state"] == "DEU"
    form = {**fields, "residence_card_kind": "temporary", "residence_card_number": "TT123456",
            "residence_card_expiry": "2027-12-31", "address_vn": "1 Lý Thường Kiệt, Hà Nội",
            "phone": "+84 912 345 678", "preferred_language": "en"}
    applicant = build_applicant(form, TODAY)
    assert not isinstance(applicant, list), applicant
    assert applicant.travel_document_number == "C01X00T47"
    assert applicant.travel_document_expiry == date(2027, 2, 28)
    visa_fields = mrz_to_applicant_fields(parse_mrz(list(MRV_B), TODAY))
    assert set(visa_fields) == {"surname", "given_names", "sex", "nationality", "date_of_birth"}


@pytest.mark.data
@pytest.mark.parametrize("name", sorted(MRZ_TRUTH))
def test_shared_specimens_ground_truth(shared_data, name):
    image = shared_data / "documents" / name
    assert image.is_file(), f"{image} is missing"
    assert f"`{name}`" in (shared_data / "documents" / "SOURCES.md").read_text(encoding="utf-8")
    mrz = parse_mrz(list(MRZ_TRUTH[name]), TODAY)
    assert mrz.failed_fields == PRINTED_FAILURES.get(name, ())
    if name == "passporteye_100_pass-bdr.jpg":
        # an old German specimen: 'BDR' is no ICAO code (Germany is 'D'); no digit guards it
        assert mrz.nationality == "D"


def test_specimen_fields():
    ead = parse_mrz(list(MRZ_TRUTH["passporteye_100_id-usa.jpg"]), TODAY)
    assert (ead.document_number, ead.optional_data, ead.nationality) == (
        "000000003", "LIN1044750079", "COD")
    visa = parse_mrz(list(MRZ_TRUTH["passporteye_100_visa-polx.jpg"]), TODAY)
    assert visa.format is MrzFormat.MRV_B
    assert (visa.surname, visa.given_names) == ("KOWALSKA KWIATKOWSKA", "BEATA")
    assert visa.birth_date == date(1960, 2, 8)
    czech = parse_mrz(list(MRZ_TRUTH["passporteye_100_pass-cze.jpg"]), TODAY)
    assert czech.birth_date == date(2011, 1, 1)  # '11' pivots to 2011: not in the future


def test_td2_long_document_number_continues_in_optional_data():
    number = "AB1234567890"
    line2 = number[:9] + "<" + "UTO" + "7408122" + "F" + "1204159"
    optional = (number[9:] + check_digit(number)).ljust(7, "<")
    body = line2 + optional
    composite = check_digit(body[0:10] + body[13:20] + body[21:35])
    mrz = parse_mrz([TD2[0], body + composite], TODAY)
    assert mrz.valid, mrz.failed_fields
    assert (mrz.document_number, mrz.optional_data) == (number, "")
    wrong = body[:28] + _bump(body[28]) + body[29:]
    assert "document_number" in parse_mrz([TD2[0], wrong + composite], TODAY).failed_fields


def test_suspect_fields_blame_the_composite_only_when_no_field_of_its_own_failed() -> None:
    from kiosk.domain.mrz import parse_mrz, suspect_fields, trusted_applicant_fields

    td3 = ("P<KORKIM<<MIN<JUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
           "M123456788KOR9005019M3101012<<<<<<<<<<<<<<06")
    today = date(2026, 11, 23)
    number = parse_mrz((td3[0], td3[1][:9] + "5" + td3[1][10:]), today)
    assert set(number.failed_fields) == {"document_number", "composite"}
    assert suspect_fields(number) == {"travel_document_number"}
    trusted = trusted_applicant_fields(number)
    assert "travel_document_number" not in trusted
    assert trusted["date_of_birth"] == date(1990, 5, 1) and trusted["surname"] == "KIM"
    composite = parse_mrz((td3[0], td3[1][:-1] + "5"), today)
    assert composite.failed_fields == ("composite",)
    assert suspect_fields(composite) == {"travel_document_number", "date_of_birth",
                                         "travel_document_expiry"}
