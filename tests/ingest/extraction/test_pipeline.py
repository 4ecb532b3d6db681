"""The whole extraction: schema, spans, determinism, languages and hard inputs."""

from __future__ import annotations

import json
import time
from datetime import date

from chronicle.ingest.extraction.pipeline import extract

TEXT = (
    "On 5 March 2024, police in Almaty detained the activist Daniyar Omarov. "
    "More than 30 people have been questioned since the ban of the movement Atameken Union, "
    "which a court declared extremist in November 2023."
)


def test_the_result_has_the_annotation_schema_and_the_text_hash() -> None:
    result = extract(TEXT, published=date(2024, 3, 14), language="en")
    assert list(result) == ["language", "text_sha256", "persons", "organizations", "statistics", "events", "letters"]
    assert result["language"] == "en"
    assert result["persons"] == [
        {
            "name": "Daniyar Omarov",
            "role": "activist",
            "status": "detained",
            "country": "Kazakhstan",
            "group": None,
            "aliases": [],
            "spans": [[56, 70]],
        }
    ]
    assert result["organizations"] == [
        {
            "name": "Atameken Union",
            "kind": "movement",
            "designated_extremist": True,
            "aliases": [],
            "spans": [[143, 157]],
        }
    ]


def test_every_span_points_into_the_text() -> None:
    result = extract(TEXT, published=date(2024, 3, 14), language="en")
    [person] = result["persons"]
    assert [TEXT[a:b] for a, b in person["spans"]] == ["Daniyar Omarov"]
    [stat] = result["statistics"]
    assert TEXT[stat["spans"][0][0] : stat["spans"][0][1]] == "More than 30"


def test_the_same_input_gives_the_same_bytes() -> None:
    first = json.dumps(extract(TEXT, published=date(2024, 3, 14), language="auto"), ensure_ascii=False)
    second = json.dumps(extract(TEXT, published=date(2024, 3, 14), language="auto"), ensure_ascii=False)
    assert first == second


def test_kazakh_text_is_reported_as_kazakh() -> None:
    text = "Алматы қалалық соты белсенді азаматты бес жылға бас бостандығынан айырды. Құқық қорғаушылар наразы."
    assert extract(text, language="auto")["language"] == "kk"


def test_an_empty_text_gives_an_empty_extraction() -> None:
    result = extract("", language="en")
    assert [result[k] for k in ("persons", "organizations", "statistics", "events", "letters")] == [[], [], [], [], []]


def test_a_long_text_without_punctuation_is_extracted_in_linear_time() -> None:
    text = ("Aaaa Bbbb cccc 12 dddd " * 30_000).strip()  # 0.7 MB, one endless sentence (quadratic would hang)
    started = time.perf_counter()
    result = extract(text, language="en")
    assert result["persons"][0]["name"] == "Aaaa Bbbb"
    assert time.perf_counter() - started < 120  # a guard against a hang, not a speed measure


def test_the_parties_of_national_mps_are_organisations() -> None:
    text = (
        "Fourteen members of the German Bundestag have written to the president. The letter was signed by "
        "Lena Vogt (Alliance 90/The Greens) and Jonas Keller (FDP)."
    )
    result = extract(text, published=date(2025, 10, 22), language="en")
    names = {o["name"]: o["kind"] for o in result["organizations"]}
    assert names["Alliance 90/The Greens"] == "party"
    assert names["FDP"] == "party"
    assert "Alliance 90" not in names
    assert [s["quantity"] for s in result["statistics"]] == [14]


def test_a_head_word_alone_is_no_organisation() -> None:
    text = (
        "Комитет потребовал освободить задержанных. По словам активистов, Коалиция призывает власти провести "
        "расследование."
    )
    assert extract(text, published=date(2025, 6, 26), language="ru")["organizations"] == []


def test_a_journalist_on_a_list_of_signers_stays_a_journalist_in_a_text_about_members() -> None:
    text = (
        "Бывший депутат мажилиса поддержал обращение.\n\nЧастные лица:\n"
        "Айгерим Садыкова, правозащитница, Астана\nМарат Ержанов, журналист, Алматы\n"
    )
    roles = {p["name"]: p["role"] for p in extract(text, language="ru")["persons"]}
    assert roles == {"Айгерим Садыкова": "human_rights_defender", "Марат Ержанов": "journalist"}


def test_a_constituency_in_a_signatories_table_is_nobody() -> None:
    text = (
        "We urge you to release the prisoners.\n\nYours faithfully,\n\n"
        "Name | Constituency | Party\n"
        "Peter Lindqvist MP | Carlisle Moor | Labour\n"
        "Gwen Dafydd MP | Dwyfor Meirionnydd | Plaid Cymru\n"
    )
    result = extract(text, published=date(2025, 3, 1), language="en")
    assert [p["name"] for p in result["persons"]] == ["Peter Lindqvist", "Gwen Dafydd"]
    assert [s["group"] for s in result["letters"][0]["signatories"]] == ["Labour", "Plaid Cymru"]
