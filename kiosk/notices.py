"""Third-party licence notices: every distribution the kiosk runs with (the runtime closure of
``enrollment-kiosk``'s requirements), its licence and the licence texts it ships, plus the
standard texts (``resources/licenses``) for those that ship none (Qt's LGPL among them).

The bundle carries the file written at build time (``scripts/build`` via ``build.spec``); a
source tree builds the text from the installed metadata on demand.
"""

from __future__ import annotations

import hashlib
import re
from importlib import metadata
from pathlib import Path

from kiosk.paths import frozen, resources_dir

PROJECT = "enrollment-kiosk"
NOTICES_FILE = "THIRD_PARTY_NOTICES.txt"
STANDARD_TEXTS = {"LGPL-3.0": "LGPL-3.0.txt", "GPL-3.0": "GPL-3.0.txt",
                  "GPL-2.0": "GPL-2.0.txt", "Apache": "Apache-2.0.txt", "MPL-2.0": "MPL-2.0.txt"}
NOT_SHIPPED = {"pip"}  # asked for by a dependency's metadata, not part of the program
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = PROJECT) -> list[metadata.Distribution]:
    """``root`` and everything it requires at run time on this platform, sorted by name."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in seen or _key(name) in NOT_SHIPPED:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform
        seen[_key(name)] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            found = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
            if found is not None:
                todo.append(found.group(0))
    seen.pop(_key(root), None)
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    """The first value of a metadata field, or None when the field is absent."""
    values = meta.get_all(name)
    return str(values[0]) if values else None


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression, else the trove classifiers, else the free-text field."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return " / ".join(classifiers)
    text = (_field(meta, "License") or "").strip()
    return text.splitlines()[0][:120] if text else "unknown"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files the distribution ships."""
    texts = []
    for file in dist.files or []:
        name = str(file)
        if ".dist-info/" not in name or not LICENCE_FILE.search(Path(name).name):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if text and text.strip():
            texts.append((Path(name).name, text.strip()))
    return texts


def standard_texts(licence: str) -> list[str]:
    """File names in ``resources/licenses`` for a licence that ships no text."""
    return [file for marker, file in STANDARD_TEXTS.items() if marker in licence]


def build_notices() -> str:
    """The whole notices text from the installed metadata."""
    parts = ["Third-party software in the enrollment kiosk\n"
             "============================================\n\n"
             "The kiosk runs with the following open-source components. Each is listed with "
             "its version and licence, followed by the licence texts it ships. Qt (through "
             "PySide6) is used under the GNU LGPL version 3; its libraries are separate "
             "files in the bundle and can be replaced by the user.\n"]
    seen_texts: dict[str, str] = {}
    standard: set[str] = set()
    for dist in runtime_distributions():
        name, version = dist.metadata["Name"], dist.version
        licence = licence_of(dist)
        parts.append(f"\n{'-' * 78}\n{name} {version}\nLicence: {licence}\n")
        home = _field(dist.metadata, "Home-page")
        if home:
            parts.append(f"Home page: {home}\n")
        texts = licence_texts(dist)
        for file, text in texts:
            digest = hashlib.sha256(text.encode()).hexdigest()
            if digest in seen_texts:
                parts.append(f"\n{file}: the same text as {seen_texts[digest]} above.\n")
                continue
            seen_texts[digest] = f"{name}'s {file}"
            parts.append(f"\n{file}:\n\n{text}\n")
        if not texts:
            files = standard_texts(licence)
            standard.update(files)
            parts.append("No licence file is shipped; " + (
                "the standard text is at the end: " + ", ".join(files) + ".\n" if files
                else "see the home page.\n"))
    for file in sorted(standard):
        text = resources_dir().joinpath("licenses", file).read_text(encoding="utf-8")
        parts.append(f"\n{'=' * 78}\n{file}\n{'=' * 78}\n\n{text.strip()}\n")
    return "".join(parts)


def notices_text() -> str:
    """The notices: the file written at build time in a bundle, else built now (slow: read
    off the UI thread)."""
    if frozen():
        return resources_dir().joinpath(NOTICES_FILE).read_text(encoding="utf-8")
    return build_notices()
