"""`chronicle extract`: JSON on standard output or into a file, clear errors, same bytes each time."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ARTICLE = (
    "MEPs urge release of activist\n"
    "Twelve Members of the European Parliament have sent a letter demanding the release of the activist "
    "Daniyar Omarov. The letter was initiated by Anna Lindqvist (Sweden; S&D). Omarov was detained in May."
)


def _run(*args: str) -> str:
    out = StringIO()
    call_command("extract", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_one_json_object(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    result = json.loads(_run(str(path), "--published", "2024-06-10"))
    assert [p["name"] for p in result["persons"]] == ["Daniyar Omarov", "Anna Lindqvist"]
    assert result["letters"][0]["authors_count"] == 12
    assert result["letters"][0]["signatories"] == [{"name": "Anna Lindqvist", "country": "Sweden", "group": "S&D"}]
    assert [e["date"] for e in result["events"] if e["type"] == "detention"] == ["2024-05"]


def test_the_output_is_identical_on_every_run(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    assert _run(str(path), "--published", "2024-06-10") == _run(str(path), "--published", "2024-06-10")


def test_out_writes_the_same_json_to_a_file(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    target = tmp_path / "out" / "article.json"
    assert _run(str(path), "--published", "2024-06-10", "--out", str(target)) == ""
    assert target.read_text("utf-8") == _run(str(path), "--published", "2024-06-10")
    assert [p.name for p in target.parent.iterdir()] == ["article.json"]


def test_the_text_hash_is_the_hash_of_the_file_bytes(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    import hashlib

    assert json.loads(_run(str(path)))["text_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_forced_language_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    assert json.loads(_run(str(path), "--lang", "en"))["language"] == "en"


def test_an_empty_file_is_a_command_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match=r"empty\.txt: empty file"):
        _run(str(path))


def test_binary_garbage_is_a_command_error(tmp_path: Path) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CommandError, match=r"image\.bin: binary data"):
        _run(str(path))


def test_a_bad_publication_date_is_a_command_error(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, "utf-8")
    with pytest.raises(CommandError, match="--published '16/10/2020': not a date"):
        _run(str(path), "--published", "16/10/2020")
