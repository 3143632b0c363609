"""The shared vocabularies stay typed: no status, kind or mode is typed as a literal in the
core's SQL (they are formatted from their enums by ``kiosk.store.sql_text.quoted``), and a
value read back from storage comes back as its enum member, not as a plain ``str``."""

from __future__ import annotations

import ast
import enum
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from deskhelp import applicant, decision, face, fingers

from kiosk.desk.session import DeskSession
from kiosk.domain import vocabulary
from kiosk.domain.enrollment import State
from kiosk.domain.vocabulary import (
    ApprovalStatus,
    CaptureMode,
    OutboxStatus,
    SampleKind,
)
from kiosk.store import approvals
from kiosk.store.sql_text import quoted
from kiosk.store.store import Store

KIOSK = Path(__file__).resolve().parents[1] / "kiosk"
SQL = re.compile(r"\b(SELECT|UPDATE|INSERT|DELETE|WHERE|VALUES)\b")
# Migrations are history: each keeps the text it ran with, whatever the enums say later.
HISTORY = {KIOSK / "store" / "schema.py"}


def _words() -> set[str]:
    enums = [v for v in vars(vocabulary).values()
             if isinstance(v, type) and issubclass(v, enum.StrEnum) and v is not enum.StrEnum]
    return {member.value for cls in [*enums, State] for member in cls}


def bare_literals(source: str) -> list[tuple[int, str]]:
    """(line, value) of each vocabulary value typed as a '...' literal in an SQL string
    (an f-string's literal parts included)."""
    words = _words()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and SQL.search(node.value):
            found += [(node.lineno, v) for v in re.findall(r"'([a-z_]+)'", node.value)
                      if v in words]
    return found


def test_the_check_finds_a_bare_literal() -> None:
    assert bare_literals('q = ("SELECT 1 FROM outbox "\n     "WHERE status = \'pending\'")') \
        == [(1, "pending")]
    assert bare_literals('q = f"SELECT 1 FROM outbox WHERE status = {quoted(X)}"') == []
    assert bare_literals("q = \"SELECT json_extract(a, '$.surname') FROM t\"") == []
    assert {"pending", "accepted", "face", "forced", "withdrawn", "cancelled"} <= _words()


def test_no_vocabulary_value_is_typed_in_the_core_sql() -> None:
    offenders = [f"{path.relative_to(KIOSK.parent)}:{line}: '{value}'"
                 for path in sorted(KIOSK.rglob("*.py")) if path not in HISTORY
                 for line, value in bare_literals(path.read_text(encoding="utf-8"))]
    assert not offenders, "format these with kiosk.store.sql_text.quoted(Enum.MEMBER):\n" + \
        "\n".join(offenders)


def test_quoted_formats_members_and_refuses_anything_else() -> None:
    assert quoted(OutboxStatus.PENDING) == "'pending'"
    assert quoted(*vocabulary.OPEN_APPROVALS) == "'pending', 'rejected'"
    for bad in ((), ("pending",)):
        with pytest.raises(ValueError):
            quoted(*bad)

    class Odd(enum.StrEnum):
        QUOTE = "it's"

    with pytest.raises(ValueError):
        quoted(Odd.QUOTE)


def test_values_read_back_from_the_store_are_enum_members(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data", key_backend="file") as store:
        desk = DeskSession(store, "HN-DESK-1", "off.an")
        draft = desk.start(applicant(), decision())
        desk.save_face(face(forced=True))  # "forced", deferred to a supervisor: pending
        restored = desk.restore(draft)
        assert type(restored.face.mode) is CaptureMode and restored.face.mode is \
            CaptureMode.FORCED
        record = store.read(lambda r: r.get(draft))
        assert {type(b.kind) for b in record.biometrics} == {SampleKind}
        since = datetime.now(UTC) - timedelta(days=1)
        [row] = store.read(lambda r: r.summaries(since))
        assert row.outbox_status is None
        rows = store.read(lambda r: approvals.for_enrollment(r, draft))
        assert all(type(a.status) is ApprovalStatus and type(a.enrollment_state) is State
                   for a in rows)
        kinds = store.read(lambda r: approvals.open_kinds(r, draft))
        assert all(type(status) is ApprovalStatus for status in kinds.values())

        other = DeskSession(store, "HN-DESK-1", "off.an")
        done = other.start(applicant(), decision())
        other.save_face(face())
        other.save_fingers(fingers())
        other.finalize()
        summaries = {s.id: s for s in store.read(lambda r: r.summaries(since))}
        assert summaries[done].outbox_status is OutboxStatus.PENDING
        [item] = store.read(lambda r: r.pending_outbox())
        assert type(item.status) is OutboxStatus
