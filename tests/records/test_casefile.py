"""The case file: import is transactional and idempotent, export is lossless."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chronicle.records.domain.setup import FOUNDING_CASEFILE
from chronicle.records.interfaces.casefile import CaseFileError, export_casefile, import_casefile, load_casefile
from chronicle.records.models import (
    Act,
    Claim,
    Event,
    Intervention,
    LegalCase,
    Organization,
    Person,
    ReportedStatistic,
    Source,
    StatusClaim,
)

pytestmark = pytest.mark.django_db


def empty_database() -> None:
    """Delete every record, dependents first."""
    for model in (Claim, StatusClaim, ReportedStatistic, Intervention, Event, LegalCase, Person, Organization, Source):
        model.objects.all().delete()


def founding() -> dict[str, Any]:
    return load_casefile(FOUNDING_CASEFILE)


def test_founding_article_loads_every_kind_of_record(founding_article: Any) -> None:
    counts = (
        Source.objects.count(),
        Person.objects.count(),
        Organization.objects.count(),
        Act.objects.count(),
        Intervention.objects.count(),
        ReportedStatistic.objects.count(),
    )
    assert counts == (1, 35, 12, 14, 4, 12)
    assert Claim.objects.count() == 172


def test_every_claim_span_points_at_its_quote(founding_article: Any) -> None:
    for claim in Claim.objects.select_related("source"):
        assert claim.source.text[claim.span_start : claim.span_end] == claim.quote


def test_reimporting_the_same_file_changes_nothing(founding_article: Any) -> None:
    history_before = Person.history.count()
    summary = import_casefile(founding())
    assert (summary.changed, Person.history.count()) == (False, history_before)


def test_export_of_the_founding_article_reproduces_the_file_exactly(founding_article: Any) -> None:
    assert export_casefile() == founding()


def test_round_trip_through_an_empty_database_is_lossless(founding_article: Any) -> None:
    exported = export_casefile()
    empty_database()
    assert Person.objects.count() == 0
    import_casefile(exported)
    assert export_casefile() == exported


def test_an_edit_in_the_file_updates_only_that_record(founding_article: Any) -> None:
    data = founding()
    data["persons"][0]["description"] = "Corrected description."
    summary = import_casefile(data)
    assert (dict(summary.updated), summary.claims_created) == ({"Person": 1}, 0)
    assert Person.objects.get(uid=data["persons"][0]["id"]).description == "Corrected description."


def test_same_document_under_another_id_is_the_same_source(founding_article: Any) -> None:
    data = founding()
    data["sources"][0]["id"] = "S:someone-else"
    for person in data["persons"]:
        for entry in person["evidence"]:
            entry["source"] = "S:someone-else"
    import_casefile(
        {"format": data["format"], "version": 1, "sources": data["sources"], "persons": data["persons"][:1]}
    )
    assert Source.objects.count() == 1


def _broken(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(founding())
    mutate(data)
    return data


BROKEN = [
    (lambda d: d.update(version=9), "$.version"),
    (lambda d: d["persons"][2].update(colour="red"), "$.persons[2]: unknown keys ['colour']"),
    (lambda d: d["persons"][3].update(region="KZ-99"), "$.persons[3].region"),
    (lambda d: d["persons"][4].update(birth_date="sometime"), "$.persons[4].birth_date"),
    (lambda d: d["persons"][5]["names"][0].update(is_primary="yes"), "$.persons[5].names[0].is_primary"),
    (lambda d: d["events"][1]["acts"][0].update(act_type="teleportation"), "$.events[1].acts[0].act_type"),
    (
        lambda d: d["statistics"][-1].update(author="O:nobody"),
        "$.statistics[11].author: refers to unknown Organization",
    ),
    (lambda d: d["statistics"][-1]["evidence"][0].update(span=[0, 5]), "$.statistics[11].evidence[0].span"),
    (lambda d: d["sources"][0].update(sha256="0" * 64), "$.sources[0].sha256"),
    (lambda d: d["interventions"][0].update(authors_count=-3), "$.interventions[0].authors_count"),
    (lambda d: d["persons"].append({"display_name": "No id"}), "$.persons[35].id"),
]


@pytest.mark.parametrize(("mutate", "path"), BROKEN)
def test_invalid_case_file_names_the_path_and_writes_nothing(mutate: Any, path: str) -> None:
    with pytest.raises(CaseFileError) as raised:
        import_casefile(_broken(mutate), file="broken.json")
    assert str(raised.value).startswith(f"broken.json: {path}")
    assert (Source.objects.count(), Person.objects.count(), Claim.objects.count()) == (0, 0, 0)


def test_a_late_error_rolls_back_what_came_before(founding_article: Any) -> None:
    data = _broken(lambda d: d["statistics"][-1].update(qualifier="roughly"))
    data["persons"][0]["description"] = "Should not be saved."
    with pytest.raises(CaseFileError, match=r"\$\.statistics\[11\]\.qualifier"):
        import_casefile(data)
    assert Person.objects.get(uid=data["persons"][0]["id"]).description != "Should not be saved."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{broken", "invalid JSON at line 1"),
        (b"\xff\xfe\x00junk", "not UTF-8"),
        (b"[]", "a case file is a JSON object"),
    ],
)
def test_malformed_file_is_refused_by_the_command(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as raised:
        call_command("import", str(path))
    assert str(path) in str(raised.value)
    assert Source.objects.count() == 0


def test_import_and_export_commands_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("import", str(FOUNDING_CASEFILE))
    assert "created" in capsys.readouterr().out
    call_command("import", str(FOUNDING_CASEFILE))
    assert "nothing changed" in capsys.readouterr().out
    out = tmp_path / "export.json"
    call_command("export", out=out)
    assert json.loads(out.read_text(encoding="utf-8")) == founding()
    call_command("export")
    assert json.loads(capsys.readouterr().out) == founding()
