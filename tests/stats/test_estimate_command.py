"""`chronicle estimate CAPTURES.csv`: the JSON it prints and the files it refuses."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

HEPATITIS_CSV = "P,Q,E,count\n1,1,1,28\n1,1,0,21\n1,0,1,17\n1,0,0,69\n0,1,1,18\n0,1,0,55\n0,0,1,63\n"


def captures(tmp_path: Path, text: str) -> Path:
    """A captures file holding `text`."""
    path = tmp_path / "captures.csv"
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> tuple[str, str]:
    """Run the command in-process; returns what it printed to stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    call_command("estimate", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_json_output_has_exactly_the_documented_keys_first(tmp_path: Path) -> None:
    out, _ = run(str(captures(tmp_path, HEPATITIS_CSV)), "--format", "json", "--samples", "800")
    report = json.loads(out)
    assert list(report)[:6] == ["estimate", "ci95", "observed", "lists", "method", "warnings"]
    assert (report["observed"], report["lists"], report["method"]) == (271, 3, "combined")
    assert report["ci95"][0] <= report["estimate"] <= report["ci95"][1]
    assert report["list_totals"] == {"P": 135, "Q": 122, "E": 126}
    assert report["samples"] == 800 and report["seed"] == 2016


def test_loglinear_method_reports_its_model(tmp_path: Path) -> None:
    out, _ = run(str(captures(tmp_path, HEPATITIS_CSV)), "--method", "loglinear")
    report = json.loads(out)
    assert (report["estimate"], report["ci95"], report["model"]) == (1313, [489, 3064], "darroch")


def test_the_seed_makes_runs_repeatable(tmp_path: Path) -> None:
    path = str(captures(tmp_path, HEPATITIS_CSV))
    first, _ = run(path, "--seed", "11", "--samples", "800")
    again, _ = run(path, "--seed", "11", "--samples", "800")
    assert first == again
    assert json.loads(first)["seed"] == 11


def test_three_lists_warn_that_the_interval_may_undercover(tmp_path: Path) -> None:
    out, _ = run(str(captures(tmp_path, HEPATITIS_CSV)), "--samples", "800")
    warnings = json.loads(out)["warnings"]
    assert warnings[0].startswith("only three lists: capture heterogeneity cannot be told apart")


def test_text_format_summarises_with_warnings_last(tmp_path: Path) -> None:
    out, _ = run(str(captures(tmp_path, HEPATITIS_CSV)), "--format", "text", "--method", "loglinear")
    lines = out.splitlines()
    assert lines[:2] == [
        "estimated total: 1313 (95% interval 489-3064)",
        "documented: 271 individuals on 3 lists (loglinear)",
    ]
    assert all(line.startswith("warning: ") for line in lines[2:])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("A,B\n1,1\n1,0\n", "needs at least 3 lists, got 2 (A, B)"),
        ("A,B,C\n1,1,0\n0,x,1\n", "row 3, column 'B': 'x' is not 0 or 1"),
        ("A,B,C,count\n1,1,0,-3\n", "row 2, column 'count': '-3' is not a non-negative whole number"),
        ("A,B,C,count\n1,1,0,1.5\n", "row 2, column 'count': '1.5' is not a non-negative whole number"),
        ("A,B,C\n1,1,0\n0,0,0\n", "row 3: all zeros"),
        ("A,B,C\n1,0,0\n0,1,0\n0,0,1\n", "no overlap between lists"),
    ],
)
def test_bad_captures_are_refused_with_nothing_printed(tmp_path: Path, text: str, message: str) -> None:
    out = io.StringIO()
    with pytest.raises(CommandError) as refusal:
        call_command("estimate", str(captures(tmp_path, text)), stdout=out)
    assert message in str(refusal.value)
    assert "captures.csv" in str(refusal.value)
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--seed", "-1"], "seed must be a non-negative integer, got -1"),
        (["--samples", "0"], "samples must be at least 8"),
    ],
)
def test_bad_options_are_refused(tmp_path: Path, option: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message):
        run(str(captures(tmp_path, HEPATITIS_CSV)), *option)


def test_the_cli_exits_non_zero_with_the_message_on_stderr(tmp_path: Path) -> None:
    path = captures(tmp_path, "A,B\n1,1\n")
    done = subprocess.run(
        [sys.executable, "-m", "chronicle", "estimate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert done.stdout == ""
    assert "needs at least 3 lists, got 2 (A, B)" in done.stderr


def test_an_unbounded_upper_end_is_null_in_json_and_said_in_text(tmp_path: Path) -> None:
    path = str(captures(tmp_path, "A,B,C,count\n1,0,0,60\n0,1,0,60\n0,0,1,60\n1,1,0,1\n0,1,1,1\n"))
    report = json.loads(run(path, "--method", "loglinear")[0])
    assert (report["estimate"], report["ci95"]) == (5622, [1740, None])
    assert report["warnings"][-1] == "the likelihood does not bound the total from above"
    text, _ = run(path, "--method", "loglinear", "--format", "text")
    assert text.splitlines()[0] == "estimated total: 5622 (95% interval 1740-unbounded)"
