"""Fill unfinished entries of the Qt Linguist catalogues from a JSON file or another catalogue.

    python scripts/fill_translations.py TRANSLATIONS.json [...]
    python scripts/fill_translations.py --from-ts OTHER_kiosk_vi.ts [...]

JSON shape: ``{"<context>": {"<source text>": {"vi": "...", "zh_CN": "...", ...}}}``; the
language codes are the ``kiosk_<code>.ts`` suffixes. A numerus entry takes one string (one form)
or a list (one per plural form). Keys starting with "_" (at any level) are notes, not
translations, and are skipped (``"_complete": true``). ``--from-ts`` copies finished
translations of a catalogue of the same language (used to merge branches). Only unfinished
or empty entries are filled; run ``scripts/update_translations`` first so that new source
strings exist in the catalogues.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _language(ts: Path) -> str:
    return ts.stem.removeprefix("kiosk_")


def _finished(translation: ET.Element) -> list[str] | None:
    if translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    texts = forms or [translation.text or ""]
    return texts if all(t.strip() for t in texts) else None


def _entries(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for old in translation.findall("numerusform"):
            translation.remove(old)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def fill(ts: Path, lookup) -> int:
    """Fill ``ts`` where ``lookup(context, source)`` has a value; returns the count filled."""
    tree = ET.parse(ts)
    count = 0
    for context, message in _entries(tree):
        translation = message.find("translation")
        if translation is not None and _finished(translation) is not None:
            continue
        value = lookup(context, message.findtext("source"))
        if value:
            _set(message, value)
            count += 1
    if count:
        root = tree.getroot()  # lupdate's own layout, so that its next run changes nothing
        root.text = "\n"
        for child in root:
            ET.indent(child, space="    ")
            child.tail = "\n"
        with ts.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            body = ET.tostring(root, encoding="unicode")
            out.write(body.replace("'", "&apos;").encode("utf-8"))  # as lupdate writes it
            out.write(b"\n")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON translation files")
    parser.add_argument("--from-ts", action="append", type=Path, default=[],
                        help="a catalogue whose finished entries to copy (same language)")
    args = parser.parse_args(argv)
    table: dict[tuple[str, str, str], str | list[str]] = {}
    for path in args.files:
        for context, sources in json.loads(path.read_text(encoding="utf-8")).items():
            if context.startswith("_"):
                continue
            for source, languages in sources.items():
                if source.startswith("_"):
                    continue
                for language, text in languages.items():
                    if not language.startswith("_"):
                        table[(language, context, source)] = text
    for other in args.from_ts:
        language = _language(other)
        for context, message in _entries(ET.parse(other)):
            translation = message.find("translation")
            texts = None if translation is None else _finished(translation)
            if texts:
                value = texts if message.get("numerus") == "yes" else texts[0]
                table.setdefault((language, context, message.findtext("source")), value)
    for ts in sorted(CATALOGUES.glob("*.ts")):
        language = _language(ts)
        n = fill(ts, lambda c, s, lang=language: table.get((lang, c, s)))
        print(f"{ts.name}: filled {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
