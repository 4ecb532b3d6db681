"""English and Russian interfaces: the switch, the catalogue, dates and numbers in each language; no CDN."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.template import Context, Template
from django.test import Client
from django.utils import translation

import chronicle.web

pytestmark = pytest.mark.django_db

WEB = Path(chronicle.web.__file__).parent


def test_language_switch_turns_the_interface_russian(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/public/"}, follow=True)
    html = response.content.decode()
    assert ('<html lang="ru">' in html, "Политзаключённые" in html, "Войти" in html) == (True, True, True)


def test_english_is_the_default(client: Client) -> None:
    html = client.get("/public/").content.decode()
    assert ('<html lang="en">' in html, "Political prisoners" in html) == (True, True)


@pytest.mark.parametrize(
    ("language", "value", "shown"),
    [
        ("en", "2020", "2020"),
        ("en", "2020-02", "February 2020"),
        ("en", "2020-02-15", "Feb. 15, 2020"),
        ("en", "2020~", "about 2020"),
        ("en", "2020-07-30/2020-09-27", "July 30, 2020 – Sept. 27, 2020"),
        ("en", "../2020-05-19", "… – May 19, 2020"),
        ("en", "202X", "2020s"),
        ("ru", "2020-02", "Февраль 2020 г."),
        ("ru", "2020-02-15", "15 февраля 2020 г."),
        ("ru", "2020~", "около 2020"),
        ("ru", "1980-02~", "около февраля 1980 г."),
        ("en", "1980-02~", "about February 1980"),
        ("en", "not a date", "not a date"),
    ],
)
def test_partial_dates_read_in_the_language(language: str, value: str, shown: str) -> None:
    with translation.override(language):
        assert Template("{% load chronicle_web %}{{ v|pdate }}").render(Context({"v": value})) == shown


@pytest.mark.parametrize(("language", "shown"), [("en", "1,234,567"), ("ru", "1\xa0234\xa0567")])
def test_numbers_are_grouped_per_language(language: str, shown: str) -> None:
    with translation.override(language):
        assert Template("{% load chronicle_web %}{{ v|num }}").render(Context({"v": 1234567})) == shown


def test_vocabulary_labels_follow_the_language() -> None:
    template = Template('{% load chronicle_web %}{{ v|vocab:"roles" }}')
    with translation.override("ru"):
        assert template.render(Context({"v": "political_prisoner"})) == "Политзаключённый"


def test_the_compiled_catalogue_is_up_to_date() -> None:
    """Every translation in the .po is in the compiled .mo (compared by content: a clone has no mtimes)."""
    import gettext

    po = WEB.parent / "locale" / "ru" / "LC_MESSAGES" / "django.po"
    text = po.read_text(encoding="utf-8")
    assert 'msgstr ""\n\n' not in text.split("\n\n", 1)[1]
    with po.with_suffix(".mo").open("rb") as stream:
        catalogue = gettext.GNUTranslations(stream)
    singles = re.findall(r'^(?:msgctxt "(.+)"\n)?msgid "(.+)"\nmsgstr "(.+)"$', text, re.M)
    assert singles
    compiled = [
        (context, msgid, catalogue.pgettext(context, msgid) if context else catalogue.gettext(msgid))
        for context, msgid, _ in singles
    ]
    assert compiled == singles


def test_no_page_loads_anything_from_another_site(colleague_client: Client, founding_article: Any) -> None:
    html = "".join(colleague_client.get(url).content.decode() for url in ("/", "/persons/", "/public/statistics/"))
    external = re.findall(r'(?:src|href)="(https?:)?//', html)
    assert external == []
    templates = "".join(path.read_text(encoding="utf-8") for path in WEB.rglob("*.html"))
    assert re.findall(r"cdn\.|googleapis|unpkg|jsdelivr", templates) == []


def test_bootstrap_and_htmx_are_served_from_our_own_static_files(colleague_client: Client) -> None:
    html = colleague_client.get("/").content.decode()
    assert re.findall(r'(?:src|href)="(/static/[^"]+)"', html) == [
        "/static/vendor/bootstrap/bootstrap.min.css",
        "/static/web/chronicle.css",
        "/static/vendor/bootstrap/bootstrap.bundle.min.js",
        "/static/django_htmx/htmx-2.min.js",
    ]
    assert (WEB / "static" / "vendor" / "bootstrap" / "LICENSE").exists()


def test_fixed_choices_of_records_read_in_russian(colleague_client: Client, founding_article: Any) -> None:
    from chronicle.records.models import Person

    person = Person.objects.get(display_name="Maks Bokayev")
    colleague_client.post("/i18n/setlang/", {"language": "ru", "next": "/"})
    html = colleague_client.get(f"/persons/{person.pk}/").content.decode()
    shown = ("согласие: полное имя" in html, "мужской" in html, "TLP:CLEAR (публично)" in html, "кириллица" in html)
    assert shown == (True, True, True, True)
