"""``kiosk mrz``: exit codes, text and JSON output, errors without tracebacks."""

from __future__ import annotations

import io
import json

from station.cli import main

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n")


def test_valid_mrz_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(TD3))
    assert main(["mrz"]) == 0
    out = capsys.readouterr().out
    assert "surname          ERIKSSON" in out
    assert "check composite        0 ok" in out
    assert out.rstrip().endswith("valid")


def test_failed_check_digit_exits_1_and_names_the_field(capsys):
    bad = TD3.replace("7408122F", "7408123F")
    assert main(["mrz", "--json", bad]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False
    assert [c["field"] for c in data["checks"] if not c["ok"]] == ["birth_date", "composite"]
    assert data["birth_date"] == "1974-08-12"


def test_unreadable_input_is_one_line_error(capsys):
    assert main(["mrz", "NOT AN MRZ"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kiosk: no MRZ format has 1 line(s)")
    assert "Traceback" not in err
