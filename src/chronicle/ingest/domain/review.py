"""Review: accept (as extracted or edited) or reject proposals; accepted ones become records with claims."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from chronicle.ingest.domain.matching import find_organization, find_person
from chronicle.ingest.models import Proposal
from chronicle.names.domain.review_links import propose_links
from chronicle.records.interfaces.casefile.evidence import claim_uid
from chronicle.records.models import (
    Act,
    Claim,
    Event,
    Intervention,
    Method,
    Organization,
    OrganizationDesignation,
    Participant,
    Person,
    PersonName,
    ReportedStatistic,
    ReviewState,
    Source,
)
from chronicle.vocab.loader import vocabulary


class ReviewError(ValueError):
    """A proposal cannot be decided as asked."""


def country_code(name: str | None) -> str:
    """The ISO code of a country named in English, or ''."""
    term = vocabulary("countries").lookup(name) if name else None
    return term.code if term else ""


def add_claim(source: Source, subject: models.Model, field: str, value: Any, span: list[int] | None, user: Any) -> None:
    """Tie one value of a record to its passage (a machine proposal accepted by a reviewer)."""
    if not span:
        return
    start, end = int(span[0]), int(span[1])
    uid = claim_uid(source, subject, field, value, (start, end))
    Claim.objects.get_or_create(
        uid=uid,
        defaults=dict(
            source=source,
            subject_type=ContentType.objects.get_for_model(subject),
            subject_id=subject.pk,
            field=field,
            value=value,
            quote=source.text[start:end],
            span_start=start,
            span_end=end,
            method=Method.EXTRACTED,
            extractor="chronicle-extract",
            review_state=ReviewState.ACCEPTED,
            reviewed_by=user,
            reviewed_at=timezone.now(),
        ),
    )


def _person(item: dict[str, Any], source: Source, user: Any) -> Person:
    name = item["name"]
    person = find_person(name, item.get("aliases") or [], user=user)
    created = person is None
    if person is None:
        person = Person.objects.create(
            display_name=name,
            roles=[item["role"]] if item.get("role") else [],
            country=country_code(item.get("country")),
            created_by=user,
        )
    for spelling in [name, *(item.get("aliases") or [])]:
        if len(spelling.split()) > 1 or spelling == name:
            PersonName.objects.get_or_create(person=person, full_name=spelling, defaults={"name_type": "as_written"})
    if created:
        # A new record may be someone on file under another spelling or script: a reviewer decides.
        propose_links(person, method="ingest")
    spans = item.get("spans") or []
    add_claim(source, person, "name", name, spans[0] if spans else None, user)
    if item.get("role"):
        add_claim(source, person, "role", item["role"], spans[0] if spans else None, user)
    return person


def _organization(item: dict[str, Any], source: Source, user: Any) -> Organization:
    organization = find_organization(item["name"], item.get("aliases") or [])
    if organization is None:
        organization = Organization.objects.create(name=item["name"], kind=item.get("kind") or "other", created_by=user)
    spans = item.get("spans") or []
    add_claim(source, organization, "name", item["name"], spans[0] if spans else None, user)
    if item.get("designated_extremist"):
        designation, _ = OrganizationDesignation.objects.get_or_create(
            organization=organization, designation_type="extremist", defaults={"created_by": user}
        )
        add_claim(source, designation, "designated_extremist", True, spans[0] if spans else None, user)
    return organization


def _period(item: dict[str, Any]) -> str:
    start, end = item.get("period_start"), item.get("period_end")
    if start and end:
        return start if start == end else f"{start}/{end}"
    return f"../{end}" if end else (f"{start}/.." if start else "")


def _statistic(item: dict[str, Any], source: Source, user: Any) -> ReportedStatistic:
    statistic = ReportedStatistic.objects.create(
        source=source,
        quantity=int(item["quantity"]),
        qualifier=item.get("qualifier") or "exactly",
        counted=item.get("what") or "",
        period=_period(item),
        place=country_code(item.get("place")),
        place_text=item.get("place") or "",
        created_by=user,
    )
    spans = item.get("spans") or []
    add_claim(source, statistic, "quantity", item["quantity"], spans[0] if spans else None, user)
    return statistic


def _term_label(vocabulary_names: tuple[str, ...], code: str, language: str) -> str:
    """A code's label in the source's language; a code outside the vocabularies reads as words."""
    for name in vocabulary_names:
        terms = vocabulary(name)
        if code in terms:
            return terms[code].label(language)
    return code.replace("_", " ")


def _event_title(kind: str, names: list[str], language: str) -> str:
    """The title of an accepted event, in the language of its source (a Russian text gets a Russian title)."""
    with translation.override(language or "en"):
        who = ", ".join(names) or gettext("no one named")
    return f"{_term_label(('act_types', 'event_types'), kind, language)}: {who}"[:300]


def _letter_title(kind: str, addressee: str, language: str) -> str:
    with translation.override(language or "en"):
        to = addressee or gettext("addressee not stated")
        title = gettext("%(kind)s to %(addressee)s") % {
            "kind": _term_label(("intervention_types",), kind, language),
            "addressee": to,
        }
    return title[:300]


def _event(item: dict[str, Any], source: Source, user: Any) -> Event:
    kind = item.get("type") or "other"
    names = item.get("persons") or []
    event = Event.objects.create(
        title=_event_title(kind, names, source.language),
        start=item.get("date") or "",
        location_text=item.get("place") or "",
        created_by=user,
    )
    if kind in vocabulary("act_types"):
        for name in names:
            victim = find_person(name, [], user=user) or _person({"name": name}, source, user)
            Act.objects.create(event=event, act_type=kind, victim=victim, start=event.start, created_by=user)
    spans = item.get("spans") or []
    add_claim(source, event, "event", kind, spans[0] if spans else None, user)
    return event


def _letter(item: dict[str, Any], source: Source, user: Any) -> Intervention:
    kind = str(item["kind"]) if item.get("kind") in vocabulary("intervention_types") else "letter"
    letter = Intervention.objects.create(
        intervention_type=kind,
        title=_letter_title(kind, item.get("addressee") or "", source.language),
        date=item.get("date") or "",
        addressee_text=item.get("addressee") or "",
        demands=item.get("demands") or [],
        authors_count=item.get("authors_count"),
        created_by=user,
    )
    for signatory in item.get("signatories") or []:
        person, organization = None, None
        if signatory.get("organization"):  # ('Signatories: Freedom Now, …'): an organisation signs
            organization = _organization({"name": signatory["name"], "kind": "ngo"}, source, user)
        else:
            signer = {"name": signatory["name"], "role": "parliamentarian", "country": signatory.get("country")}
            person = _person(signer, source, user)
        Participant.objects.create(
            intervention=letter,
            person=person,
            organization=organization,
            role=signatory.get("role") or "signatory",
            country=country_code(signatory.get("country")),
            political_group=signatory.get("group") or "",
            as_written=signatory["name"],
        )
    spans = item.get("spans") or []
    add_claim(source, letter, "letter", kind, spans[0] if spans else None, user)
    return letter


BUILDERS = {
    "person": _person,
    "organization": _organization,
    "statistic": _statistic,
    "event": _event,
    "letter": _letter,
}


@transaction.atomic
def accept(proposal: Proposal, *, user: Any, edited: dict[str, Any] | None = None) -> models.Model:
    """Turn a proposal (or the reviewer's edit of it) into records and claims. Writes records."""
    if proposal.state != Proposal.State.PROPOSED:
        raise ReviewError(f"proposal {proposal.pk} was already {proposal.state}")
    if edited is not None:
        proposal.reviewed = {**edited, "spans": proposal.spans}
    record = BUILDERS[proposal.kind](proposal.value, proposal.job.source, user)
    proposal.state = Proposal.State.EDITED if edited is not None else Proposal.State.ACCEPTED
    proposal.decided_by, proposal.decided_at, proposal.record = user, timezone.now(), record
    proposal.save()
    return record


@transaction.atomic
def reject(proposal: Proposal, *, user: Any) -> None:
    """Mark a proposal rejected; nothing reaches the record. Writes the proposal."""
    if proposal.state != Proposal.State.PROPOSED:
        raise ReviewError(f"proposal {proposal.pk} was already {proposal.state}")
    proposal.state, proposal.decided_by, proposal.decided_at = Proposal.State.REJECTED, user, timezone.now()
    proposal.save()
