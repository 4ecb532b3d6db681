"""A campaign hashtag is read as the name it spells."""

from __future__ import annotations

import pytest

from chronicle.names.hashtag import hashtag_name
from chronicle.names.parse import parse_name


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("#MadiBaitursynov", "Madi Baitursynov"),
        ("#FreeArujanBakhytova", "Arujan Bakhytova"),
        ("#freearmanserikbai", "arman serikbai"),
        ("#free_max_bokayev", "max bokayev"),
        ("#annakozlova", "anna kozlova"),
        ("#VLADISLAVBELOUSOV", "VLADISLAV BELOUSOV"),
        ("#сакенамиреев", "сакен амиреев"),
        ("#бокаевмаксим", "бокаев максим"),  # the given name at the end
        # 'свободу' puts the name in the dative; the Kazakh 'бостандық' follows a dative
        ("#СвободуМаратуСеитбаеву", "Марат Сеитбаев"),
        ("#СвободуГульнареРозахуновой", "Гульнара Розахунова"),
        ("#СвободуАндреюЛитвиненко", "Андрей Литвиненко"),
        ("#свободужибекасанжановой", "жибек асанжанова"),
        ("#СвободуМаксимовой", "Максимова"),
        ("#Серіккебостандық", "Серік"),
        ("#ӨтеповағаБостандық", "Өтепова"),
    ],
)
def test_a_hashtag_spells_a_name(tag: str, name: str) -> None:
    assert hashtag_name(tag) == name


@pytest.mark.parametrize("text", ["Madi Baitursynov", "#", "# Madi", "Бокаев #1"])
def test_what_is_no_hashtag(text: str) -> None:
    assert hashtag_name(text) is None


def test_a_tag_whose_given_name_the_table_lacks_stays_one_word() -> None:
    assert hashtag_name("#zzyxqwerty") == "zzyxqwerty"
    assert hashtag_name("#Free") == "Free"  # no name after the campaign word


def test_a_hashtag_parses_as_the_person() -> None:
    tagged, written = parse_name("#FreeMadiBaitursynov"), parse_name("Байтурсынов Мади")
    assert (tagged.surname_key, tagged.given_key) == (written.surname_key, written.given_key)
