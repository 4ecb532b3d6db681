"""Words for facet values: vocabulary labels in the report's language, organisation names from the record."""

from __future__ import annotations

from collections.abc import Iterable

from chronicle.records.models import Organization
from chronicle.vocab.loader import vocabulary

VOCABULARY_OF = {
    "act_type": "act_types",
    "region": "regions",
    "legal_article": "legal_articles",
    "perpetrator_type": "perpetrator_types",
}
NOT_RECORDED = {"en": "not recorded", "ru": "не указано"}


def organization_names(uids: Iterable[str]) -> dict[str, str]:
    """Names of organisations by uid. Reads only."""
    return dict(Organization.objects.filter(uid__in=set(uids)).values_list("uid", "name"))


def label(facet: str, key: str, language: str, names: dict[str, str]) -> str:
    """The label of a facet value ("Detention", "Almaty", "KZ-CC-2014:405 ...", "Democratic Choice ...")."""
    if not key:
        return NOT_RECORDED[language]
    if facet == "movement":
        return names.get(key, key)
    terms = vocabulary(VOCABULARY_OF[facet])
    if key not in terms:
        return key
    text = terms[key].label(language)
    return f"{key} {text}" if facet == "legal_article" else text
