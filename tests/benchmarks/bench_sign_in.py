"""Sign-in answer time per case with the station's real argon2id parameters: unknown user,
wrong password, locked account (right and wrong password), disabled account (right and wrong
password) and a successful sign-in, against a bare argon2id verification (the baseline, same
run). Uniform answers mean every refusal is within a few per cent of the baseline; before the
fix a locked account answered in ~0 ms against ~400 ms for an unknown user.

Run: ``.venv/bin/python tests/benchmarks/bench_sign_in.py [--quick]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from argon2 import PasswordHasher  # noqa: E402
from benchlib import Timing, measure, print_table  # noqa: E402

from kiosk.accounts.errors import InvalidCredentials  # noqa: E402
from kiosk.accounts.roles import Role  # noqa: E402
from kiosk.accounts.service import AccountPolicy, Accounts  # noqa: E402
from kiosk.store.store import Store  # noqa: E402

PASSWORD = "giám sát viên 2026"
OFFICER_PASSWORD = "mật khẩu cán bộ 1"
WRONG = "wrong password 12"


def _refused(accounts: Accounts, username: str, password: str) -> None:
    try:
        accounts.authenticate(username, password)
    except InvalidCredentials:
        return
    raise AssertionError(f"{username} was let in")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    args = parser.parse_args()
    repeat = 3 if args.quick else 20
    hasher = PasswordHasher()  # the station's parameters
    with tempfile.TemporaryDirectory() as folder, \
            Store.open(Path(folder) / "data", key_backend="file") as store:
        accounts = Accounts(store, AccountPolicy(lockout_attempts=3, lockout_minutes=24 * 60),
                            hasher=hasher, sleep=lambda _s: None)
        accounts.create_first("sup.lan", "Trần Thị Lan", Role.SUPERVISOR, PASSWORD)
        supervisor = accounts.authenticate("sup.lan", PASSWORD)
        for name in ("off.an", "off.binh", "off.chi"):
            accounts.create(supervisor, name, name, Role.OFFICER, OFFICER_PASSWORD)
        for _ in range(3):
            _refused(accounts, "off.binh", WRONG)            # locked for the whole run
        accounts.set_active(supervisor, "off.chi", False)     # disabled
        stored = hasher.hash(OFFICER_PASSWORD)
        subjects = {
            "argon2id verify (baseline)": lambda: hasher.verify(stored, OFFICER_PASSWORD),
            "unknown user": lambda: _refused(accounts, "nobody.here", WRONG),
            "wrong password": lambda: _refused(accounts, "sup.lan", WRONG),
            "locked, right password": lambda: _refused(accounts, "off.binh", OFFICER_PASSWORD),
            "locked, wrong password": lambda: _refused(accounts, "off.binh", WRONG),
            "disabled, right password": lambda: _refused(accounts, "off.chi", OFFICER_PASSWORD),
            "disabled, wrong password": lambda: _refused(accounts, "off.chi", WRONG),
            "signed in": lambda: accounts.authenticate("off.an", OFFICER_PASSWORD),
        }
        # round-robin, one call of each per round, so a busy moment of a shared machine
        # falls on every case alike
        samples: dict[str, list[float]] = {name: [] for name in subjects}
        for _ in range(repeat):
            for name, fn in subjects.items():
                samples[name] += measure(name, fn, 1, warmup=0).samples_ms
        baseline, *cases = [Timing(name, values) for name, values in samples.items()]
    rows = [(t.name, t.median, t.p90, t.median / baseline.median) for t in [baseline, *cases]]
    print_table(["case", "median ms", "p90 ms", "x baseline"], rows,
                title=f"Sign-in answer time, {repeat} interleaved runs each (argon2id "
                f"t={hasher.time_cost} m={hasher.memory_cost} KiB p={hasher.parallelism})")
    refusals = [t.median for t in cases[:-1]]
    spread = (max(refusals) - min(refusals)) / baseline.median
    print(f"\nspread of the refusals' medians: {spread:.1%} of the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
