"""A verdict read out defendant by defendant: one event per item."""

from __future__ import annotations

from datetime import date

from chronicle.ingest.extraction.pipeline import extract


def _events(text: str, published: date) -> list[tuple[str, str | None, list[str]]]:
    return [(e["type"], e["date"], e["persons"]) for e in extract(text, published=published)["events"]]


def test_each_item_of_a_verdict_list_is_a_sentence_or_a_fine_on_the_day_of_the_verdict() -> None:
    text = (
        "Бишкек, 12 марта 2026 года. Районный суд огласил приговор по делу семерых жителей столицы.\n\n"
        "Судья зачитала решение по каждому из обвиняемых:\n\n"
        "— Эмиль Жумагулов, 34 года, администратор чата, — 7 лет лишения свободы в колонии;\n"
        "— Руслан Эсенбаев — 4 года;\n"
        "— Жыргал Бекназарова — штраф в размере 200 тысяч сомов;\n"
        "— Данияр Садырбаев — оправдан за отсутствием состава преступления.\n"
    )
    events = _events(text, date(2026, 3, 12))
    assert ("sentence", "2026-03-12", ["Эмиль Жумагулов"]) in events
    assert ("sentence", "2026-03-12", ["Руслан Эсенбаев"]) in events
    assert ("fine", "2026-03-12", ["Жыргал Бекназарова"]) in events
    assert not [e for e in events if e[2] == ["Данияр Садырбаев"] and e[0] in ("sentence", "fine")]


def test_a_list_without_a_verdict_heading_gives_no_sentences() -> None:
    text = "Speakers at the rally:\n\n- Emil Zhumagulov, 34 years old\n- Ruslan Esenbayev, 4 years in the movement\n"
    assert not [e for e in _events(text, date(2026, 3, 12)) if e[0] == "sentence"]
