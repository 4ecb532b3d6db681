"""The documentation model: records, their names and parts, sources and claims."""

from chronicle.records.models.event import Act, Event, Involvement
from chronicle.records.models.intervention import Intervention, Participant, Subject
from chronicle.records.models.legal_case import CaseStage, Charge, LegalCase, PreventiveMeasure, Sentence
from chronicle.records.models.organization import Membership, Organization, OrganizationDesignation, OrganizationName
from chronicle.records.models.person import Consent, Gender, Person, PersonalDetail, PersonName, Script
from chronicle.records.models.source import Claim, Method, ReviewState, Source
from chronicle.records.models.statistic import ReportedStatistic
from chronicle.records.models.status import StatusClaim

__all__ = [
    "Act",
    "CaseStage",
    "Charge",
    "Claim",
    "Consent",
    "Event",
    "Gender",
    "Intervention",
    "Involvement",
    "LegalCase",
    "Membership",
    "Method",
    "Organization",
    "OrganizationDesignation",
    "OrganizationName",
    "Participant",
    "Person",
    "PersonName",
    "PersonalDetail",
    "PreventiveMeasure",
    "ReportedStatistic",
    "ReviewState",
    "Script",
    "Sentence",
    "Source",
    "StatusClaim",
    "Subject",
]
