"""Which models the case file holds, under which keys, with which fields, nested how."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models

from chronicle.records import models as m

RECORD_SCALARS = ("confidentiality", "published", "remarks")


@dataclass(frozen=True)
class Spec:
    """How one model appears in the case file."""

    key: str
    model: type[models.Model]
    scalars: tuple[str, ...]
    refs: tuple[str, ...] = ()
    many: tuple[str, ...] = ()
    children: tuple[Spec, ...] = ()
    parent_fk: str = ""
    identified: bool = True
    evidence: bool = True
    json_names: dict[str, str] = field(default_factory=dict)

    def json_name(self, attribute: str) -> str:
        """The key used in the file for a model attribute."""
        return self.json_names.get(attribute, attribute)

    def all_scalars(self) -> tuple[str, ...]:
        """Scalars including the record house-keeping fields for identified records."""
        return (*self.scalars, *RECORD_SCALARS) if self.identified else self.scalars


def _child(key: str, model: type[models.Model], fk: str, scalars: tuple[str, ...], refs: tuple[str, ...] = ()) -> Spec:
    return Spec(key, model, scalars, refs, parent_fk=fk, identified=False, evidence=False)


SOURCE = Spec(
    "sources",
    m.Source,
    (
        "title",
        "url",
        "publisher",
        "source_type",
        "language",
        "published_on",
        "captured_at",
        "media_type",
        "text",
        "sha256",
    ),
    evidence=False,
)

ORGANIZATION = Spec(
    "organizations",
    m.Organization,
    ("name", "kind", "country", "abbreviation", "founded", "dissolved", "description"),
    refs=("parent", "successor_of"),
    children=(
        _child("other_names", m.OrganizationName, "organization", ("name", "language", "start", "end", "note")),
        Spec(
            "designations",
            m.OrganizationDesignation,
            (
                "designation_type",
                "authority_name",
                "decision_date",
                "announced_date",
                "in_force_date",
                "decision_published",
                "legal_basis",
                "ended_date",
            ),
            refs=("authority",),
            parent_fk="organization",
        ),
    ),
)

PERSON = Spec(
    "persons",
    m.Person,
    (
        "display_name",
        "gender",
        "birth_date",
        "death_date",
        "deceased",
        "region",
        "country",
        "occupation",
        "roles",
        "description",
        "consent",
        "consent_basis",
    ),
    children=(
        _child(
            "names",
            m.PersonName,
            "person",
            (
                "full_name",
                "given_name",
                "patronymic",
                "surname",
                "script",
                "language",
                "scheme",
                "name_type",
                "is_primary",
            ),
        ),
        Spec(
            "memberships",
            m.Membership,
            ("role", "area", "start", "end"),
            refs=("organization", "on_behalf_of"),
            parent_fk="person",
        ),
        Spec("details", m.PersonalDetail, ("kind", "value"), parent_fk="person", evidence=False),
    ),
)

LEGAL_CASE = Spec(
    "legal_cases",
    m.LegalCase,
    ("kind", "case_number", "opened", "region", "description"),
    refs=("defendant", "court", "investigating_body"),
    many=("related_organizations",),
    children=(
        _child("charges", m.Charge, "legal_case", ("article", "part", "charged_on", "dropped_on")),
        _child("stages", m.CaseStage, "legal_case", ("stage", "date", "outcome"), ("court",)),
        _child("preventive_measures", m.PreventiveMeasure, "legal_case", ("measure", "start", "end"), ("ordered_by",)),
        _child(
            "sentences",
            m.Sentence,
            "legal_case",
            (
                "sentence_type",
                "term_months",
                "term_days",
                "amount",
                "currency",
                "suspended",
                "additional_bans",
                "imposed_on",
                "expected_end",
                "actual_end",
                "release_reason",
            ),
        ),
    ),
)

ACT = Spec(
    "acts",
    m.Act,
    (
        "act_type",
        "victim_count_min",
        "victim_count_max",
        "start",
        "end",
        "ongoing",
        "location_text",
        "region",
        "legal_articles",
        "description",
    ),
    refs=("victim", "legal_case"),
    parent_fk="event",
    children=(
        _child(
            "involvements",
            m.Involvement,
            "act",
            ("perpetrator_type", "degree"),
            ("perpetrator_person", "perpetrator_organization"),
        ),
    ),
)

EVENT = Spec(
    "events",
    m.Event,
    ("title", "event_type", "description", "start", "end", "region", "country", "location_text"),
    many=("related_organizations",),
    children=(ACT,),
)

INTERVENTION = Spec(
    "interventions",
    m.Intervention,
    (
        "intervention_type",
        "title",
        "date",
        "addressee_text",
        "demands",
        "authors_count",
        "member_states_count",
        "response",
        "response_date",
    ),
    refs=("part_of",),
    children=(
        _child(
            "participants",
            m.Participant,
            "intervention",
            ("role", "country", "political_group", "as_written"),
            ("person", "organization"),
        ),
        _child("subjects", m.Subject, "intervention", ("mentioned_as",), ("person", "act", "legal_case")),
    ),
)

STATUS_CLAIM = Spec(
    "status_claims",
    m.StatusClaim,
    ("status", "state", "criteria", "exclusions_checked", "recognised_on", "ended_on", "rationale"),
    refs=("person", "claimed_by", "claimed_in"),
)

STATISTIC = Spec(
    "statistics",
    m.ReportedStatistic,
    ("quantity", "qualifier", "counted", "category", "period", "recurrence", "place", "place_text"),
    refs=("source", "author", "part_of"),
)

# Order matters: a required reference always points to an earlier entry.
TOP_LEVEL: tuple[Spec, ...] = (SOURCE, ORGANIZATION, PERSON, LEGAL_CASE, EVENT, INTERVENTION, STATUS_CLAIM, STATISTIC)

EVIDENCE_KEYS = (
    "field",
    "source",
    "quote",
    "span",
    "occurrence",
    "value",
    "method",
    "extractor",
    "review_state",
    "entered_by",
    "reviewed_by",
    "reviewed_at",
)
