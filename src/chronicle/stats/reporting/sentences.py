"""Generated sentences in English and Russian: Chronicle's own counts, and apart from them, others' figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chronicle.stats.counting import Count, Period
from chronicle.stats.reporting.dates import day_in_words, period_in_words
from chronicle.stats.reporting.plural import english_form, russian_form
from chronicle.stats.reporting.reconciliation import Reconciliation


def _headline_en(period: Period, counts: Mapping[str, Count]) -> str:
    acts, criminal = counts["acts"].value, counts["criminal_cases"].value
    verb = "was" if acts == 1 else "were"
    cases = english_form(acts, "case", "cases")
    criminal_cases = english_form(criminal, "criminal case", "criminal cases")
    return (
        f"{period_in_words(period, 'en')}, {acts} {cases} of political persecution {verb} registered, "
        f"including {criminal} {criminal_cases}."
    )


def _headline_ru(period: Period, counts: Mapping[str, Count]) -> str:
    acts, criminal = counts["acts"].value, counts["criminal_cases"].value
    verb = "зарегистрирован" if russian_form(acts, "1", "", "") == "1" else "зарегистрировано"
    cases = russian_form(acts, "случай", "случая", "случаев")
    criminal_cases = russian_form(criminal, "уголовное дело", "уголовных дела", "уголовных дел")
    return (
        f"{period_in_words(period, 'ru')} {verb} {acts} {cases} политического преследования, "
        f"в том числе {criminal} {criminal_cases}."
    )


def _details_en(period: Period, counts: Mapping[str, Count]) -> list[str]:
    assert period.end is not None
    victims, unnamed = counts["victims"].value, counts["unnamed_victims"].value
    straddling = len(counts["acts"].straddling)
    cases = counts["legal_cases"].value
    prisoners = counts["political_prisoners"].value
    return [
        f"They affected {victims} named {english_form(victims, 'person', 'persons')}"
        + (f" and at least {unnamed} unnamed {english_form(unnamed, 'person', 'persons')}." if unnamed else "."),
        f"{cases} legal {english_form(cases, 'case (of any kind) was', 'cases (of any kind) were')} opened "
        "in the period.",
        f"A further {straddling} {english_form(straddling, 'act has a date', 'acts have dates')} that overlap "
        "the period without falling wholly inside it; they are listed apart and not counted.",
        f"On {day_in_words(period.end, 'en')}, {prisoners} {english_form(prisoners, 'person was', 'persons were')} "
        "held to be political prisoners.",
    ]


def _details_ru(period: Period, counts: Mapping[str, Count]) -> list[str]:
    assert period.end is not None
    unnamed = counts["unnamed_victims"].value
    return [
        f"Пострадавших, известных по имени: {counts['victims'].value}"
        + (f"; неназванных — не менее {unnamed}." if unnamed else "."),
        f"Юридических дел всех видов, возбуждённых в этот период: {counts['legal_cases'].value}.",
        f"Актов, даты которых пересекают границы периода, но не лежат в нём целиком: "
        f"{len(counts['acts'].straddling)}; они перечислены отдельно и не учтены.",
        f"На {day_in_words(period.end, 'ru')} политическими заключёнными признаны: "
        f"{counts['political_prisoners'].value} чел.",
    ]


def own_sentences(period: Period, counts: Mapping[str, Count], language: str) -> list[str]:
    """Sentences made only from Chronicle's own counts."""
    if language == "ru":
        return [_headline_ru(period, counts), *_details_ru(period, counts)]
    return [_headline_en(period, counts), *_details_en(period, counts)]


def reported_sentences(rows: Sequence[Reconciliation], language: str) -> list[str]:
    """One sentence per figure reported by a source, marked as not Chronicle's own count."""
    said = "reported" if language == "en" else "сообщает"
    sentences = []
    for row in rows:
        who = row.author or row.source_title
        stated = f"{row.qualifier_text} {row.quantity} {row.counted}".strip()
        sentences.append(f"{who} {said}: {stated} ({row.period}).")
    return sentences
