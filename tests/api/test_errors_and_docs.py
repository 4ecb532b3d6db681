"""Bad parameters answer 400 with a message; the schema is OpenAPI 3.1; the docs page loads nothing from elsewhere."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "parameter", "message"),
    [
        ("/api/political-prisoners?on=2020-13-01", "on", "month value is outside expected range of 1-12"),
        ("/api/political-prisoners?on=yesterday", "on", "Input should be a valid date or datetime"),
        ("/api/political-prisoners", "on", "Field required"),
        ("/api/persons?limit=0", "limit", "Input should be greater than or equal to 1"),
        ("/api/persons?limit=101", "limit", "Input should be less than or equal to 100"),
        ("/api/persons?offset=-1", "offset", "Input should be greater than or equal to 0"),
        ("/api/search?q=", "q", "String should have at least 1 character"),
        ("/api/search?q=x&kind=letter", "kind.0", "Input should be 'person'"),
    ],
)
def test_bad_parameters_answer_400_naming_the_parameter(url: str, parameter: str, message: str, client: Client) -> None:
    response = client.get(url)
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] == "bad parameters"
    [error] = body["errors"]
    assert error["parameter"] == parameter
    assert message in error["message"]


def test_the_schema_is_openapi_3_1_with_every_resource(client: Client) -> None:
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.1")
    assert sorted(schema["paths"]) == [
        "/api/acts",
        "/api/acts/{uid}",
        "/api/events",
        "/api/events/{uid}",
        "/api/interventions",
        "/api/interventions/{uid}",
        "/api/legal-cases",
        "/api/legal-cases/{uid}",
        "/api/organizations",
        "/api/organizations/{uid}",
        "/api/persons",
        "/api/persons/{uid}",
        "/api/political-prisoners",
        "/api/search",
        "/api/sources",
        "/api/sources/{uid}",
        "/api/statistics",
        "/api/statistics/{uid}",
    ]
    assert schema["components"]["securitySchemes"] == {"Reader": {"type": "http", "scheme": "bearer"}}


def test_the_docs_page_loads_only_local_assets(client: Client) -> None:
    page = client.get("/api/docs").content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert urls == [
        "/api/docs/assets/swagger-ui.css",
        "/api/docs/assets/favicon.png",
        "/api/docs/assets/swagger-ui-bundle.js",
        "/api/docs/assets/swagger-ui-init.js",
    ]
    assert '{"url": "/api/openapi.json", "layout": "BaseLayout", "deepLinking": true}' in page


@pytest.mark.parametrize(
    ("name", "content_type"), [("swagger-ui.css", "text/css"), ("swagger-ui-bundle.js", "text/javascript")]
)
def test_the_docs_assets_are_served_here(name: str, content_type: str, client: Client) -> None:
    response = client.get(f"/api/docs/assets/{name}")
    assert (response.status_code, response["Content-Type"]) == (200, content_type)
    assert b"".join(response.streaming_content)  # type: ignore[attr-defined]


def test_only_the_docs_assets_are_served(client: Client) -> None:
    assert client.get("/api/docs/assets/redoc.standalone.js").status_code == 404
    assert client.get("/api/docs/assets/..%2F..%2F__init__.py").status_code == 404


def test_unknown_paths_are_404(client: Client, db: Any) -> None:
    assert client.get("/api/nothing").status_code == 404


def test_search_pages_past_the_last_searchable_offset_are_empty(client: Client, db: Any) -> None:
    response = client.get("/api/search", {"q": "x", "offset": 10_010, "limit": 100})
    assert (response.status_code, response.json()) == (200, {"items": [], "count": 0})


@pytest.mark.parametrize(
    "url",
    [
        "/api/persons?country=%00",
        "/api/acts?act_type=%00",
        "/api/persons/P%00x",
        "/api/political-prisoners?on=2020-10-16&claimed_by=%00",
    ],
)
def test_nul_characters_are_bad_parameters_not_server_errors(url: str, client: Client, db: Any) -> None:
    assert client.get(url).status_code == 400


def test_a_country_filter_narrows_the_persons_list(client: Client, leaky: dict[str, Any]) -> None:
    leaky["people"]["P:public"].country = "KZ"
    leaky["people"]["P:public"].save()
    assert [item["uid"] for item in client.get("/api/persons", {"country": "KZ"}).json()["items"]] == ["P:public"]
    assert client.get("/api/persons", {"country": "DE"}).json() == {"items": [], "count": 0}
