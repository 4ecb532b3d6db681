"""Search: names across scripts, visibility of every hit and count, snippets, and an index that follows the records."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command

from chronicle.common.access import Confidentiality
from chronicle.common.models import SearchEntry
from chronicle.common.search import Page, count, highlight, rebuild_index, search, search_page
from chronicle.records.models import Consent, Event, Person, PersonName, Source

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()


def person(uid: str, *spellings: str, **fields: Any) -> Person:
    """A person with their spellings (the first is the display name)."""
    made = Person.objects.create(uid=uid, display_name=spellings[0], **fields)
    for spelling in spellings:
        PersonName.objects.create(person=made, full_name=spelling)
    return made


@pytest.fixture
def people(owner: Any) -> dict[str, Person]:
    """A public person, an unconsented one, a RED one and an AMBER one, all named alike."""
    public = {"published": True, "confidentiality": Confidentiality.CLEAR, "consent": Consent.FULL}
    return {
        "public": person("P:bokayev", "Maks Bokayev", "Макс Бокаев", **public),
        "unconsented": person(
            "P:zheksebayev",
            "Askhat Zheksebayev",
            "Асхат Жексебаев",
            published=True,
            confidentiality=Confidentiality.CLEAR,
            created_by=owner,
        ),
        "red": person("P:red", "Marat Bokaev", confidentiality=Confidentiality.RED, created_by=owner),
        "amber": person("P:amber", "Ainur Bokaeva", confidentiality=Confidentiality.AMBER, created_by=owner),
    }


def uids(hits: list[Any]) -> list[str]:
    return [hit.uid for hit in hits]


def test_a_cyrillic_query_finds_the_latin_spelling(people: dict[str, Person]) -> None:
    assert uids(search("Бокаев", user=ANONYMOUS)) == ["P:bokayev"]


def test_a_latin_query_finds_the_cyrillic_spelling(colleague: Any, people: dict[str, Person]) -> None:
    PersonName.objects.filter(full_name="Askhat Zheksebayev").delete()
    Person.objects.filter(uid="P:zheksebayev").update(display_name="Асхат Жексебаев")
    rebuild_index(["person"])
    assert uids(search("Zheksebaev", user=colleague)) == ["P:zheksebayev"]


def test_anonymous_readers_find_only_public_consented_people(people: dict[str, Person]) -> None:
    assert uids(search("Bokaev", user=ANONYMOUS)) == ["P:bokayev"]
    assert count("Bokaev", user=ANONYMOUS) == 1
    assert search("Zheksebayev", user=ANONYMOUS) == []
    assert count("Zheksebayev", user=ANONYMOUS) == 0


def test_an_outsider_finds_what_anonymous_finds(outsider: Any, people: dict[str, Person]) -> None:
    assert uids(search("Bokaev", user=outsider)) == ["P:bokayev"]
    assert count("Bokaev", user=outsider) == 1


def test_a_colleague_finds_amber_but_not_red(colleague: Any, people: dict[str, Person]) -> None:
    assert sorted(uids(search("Bokaev", user=colleague))) == ["P:amber", "P:bokayev"]
    assert count("Bokaev", user=colleague) == 2


def test_the_owner_finds_their_red_record_and_sharing_shows_it(
    owner: Any, colleague: Any, people: dict[str, Person]
) -> None:
    assert sorted(uids(search("Bokaev", user=owner))) == ["P:amber", "P:bokayev", "P:red"]
    people["red"].shared_with.add(colleague)
    assert sorted(uids(search("Bokaev", user=colleague))) == ["P:amber", "P:bokayev", "P:red"]


def test_a_prefix_finds_inflected_forms(colleague: Any, people: dict[str, Person]) -> None:
    assert uids(search("Bokaeva", user=colleague)) == ["P:amber"]
    assert sorted(uids(search("Бокае", user=colleague))) == ["P:amber", "P:bokayev"]


def test_every_word_must_match(colleague: Any, people: dict[str, Person]) -> None:
    assert uids(search("Maks Бокаев", user=colleague)) == ["P:bokayev"]
    assert search("Maks Zheksebayev", user=colleague) == []


def test_hits_carry_kind_title_snippet_and_marks(people: dict[str, Person]) -> None:
    [hit] = search("Бокаев", user=ANONYMOUS)
    assert (hit.kind, hit.pk, hit.title) == ("person", people["public"].pk, "Maks Bokayev")
    assert hit.snippet == "Maks Bokayev · Макс Бокаев"
    assert [hit.snippet[start:end] for start, end in hit.marks] == ["Bokayev", "Бокаев"]
    assert hit.score > 0


def test_snippets_are_plain_text_and_highlight_escapes_them(owner: Any) -> None:
    Event.objects.create(title="<script>alert(1)</script> raid", created_by=owner)
    [hit] = search("raid", user=owner)
    assert hit.snippet == "<script>alert(1)</script> raid"
    assert hit.snippet_html == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>raid</mark>"
    assert highlight("a<b", ((0, 1),)) == "<mark>a</mark>&lt;b"


def test_a_long_text_gives_the_passage_around_the_first_match(owner: Any) -> None:
    text = "Opening words. " * 40 + "The court sentenced Bokayev to five years." + " Closing words." * 40
    Source.objects.create(title="Long", text=text, sha256="a" * 64, created_by=owner)
    [hit] = search("sentenced", user=owner, kinds=["source"])
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "The court sentenced Bokayev to five years." in hit.snippet
    assert [hit.snippet[start:end] for start, end in hit.marks] == ["sentenced"]


def test_only_the_kinds_asked_for_are_searched(owner: Any, people: dict[str, Person]) -> None:
    Event.objects.create(title="Search of Bokayev's flat", created_by=owner)
    assert sorted(hit.kind for hit in search("Bokayev", user=owner)) == ["event", "person", "person", "person"]
    assert [hit.kind for hit in search("Bokayev", user=owner, kinds=["event"])] == ["event"]
    assert count("Bokayev", user=owner, kinds=["event"]) == 1


def test_unknown_kinds_and_bad_pages_are_refused(people: dict[str, Person]) -> None:
    with pytest.raises(ValueError, match="unknown kind letter"):
        search("x", user=ANONYMOUS, kinds=["letter"])
    with pytest.raises(ValueError, match="limit"):
        search("x", user=ANONYMOUS, limit=0)
    with pytest.raises(ValueError, match="offset"):
        search("x", user=ANONYMOUS, offset=-1)


@pytest.mark.parametrize(
    "query", ['"', "NEAR(a b)", "a OR * -b", "title:x", "'; DROP TABLE x; --", "a & !b | c:*", "", "…"]
)
def test_query_syntax_never_reaches_the_engine(query: str, people: dict[str, Person]) -> None:
    search(query, user=ANONYMOUS)
    assert count(query, user=ANONYMOUS) in (0, 1)


def test_pages_follow_one_order(owner: Any) -> None:
    for number in range(5):
        Event.objects.create(title=f"Detention number {number}", created_by=owner)
    everything = uids(search("detention", user=owner, limit=5))
    pages = uids(search("detention", user=owner, limit=2)) + uids(search("detention", user=owner, limit=2, offset=2))
    assert pages + uids(search("detention", user=owner, limit=2, offset=4)) == everything
    assert len(set(everything)) == 5


def test_the_index_follows_renames_and_deletions(owner: Any, people: dict[str, Person]) -> None:
    name = PersonName.objects.get(full_name="Макс Бокаев")
    name.full_name = "Макс Бокаевич"
    name.save()
    assert uids(search("Бокаевич", user=owner)) == ["P:bokayev"]
    people["public"].names.all().delete()
    people["public"].display_name = "Someone Else"
    people["public"].save()
    assert "P:bokayev" not in uids(search("Бокаев", user=owner))
    people["amber"].delete()
    assert not SearchEntry.objects.filter(uid="P:amber").exists()


def test_rebuilding_writes_one_entry_per_record(owner: Any, people: dict[str, Person]) -> None:
    Event.objects.create(title="Raid", created_by=owner)
    SearchEntry.objects.all().delete()
    assert search("Bokayev", user=owner) == []
    written = rebuild_index()
    assert written == {
        "person": 4,
        "organization": 0,
        "event": 1,
        "act": 0,
        "intervention": 0,
        "statistic": 0,
        "source": 0,
    }
    assert sorted(uids(search("Bokaev", user=owner))) == ["P:amber", "P:bokayev", "P:red"]


def test_the_reindex_command_reports_entries_per_kind(owner: Any, people: dict[str, Person], capsys: Any) -> None:
    call_command("reindex", "--kind", "person", "--kind", "event")
    assert capsys.readouterr().out == "person: 4\nevent: 0\n"


def test_a_search_costs_two_queries(people: dict[str, Person], django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(2):
        search("Bokaev", user=ANONYMOUS)


def test_the_founding_article_is_found_across_scripts(founding_article: Any) -> None:
    assert uids(search("Бокаев", user=ANONYMOUS, kinds=["person"])) == ["P:bokayev-maks"]
    assert uids(search("Zheksebaev", user=ANONYMOUS, kinds=["person"])) == ["P:zheksebayev-askhat"]
    assert uids(search("Жексебаев", user=ANONYMOUS, kinds=["person"])) == ["P:zheksebayev-askhat"]
    assert uids(search("Zheksebaev", user=ANONYMOUS, kinds=["source"])) == ["S:founding-article"]


def test_a_page_carries_the_total_over_all_pages(colleague: Any, people: dict[str, Person]) -> None:
    page = search_page("Bokaev", user=colleague, limit=1)
    assert (len(page.hits), page.total) == (1, 2)
    assert search_page("Bokaev", user=colleague, limit=1, offset=5) == Page([], 2)
    assert search_page("nothing", user=colleague) == Page([], 0)
