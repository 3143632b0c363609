"""Vietnamese marks from the on-screen keyboard: each word a real address or name has."""

from __future__ import annotations

import pytest

from ui.guidance.vietnamese_marks import apply_mark, edited


def typed(text: str, *marks: str) -> str:
    for mark in marks:
        edit = apply_mark(text, len(text), mark)
        assert edit is not None, (text, mark)
        text = edited(text, len(text), edit)
    return text


@pytest.mark.parametrize(("plain", "marks", "expected"), [
    ("Hue", ("circumflex", "acute"), "Huế"), ("Hue", ("acute", "circumflex"), "Huế"),
    ("Pho", ("circumflex", "acute"), "Phố"), ("Trung", ("horn",), "Trưng"),
    ("Truong", ("horn",), "Trương"), ("Truong", ("grave", "horn"), "Trường"),
    ("Nguyen", ("circumflex", "tilde"), "Nguyễn"), ("Ha", ("grave",), "Hà"),
    ("Noi", ("dot", "circumflex"), "Nội"), ("Noi", ("circumflex", "dot"), "Nội"),
    ("Dong", ("stroke", "circumflex"), "Đông"), ("Hai", ("grave",), "Hài"),
    ("Hoang", ("grave",), "Hoàng"), ("Quang", ("hook",), "Quảng"), ("Giang", ("grave",),
                                                                    "Giàng"),
    ("Thuy", ("hook",), "Thủy"), ("Dang", ("stroke", "breve", "tilde"), "Đẵng"),
    ("duong", ("stroke", "horn", "grave"), "đường"),
])
def test_marks_land_where_vietnamese_puts_them(plain, marks, expected) -> None:
    assert typed(plain, *marks) == expected


def test_the_same_mark_again_takes_it_off_and_another_tone_replaces_it() -> None:
    assert typed("Ha", "grave", "grave") == "Ha"
    assert typed("Ha", "grave", "acute") == "Há"
    assert typed("Dong", "stroke", "stroke") == "Dong"


def test_a_word_with_no_letter_for_the_mark_is_left_alone() -> None:
    assert apply_mark("12 ", 3, "acute") is None
    assert apply_mark("Pi", 2, "breve") is None
    assert apply_mark("Tan", 3, "stroke") is None


def test_the_mark_goes_on_the_word_before_the_cursor_not_the_last_word() -> None:
    text = "Pho Hue"
    edit = apply_mark(text, 3, "circumflex")
    assert edit is not None and edited(text, 3, edit) == "Phô Hue"
