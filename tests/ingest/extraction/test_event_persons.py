"""Events: the persons an event happened to, not every name near it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from chronicle.ingest.extraction.pipeline import extract

Row = tuple[str, str | None, list[str]]


def _events(text: str, published: date | None = None, language: str = "en") -> list[Row]:
    result: dict[str, Any] = extract(text, published=published, language=language)
    return [(e["type"], e["date"], e["persons"]) for e in result["events"] if e["type"] != "letter"]


CASES: list[tuple[str, str, str, list[Row]]] = [
    (
        "a pardon is a release of the pardoned, not of the pardoner",
        "en",
        "The blogger Ivan Marchuk spent two years in prison. On 3 July he was one of 14 political prisoners "
        "pardoned by President Viktar Kaliada.",
        [("release", "2025-07-03", ["Ivan Marchuk"])],
    ),
    (
        "a relative clause after an appositive is about the name before the appositive",
        "en",
        "We are alarmed by the case of Berik Tulegenov, a miner from Satpayev, who was sentenced to five years "
        "on 4 February 2025.",
        [("sentence", "2025-02-04", ["Berik Tulegenov"])],
    ),
    (
        "the complement of a noun cue names its persons",
        "en",
        "The activist Asel Nur was detained on 2 May 2025. The journalist Berik Tas was detained on 9 May 2025. "
        "The experts asked about the detention of Ms Nur and Mr Tas and the case of the activist Dana Kim.",
        [("detention", "2025-05-02", ["Asel Nur"]), ("detention", "2025-05-09", ["Berik Tas"])],
    ),
    (
        "a list with a comma before 'and' is one subject",
        "en",
        "The activists Asel Nur, Berik Tas, and Dana Omar were sentenced on 12 March 2025.",
        [("sentence", "2025-03-12", ["Asel Nur", "Berik Tas", "Dana Omar"])],
    ),
    (
        "terms told person by person are one sentence each",
        "en",
        "On 5 June 2025 the court sentenced the activist Asel Nur to five years and the activist Berik Tas to "
        "three years.",
        [("sentence", "2025-06-05", ["Asel Nur"]), ("sentence", "2025-06-05", ["Berik Tas"])],
    ),
    (
        "a verdict talked about by its critic is no event of the critic",
        "ru",
        "Лидер движения Бауыржан Кенесов назвал приговор «местью за слова».",
        [],
    ),
    (
        "in an interview, 'you' in a question is the person interviewed",
        "en",
        "The blogger Pavel Lukin spent three years in prison. He spoke to us in Riga.\n\n"
        "Q: You were arrested in March 2022. What happened then?\n\nA: Nothing good.\n\n"
        "Q: And now?\n\nA: I write.",
        [("arrest", "2022-03", ["Pavel Lukin"])],
    ),
    (
        "a death told with a witness is the death of the one who died",
        "ru",
        "В колонии умер политзаключенный Олег Петров, сообщила его сестра Анна Петрова.",
        [("death_in_custody", None, ["Олег Петров"])],
    ),
    (
        "'the two' are the persons of the sentence before",
        "en",
        "The activists Asel Nur and Berik Tas were fined. The two were detained on 3 January 2025.",
        [("fine", None, ["Asel Nur", "Berik Tas"]), ("detention", "2025-01-03", ["Asel Nur", "Berik Tas"])],
    ),
    (
        "the one who tells of a beating is not the one beaten",
        "en",
        "The lawyer Dana Omarova, who was detained on 2 May 2025, said her client had been beaten in custody.",
        [("detention", "2025-05-02", ["Dana Omarova"])],
    ),
    (
        "the source of a report is not its victim",
        "ru",
        "По словам ее мужа Игоря Ильяша, с 3 марта журналистку Катерину Андрееву держат в ШИЗО.",
        [("harassment", "2025-03-03", ["Катерина Андреева"])],
    ),
    (
        "'on the same day' takes the day stated before",
        "en",
        "A court sentenced the journalist Rauf Mirkadyrov on 20 June 2025. His colleagues Sevinj Vagifgizi "
        "and Hafiz Babali were sentenced on the same day.",
        [
            ("sentence", "2025-06-20", ["Rauf Mirkadyrov"]),
            ("sentence", "2025-06-20", ["Sevinj Vagifgizi", "Hafiz Babali"]),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_event_persons(language: str, text: str, expected: list[Row]) -> None:
    assert _events(text, date(2025, 9, 1), language) == expected


def test_a_lawyer_telling_of_his_client_gives_the_event_to_the_client_named_before() -> None:
    text = (
        "The reporter Rauf Aliyev remains in pre-trial detention. His lawyer, Anar Gasimov, said his client "
        "had been beaten by guards in August."
    )
    assert _events(text, date(2025, 9, 10)) == [("torture", "2025-08", ["Rauf Aliyev"])]
