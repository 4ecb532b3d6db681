"""The founding article through the API, as the public sees it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_joint_letter_counts_its_signatories_and_states(client: Client, founding_article: Any) -> None:
    letters = {item["title"]: item["uid"] for item in client.get("/api/interventions").json()["items"]}
    letter = client.get(f"/api/interventions/{letters['Two letters of 24 MEPs to President Tokayev']}").json()
    assert letter["signatories"]["summary"] == "24 signatories from 14 states"
    assert letter["signatories"]["basis"] == "24 signatories (stated; 6 named), 14 countries (stated; 5 named)"


def test_the_public_finds_people_across_scripts(client: Client, founding_article: Any) -> None:
    for query, uid in (("Бокаев", "P:bokayev-maks"), ("Zheksebaev", "P:zheksebayev-askhat")):
        body = client.get("/api/search", {"q": query, "kind": "person"}).json()
        assert [hit["uid"] for hit in body["items"]] == [uid]


def test_the_public_list_of_political_prisoners_on_the_day_of_the_letters(
    client: Client, founding_article: Any
) -> None:
    body = client.get("/api/political-prisoners", {"on": "2020-10-16", "limit": 100}).json()
    assert [item["display_name"] for item in body["items"]] == [
        "Abai Begimbetov",
        "Almat Zhumagulov",
        "Aron Atabek",
        "Aset Abishev",
        "Askar Ibrayev",
        "Askhat Zheksebayev",
        "Igor Chuprina",
        "Kairat Klyshev",
        "Kenzhebek Abishev",
        "Maks Bokayev",
        "Marat Duysembiev",
        "Medet Yeseneev",
        "Murat Baimagambetov",
        "Serik Idyryshev",
    ]
    assert body["count"] == 14
