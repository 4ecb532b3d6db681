"""Language detection: English, Russian, Kazakh, and too little text to tell."""

from __future__ import annotations

from chronicle.ingest.reading.language import detect_language


def test_english_news_is_english() -> None:
    assert detect_language("The court sentenced the activist to five years in prison on Monday.") == "en"


def test_russian_news_is_russian() -> None:
    assert detect_language("Суд приговорил активиста к пяти годам лишения свободы в понедельник.") == "ru"


def test_kazakh_letters_make_a_text_kazakh() -> None:
    assert detect_language("Сот белсендіні бес жылға бас бостандығынан айырды, құқық қорғаушылар наразы.") == "kk"


def test_a_few_digits_are_undetermined() -> None:
    assert detect_language("12 34 56") == "und"
