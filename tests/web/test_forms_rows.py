"""The rows edited with a record: spellings, perpetrators, charges, stages, measures, sentences, other names,
participants and subjects; validated, saved together with the record, and kept in its history."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from chronicle.records.models import (
    Act,
    CaseStage,
    Charge,
    Event,
    Intervention,
    Involvement,
    LegalCase,
    Organization,
    OrganizationName,
    Participant,
    Person,
    PersonName,
    PreventiveMeasure,
    Sentence,
    Subject,
)
from tests.web.conftest import XSS
from tests.web.forms_data import as_a_browser_would_post, posted, rows

pytestmark = pytest.mark.django_db

PERSON = {"display_name": "Askhat Zheksebayev", "consent": "none", "confidentiality": "amber"}


def test_a_person_is_created_with_every_spelling(owner_client: Client) -> None:
    names = [
        {"full_name": "Жексебаев Асхат", "script": "Cyrl", "language": "ru", "name_type": "as_written"},
        {"full_name": "Askhat Zheksebaev", "script": "Latn", "name_type": "as_written"},
    ]
    response = owner_client.post("/new/person/", posted("person", PERSON, names=names))
    person = Person.objects.get()
    spellings = sorted(person.names.values_list("full_name", "script", "is_primary"))
    assert (response.status_code, spellings) == (
        302,
        [
            ("Askhat Zheksebaev", "Latn", False),
            ("Askhat Zheksebayev", "Latn", True),
            ("Жексебаев Асхат", "Cyrl", False),
        ],
    )


def test_a_spelling_is_changed_and_another_deleted(owner_client: Client, owner: Any) -> None:
    person = Person.objects.create(display_name="Maks Bokayev", confidentiality="amber", created_by=owner)
    kept = PersonName.objects.create(person=person, full_name="Бокаев Макс", script="Cyrl")
    gone = PersonName.objects.create(person=person, full_name="Maks Bokaev")
    data = {**PERSON, "display_name": "Maks Bokayev"}
    data.update(
        rows(
            "names",
            {"id": kept.pk, "full_name": "Бокаев Макс Сергеевич", "script": "Cyrl", "name_type": "official"},
            {"id": gone.pk, "full_name": "Maks Bokaev", "script": "Latn", "name_type": "as_written", "DELETE": "on"},
            initial=2,
        )
    )
    response = owner_client.post(f"/edit/person/{person.pk}/", data)
    assert (response.status_code, list(person.names.values_list("full_name", "name_type"))) == (
        302,
        [("Бокаев Макс Сергеевич", "official")],
    )


def test_a_spelling_given_twice_is_refused(owner_client: Client) -> None:
    names = [
        {"full_name": "Bokayev", "script": "Latn", "name_type": "as_written"},
        {"full_name": "bokayev", "script": "Latn", "name_type": "as_written"},
    ]
    html = owner_client.post("/new/person/", posted("person", PERSON, names=names)).content.decode()
    assert ("The same spelling is listed twice." in html, Person.objects.count()) == (True, 0)


def test_two_primary_spellings_are_refused(owner_client: Client) -> None:
    names = [
        {"full_name": "A", "script": "Latn", "name_type": "as_written", "is_primary": "on"},
        {"full_name": "B", "script": "Latn", "name_type": "as_written", "is_primary": "on"},
    ]
    html = owner_client.post("/new/person/", posted("person", PERSON, names=names)).content.decode()
    assert ("Only one spelling can be the primary one." in html, Person.objects.count()) == (True, 0)


def test_changes_to_spellings_are_in_the_persons_history(owner_client: Client, owner: Any) -> None:
    person = Person.objects.create(display_name="Maks Bokayev", confidentiality="amber", created_by=owner)
    name = PersonName.objects.create(person=person, full_name="Бокаев", script="Cyrl")
    data = {**PERSON, "display_name": "Maks Bokayev"}
    data.update(
        rows("names", {"id": name.pk, "full_name": "Бокаев Макс", "script": "Cyrl", "name_type": "x"}, initial=1)
    )
    owner_client.post(f"/edit/person/{person.pk}/", data)
    html = owner_client.get(f"/history/person/{person.pk}/").content.decode()
    latest = PersonName.history.filter(id=name.pk).first()
    assert ("Spelling: Бокаев Макс" in html, "<del>Бокаев</del>" in html, latest.history_user) == (True, True, owner)


def test_an_act_is_saved_with_its_perpetrators(owner_client: Client) -> None:
    event = Event.objects.create(title="Raid", confidentiality="amber")
    victim = Person.objects.create(display_name="Victim", confidentiality="amber")
    police = Organization.objects.create(name="Police of Almaty", confidentiality="amber")
    record = {"event": event.pk, "act_type": "detention", "victim": victim.pk, "confidentiality": "amber"}
    involvement = {"perpetrator_type": "police", "perpetrator_organization": police.pk, "degree": "direct"}
    response = owner_client.post("/new/act/", posted("act", record, involvements=[involvement]))
    act = Act.objects.get()
    found = list(Involvement.objects.values_list("act", "perpetrator_organization", "perpetrator_type"))
    assert (response["Location"], found) == (f"/acts/{act.pk}/", [(act.pk, police.pk, "police")])


def _case_rows(**changes: Any) -> dict[str, list[dict[str, Any]]]:
    court = changes.pop("court")
    filled = {
        "charges": [{"article": "KZ-CC-2014:174", "part": "2", "charged_on": "2021-02", "dropped_on": ""}],
        "stages": [{"stage": "registered", "date": "15.02.2021", "court": court, "outcome": ""}],
        "measures": [{"measure": "house_arrest", "start": "2021-03", "end": "about 2021-09", "ordered_by": court}],
        "sentences": [{"sentence_type": "fine", "amount": "1000", "currency": "KZT", "imposed_on": "2021-11-05"}],
    }
    for prefix, row in changes.items():
        filled[prefix] = [{**filled[prefix][0], **row}]
    return filled


def test_a_legal_case_is_saved_with_charges_stages_measures_and_sentences(owner_client: Client) -> None:
    defendant = Person.objects.create(display_name="Defendant", confidentiality="amber")
    court = Organization.objects.create(name="Court", confidentiality="amber")
    record = {"defendant": defendant.pk, "kind": "criminal", "opened": "2021-02", "confidentiality": "amber"}
    response = owner_client.post("/new/legalcase/", posted("legalcase", record, **_case_rows(court=court.pk)))
    case = LegalCase.objects.get()
    saved = (
        list(Charge.objects.values_list("legal_case", "article", "part", "charged_on")),
        list(CaseStage.objects.values_list("stage", "date", "court")),
        list(PreventiveMeasure.objects.values_list("measure", "start", "end", "ordered_by")),
        list(Sentence.objects.values_list("sentence_type", "currency", "imposed_on")),
    )
    assert (response["Location"], saved) == (
        f"/cases/{case.pk}/",
        (
            [(case.pk, "KZ-CC-2014:174", "2", "2021-02")],
            [("registered", "2021-02-15", court.pk)],
            [("house_arrest", "2021-03", "2021-09~", court.pk)],
            [("fine", "KZT", "2021-11-05")],
        ),
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sentences": {"imposed_on": "2019"}}, "The sentence is dated before the case was opened."),
        ({"charges": {"dropped_on": "2020-12"}}, "This date falls before the start date."),
        ({"measures": {"end": "2021-01"}}, "This date falls before the start date."),
        ({"stages": {"stage": "no_such_stage"}}, "Select a valid choice."),
        ({"charges": {"article": "KZ-CC-1997:999"}}, "Select a valid choice."),
        ({"stages": {"date": "31.02.2021"}}, "Not a date we can read"),
    ],
)
def test_a_case_row_with_an_error_is_shown_back(owner_client: Client, changes: dict[str, Any], message: str) -> None:
    defendant = Person.objects.create(display_name="Defendant", confidentiality="amber")
    court = Organization.objects.create(name="Court", confidentiality="amber")
    record = {"defendant": defendant.pk, "kind": "criminal", "opened": "2021-02", "confidentiality": "amber"}
    html = owner_client.post(
        "/new/legalcase/", posted("legalcase", record, **_case_rows(court=court.pk, **changes))
    ).content.decode()
    assert (message in html, LegalCase.objects.count(), Charge.objects.count()) == (True, 0, 0)


def test_an_organisation_is_saved_with_its_other_names(owner_client: Client) -> None:
    record = {"name": "Democratic Choice of Kazakhstan", "kind": "movement", "confidentiality": "amber"}
    names = [{"name": "Демократический выбор Казахстана", "language": "ru", "start": "2001", "end": ""}]
    owner_client.post("/new/organization/", posted("organization", record, names=names))
    assert list(OrganizationName.objects.values_list("organization__name", "name", "start")) == [
        ("Democratic Choice of Kazakhstan", "Демократический выбор Казахстана", "2001")
    ]


def test_a_letter_is_saved_with_signatories_and_the_persons_it_cites(owner_client: Client) -> None:
    mep = Person.objects.create(display_name="An MEP", confidentiality="amber")
    prisoner = Person.objects.create(display_name="A prisoner", confidentiality="amber")
    record = {"intervention_type": "letter", "title": "Letter of MEPs", "date": "2022-03", "confidentiality": "amber"}
    signatory = {"role": "signatory", "person": mep.pk, "country": "DE", "political_group": "Greens/EFA"}
    subject = {"person": prisoner.pk, "mentioned_as": "political_prisoner"}
    owner_client.post(
        "/new/intervention/", posted("intervention", record, participants=[signatory], subjects=[subject])
    )
    letter = Intervention.objects.get()
    assert (
        list(Participant.objects.values_list("intervention", "person", "role", "country", "political_group")),
        list(Subject.objects.values_list("intervention", "person", "mentioned_as")),
    ) == ([(letter.pk, mep.pk, "signatory", "DE", "Greens/EFA")], [(letter.pk, prisoner.pk, "political_prisoner")])


@pytest.mark.parametrize(
    ("participant", "subject", "message"),
    [
        ({"role": "signatory", "country": "DE"}, None, "Choose a person or an organisation."),
        (None, {"mentioned_as": "political_prisoner"}, "Choose a person, an act or a legal case."),
        ({"role": "signatory", "person": "{mep}", "political_group": "XYZ"}, None, "Select a valid choice."),
        ({"role": "signatory", "person": "{mep}", "country": "ZZ"}, None, "Select a valid choice."),
        ({"role": "no_such_role", "person": "{mep}"}, None, "Select a valid choice."),
    ],
)
def test_a_letter_row_with_an_error_is_shown_back(
    owner_client: Client, participant: dict[str, Any] | None, subject: dict[str, Any] | None, message: str
) -> None:
    mep = Person.objects.create(display_name="An MEP", confidentiality="amber")
    fill = {key: str(mep.pk) if value == "{mep}" else value for key, value in (participant or {}).items()}
    record = {"intervention_type": "letter", "title": "Letter", "confidentiality": "amber"}
    data = posted(
        "intervention", record, participants=[fill] if participant else [], subjects=[subject] if subject else []
    )
    html = owner_client.post("/new/intervention/", data).content.decode()
    assert (message in html, Intervention.objects.count()) == (True, 0)


def test_a_row_cannot_name_a_record_the_user_may_not_read(owner_client: Client, administrator: Any) -> None:
    hidden = Person.objects.create(display_name="Hidden", confidentiality="red", created_by=administrator)
    record = {"intervention_type": "letter", "title": "Letter", "confidentiality": "amber"}
    data = posted("intervention", record, subjects=[{"person": hidden.pk, "mentioned_as": "x"}])
    html = owner_client.post("/new/intervention/", data).content.decode()
    assert ("Select a valid choice." in html, "Hidden" in html, Subject.objects.count()) == (True, False, 0)


def test_another_row_is_added_without_saving(owner_client: Client) -> None:
    names = [{"full_name": "Бокаев", "script": "Cyrl", "name_type": "as_written"}]
    data = {**posted("person", PERSON, names=names), "add_row": "names"}
    html = owner_client.post("/new/person/", data).content.decode()
    assert (
        'name="names-TOTAL_FORMS" value="2"' in html,
        'name="names-1-full_name"' in html,
        'value="Бокаев"' in html,
        Person.objects.count(),
    ) == (True, True, True, 0)


def test_the_edit_page_shows_the_rows_with_one_empty_row(owner_client: Client, owner: Any) -> None:
    case = LegalCase.objects.create(
        defendant=Person.objects.create(display_name="D", confidentiality="amber"), confidentiality="amber"
    )
    Charge.objects.create(legal_case=case, article="KZ-CC-2014:174")
    html = owner_client.get(f"/edit/legalcase/{case.pk}/").content.decode()
    assert (
        'name="charges-TOTAL_FORMS" value="2"' in html,
        'name="sentences-TOTAL_FORMS" value="1"' in html,
        html.count("Add another row"),
    ) == (True, True, 4)


def test_a_payload_in_a_row_is_stored_as_text_and_shown_escaped(owner_client: Client) -> None:
    names = [{"full_name": XSS, "script": "Latn", "name_type": "as_written"}]
    owner_client.post("/new/person/", posted("person", PERSON, names=names))
    person = Person.objects.get()
    html = owner_client.get(f"/edit/person/{person.pk}/").content.decode()
    history = owner_client.get(f"/history/person/{person.pk}/").content.decode()
    stored = person.names.filter(full_name=XSS).exists()
    assert (stored, "<script>alert" in html, "<script>alert" in history) == (True, False, False)


def test_rows_are_saved_only_with_a_valid_record(owner_client: Client) -> None:
    names = [{"full_name": "Бокаев", "script": "Cyrl", "name_type": "as_written"}]
    owner_client.post("/new/person/", posted("person", {**PERSON, "birth_date": "2020-13"}, names=names))
    assert (Person.objects.count(), PersonName.objects.count()) == (0, 0)


@pytest.mark.parametrize("kind", ["person", "act", "legalcase", "organization", "intervention"])
def test_saving_an_edit_page_unchanged_adds_no_rows_and_changes_nothing(
    kind: str, owner_client: Client, owner: Any
) -> None:
    person = Person.objects.create(display_name="Maks Bokayev", confidentiality="amber", created_by=owner)
    PersonName.objects.create(person=person, full_name="Бокаев", script="Cyrl")
    event = Event.objects.create(title="Raid", confidentiality="amber")
    act = Act.objects.create(event=event, act_type="detention", victim=person, confidentiality="amber")
    Involvement.objects.create(act=act, perpetrator_type="police")
    case = LegalCase.objects.create(defendant=person, opened="2021", confidentiality="amber")
    Sentence.objects.create(legal_case=case, sentence_type="fine", imposed_on="2021-11")
    organization = Organization.objects.create(name="DVK", confidentiality="amber")
    letter = Intervention.objects.create(title="Letter", demands=["Release"], confidentiality="amber")
    Participant.objects.create(intervention=letter, person=person, role="signatory", country="DE")
    record = {"person": person, "act": act, "legalcase": case, "organization": organization, "intervention": letter}[
        kind
    ]
    counts = [model.objects.count() for model in (PersonName, Involvement, Charge, CaseStage, Sentence, Participant)]
    before = {f.name: getattr(record, f.attname) for f in record._meta.concrete_fields if f.name != "updated_at"}
    data = as_a_browser_would_post(owner_client.get(f"/edit/{kind}/{record.pk}/").content.decode())
    response = owner_client.post(f"/edit/{kind}/{record.pk}/", data)
    record.refresh_from_db()
    after = {f.name: getattr(record, f.attname) for f in record._meta.concrete_fields if f.name != "updated_at"}
    counts_after = [
        model.objects.count() for model in (PersonName, Involvement, Charge, CaseStage, Sentence, Participant)
    ]
    assert (response.status_code, counts_after, after) == (302, counts, before)


@pytest.mark.parametrize("kind", ["person", "event", "act", "legalcase", "organization", "intervention"])
def test_a_new_form_posted_as_shown_creates_nothing_but_says_what_is_missing(kind: str, owner_client: Client) -> None:
    data = as_a_browser_would_post(owner_client.get(f"/new/{kind}/").content.decode())
    html = owner_client.post(f"/new/{kind}/", data).content.decode()
    counts = [model.objects.count() for model in (Person, Event, Act, LegalCase, Organization, Intervention)]
    assert ("This field is required." in html or "Name the victim" in html, counts) == (True, [0] * 6)


def test_the_add_row_button_asks_htmx_to_swap_only_its_rows(owner_client: Client) -> None:
    html = owner_client.get("/new/legalcase/?defendant=").content.decode()
    button = (
        '<button class="btn btn-sm btn-outline-secondary" type="submit" name="add_row" value="charges" '
        'hx-post="/new/legalcase/?defendant=" hx-select="#rows-charges" hx-target="#rows-charges" hx-swap="outerHTML">'
    )
    assert (button in html, '<fieldset class="mb-4" id="rows-charges">' in html) == (True, True)


def _stages(case: LegalCase, court: Organization, count: int) -> None:
    for _ in range(count):
        CaseStage.objects.create(legal_case=case, stage="registered", court=court)
        PreventiveMeasure.objects.create(legal_case=case, measure="custody", ordered_by=court)


def test_the_edit_page_makes_as_many_queries_for_one_row_as_for_many(
    owner_client: Client, django_assert_num_queries: Any
) -> None:
    defendant = Person.objects.create(display_name="Defendant", confidentiality="amber")
    case = LegalCase.objects.create(defendant=defendant, confidentiality="amber")
    court = Organization.objects.create(name="Court", confidentiality="amber")
    _stages(case, court, 1)
    owner_client.get(f"/edit/legalcase/{case.pk}/")
    with CaptureQueriesContext(connection) as one_row:
        owner_client.get(f"/edit/legalcase/{case.pk}/")
    _stages(case, court, 5)
    with django_assert_num_queries(len(one_row.captured_queries)):
        html = owner_client.get(f"/edit/legalcase/{case.pk}/").content.decode()
    assert html.count(f'<option value="{court.pk}" selected>Court</option>') == 12
