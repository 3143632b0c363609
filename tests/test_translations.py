"""Catalogues are complete, and every error key of the core has a translated sentence."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from uihelp import has_sentence

REPO = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((REPO / "resources" / "translations").glob("*.ts"))


def _error_keys() -> set[str]:
    """``message_key`` values of every KioskError subclass in kiosk/ and devices/."""
    keys: set[str] = set()
    for path in [*(REPO / "kiosk").rglob("*.py"), *(REPO / "devices").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and any(
                    getattr(t, "id", None) == "message_key" for t in node.targets):
                if isinstance(node.value, ast.Constant):
                    keys.add(node.value.value)
            elif isinstance(node, ast.keyword) and node.arg == "message_key" and isinstance(
                    node.value, ast.Constant) and isinstance(node.value.value, str):
                keys.add(node.value.value)
    return keys


def test_every_error_key_has_a_sentence() -> None:
    from kiosk.domain.eligibility import Reason

    keys = _error_keys() | {reason.message_key for reason in Reason}
    source = (REPO / "kiosk" / "domain" / "validation.py").read_text(encoding="utf-8")
    keys |= {f"validation.{code}" for code in re.findall(r'Problem\(\w+, "(\w+)"\)', source)}
    assert len(keys) > 10
    missing = sorted(key for key in keys - {"error.unexpected"} if not has_sentence(key))
    assert not missing, f"add these to ui/common/messages.py: {missing}"


def test_there_are_catalogues() -> None:
    assert CATALOGUES, "no .ts catalogues in resources/translations"


def _sources(ts: Path, *, plurals_only: bool = False) -> set[tuple[str, str]]:
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).iter("context") for message in context.iter("message")
            if not plurals_only or message.get("numerus") == "yes"}


def _is_source_language(ts: Path) -> bool:
    """The source-language catalogue (English) holds only plural forms (lupdate -pluralonly)."""
    root = ET.parse(ts).getroot()
    return root.get("language", "").split("_")[0] == root.get("sourcelanguage", "en")


def test_catalogues_hold_every_translatable_string_of_the_ui(tmp_path: Path) -> None:
    """lupdate over ui/ finds exactly the strings the catalogues hold (none new, none stale)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (REPO / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", *files, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    all_strings = _sources(fresh)
    assert len(all_strings) > 40
    for catalogue in CATALOGUES:
        plurals_only = _is_source_language(catalogue)
        expected = _sources(fresh, plurals_only=plurals_only) if plurals_only else all_strings
        held = _sources(catalogue)
        assert not expected - held, f"{catalogue.name} lacks (run scripts/update_translations)" \
                                    f": {sorted(expected - held)[:10]}"
        assert not held - expected, f"{catalogue.name} has stale: {sorted(held - expected)[:10]}"


def test_the_english_catalogue_gives_plural_forms() -> None:
    english = REPO / "resources" / "translations" / "kiosk_en.ts"
    assert _is_source_language(english)
    held = _sources(english)
    assert held and held == _sources(english, plurals_only=True)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_catalogue_has_no_unfinished_or_obsolete_entries(catalogue: Path) -> None:
    bad = []
    for message in ET.parse(catalogue).iter("message"):
        translation = message.find("translation")
        kind = translation.get("type")
        text = "".join(translation.itertext()).strip()
        if kind in ("unfinished", "obsolete", "vanished") or not text:
            bad.append((kind, message.findtext("source")))
    assert not bad, bad


def test_korean_names_the_residence_card_one_way() -> None:
    """체류증 (임시 체류증 / 영주 체류증) on every page: the guide once said 거주증."""
    text = (Path(__file__).resolve().parent.parent / "resources" / "translations"
            / "kiosk_ko.ts").read_text(encoding="utf-8")
    assert "거주증" not in text and "영주증" not in text


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.name)
def test_a_key_is_named_once_on_a_button(catalogue: Path) -> None:
    """CJK labels show their Alt letter as "(R)"; a key hint for the same letter after it
    read "再試行(R) (R)" on the fingerprint screen."""
    doubled = []
    for message in ET.parse(catalogue).iter("message"):
        text = "".join(message.find("translation").itertext())
        if any(re.search(rf"\(&{letter}\).*\({letter}\)", text)
               for letter in re.findall(r"\(&(\w)\)", text)):
            doubled.append(text)
    assert not doubled, doubled


# both forms of a particle, one in brackets: 이(가), 을(를), 은(는), 과(와), (으)로, ...
MECHANICAL_PARTICLE = re.compile(r"[이가을를은는과와아야]\((?:이|가|을|를|은|는|과|와|아|야)\)"
                                 r"|\(으\)|\(이\)")


def test_korean_has_no_mechanical_particles() -> None:
    """Korean sentences never offer both particles, as in "%1을(를) 저장했습니다": each is
    reworded so the particle follows a fixed word ("파일을 저장했습니다: %1")."""
    text = (REPO / "resources" / "translations" / "kiosk_ko.ts").read_text(encoding="utf-8")
    translations = [t.text or "" for t in ET.fromstring(text).iter("translation")]
    translations += [n.text or "" for t in ET.fromstring(text).iter("translation")
                     for n in t.iter("numerusform")]
    mechanical = [t for t in translations if MECHANICAL_PARTICLE.search(t)]
    assert not mechanical, mechanical
    others = [p for p in (REPO / "resources").rglob("*") if p.is_file() and p.suffix in
              (".toml", ".json", ".txt", ".md", ".ts")]
    found = [str(p) for p in others if MECHANICAL_PARTICLE.search(
        p.read_text(encoding="utf-8", errors="ignore"))]
    assert not found, found
