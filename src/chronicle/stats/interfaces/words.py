"""The report's fixed wording in English and Russian."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Period report",
        "own": "Chronicle's own counts",
        "own_note": "Counted from Chronicle's records under the rules below; no figure here is taken from a source.",
        "reported": "Figures reported by others",
        "reported_note": "As stated by their sources; not Chronicle's counts.",
        "reconciliation": "Reconciliation: reported figures beside Chronicle's own count",
        "figure": "Reported figure",
        "period": "Period",
        "coverage": "Relation to report period",
        "own_count": "Own count",
        "difference": "Difference",
        "straddling": "Date uncertain / overlaps period",
        "breakdowns": "Breakdowns",
        "value": "Count",
        "total": "Total",
        "no_total": "Not summed: one record may fall under several values.",
        "prisoners": "Political prisoners as of",
        "claimed_by": "Held to be a political prisoner by",
        "rules": "Counting rules",
        "records": "Records behind each figure",
        "more": "more; the JSON report lists them all",
        "none": "none",
        "scope": "Restricted to",
        "no_rule": "no counting rule",
        "charts": "Charts",
        "acts": "acts",
        "victims": "victims",
        "legal_cases": "legal cases",
        "criminal_cases": "criminal cases",
        "unnamed_victims": "unnamed victims (at least)",
        "political_prisoners": "political prisoners",
        "act_type": "by type of act",
        "region": "by region",
        "legal_article": "by legal article",
        "movement": "by related movement or organisation",
        "perpetrator_type": "by perpetrator type",
    },
    "ru": {
        "title": "Отчёт за период",
        "own": "Собственный подсчёт Chronicle",
        "own_note": "Подсчитано по записям Chronicle по правилам ниже; ни одна цифра не взята из источников.",
        "reported": "Данные других источников",
        "reported_note": "Как их приводят источники; это не подсчёт Chronicle.",
        "reconciliation": "Сверка: опубликованные цифры и собственный подсчёт Chronicle",
        "figure": "Опубликованная цифра",
        "period": "Период",
        "coverage": "Отношение к периоду отчёта",
        "own_count": "Наш подсчёт",
        "difference": "Разница",
        "straddling": "Дата неточна / пересекает период",
        "breakdowns": "Разбивки",
        "value": "Число",
        "total": "Итого",
        "no_total": "Не суммируется: одна запись может относиться к нескольким значениям.",
        "prisoners": "Политические заключённые на",
        "claimed_by": "Признан политическим заключённым",
        "rules": "Правила подсчёта",
        "records": "Записи за каждой цифрой",
        "more": "ещё; полный список — в отчёте JSON",
        "none": "нет",
        "scope": "Ограничено",
        "no_rule": "нет правила подсчёта",
        "charts": "Диаграммы",
        "acts": "акты",
        "victims": "пострадавшие",
        "legal_cases": "юридические дела",
        "criminal_cases": "уголовные дела",
        "unnamed_victims": "неназванные пострадавшие (не менее)",
        "political_prisoners": "политические заключённые",
        "act_type": "по виду акта",
        "region": "по региону",
        "legal_article": "по статье закона",
        "movement": "по связанному движению или организации",
        "perpetrator_type": "по типу исполнителя",
    },
}


COVERAGE = {
    "ru": {
        "same period": "тот же период",
        "inside the period": "внутри периода",
        "overlaps the period": "пересекает период",
    }
}


def coverage_words(coverage: str, language: str) -> str:
    """How a figure's period relates to the report's, in the report's language."""
    return COVERAGE.get(language, {}).get(coverage, coverage)


def words(language: str) -> dict[str, str]:
    """The wording for a language."""
    return WORDS[language]
