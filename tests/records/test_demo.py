"""`chronicle demo` sets everything up, and running it again is safe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from chronicle.records.models import Claim, Person

pytestmark = pytest.mark.django_db


def test_demo_without_serving_sets_up_and_prints_a_one_time_password(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("demo", no_serve=True)
    first = capsys.readouterr().out
    assert "Administrator: admin / " in first
    assert (Person.objects.count(), Claim.objects.count()) == (35, 172)
    assert set(Group.objects.values_list("name", flat=True)) == {"viewer", "editor", "reviewer", "administrator"}
    call_command("demo", no_serve=True)
    second = capsys.readouterr().out
    assert "Founding article case file: already loaded" in second
    assert "Administrator 'admin' exists" in second
    assert (get_user_model().objects.count(), Person.objects.count()) == (1, 35)


def test_the_chronicle_command_fails_cleanly_on_a_bad_case_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "chronicle-casefile", "version": 1, "persons": [{"id": 5}]}', encoding="utf-8")
    env = {**os.environ, "CHRONICLE_HOME": str(tmp_path / "home")}
    env.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "chronicle", "migrate", "-v0"], env=env, check=True)
    result = subprocess.run(
        [sys.executable, "-m", "chronicle", "import", str(bad)], env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert f"{bad}: $.persons[0].id: every record needs a non-empty string id" in result.stderr
