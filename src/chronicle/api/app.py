"""The NinjaAPI: routers, authentication, error answers (400 for bad parameters, 404 for hidden records)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from chronicle.api.auth import Reader
from chronicle.api.docs import LocalSwagger
from chronicle.api.resources import (
    events,
    interventions,
    legal_cases,
    organizations,
    persons,
    prisoners,
    search,
    sources,
    statistics,
)

api = NinjaAPI(
    title="Chronicle API",
    version="1",
    description=(
        "Read access to Chronicle's records. Anonymous callers see only published, public records of people "
        "who consented; a bearer token (`chronicle api-token USERNAME`) reads as its owner. "
        "Hidden and missing records both answer 404."
    ),
    auth=Reader(),
    docs=LocalSwagger(),
    docs_url="/docs",
    openapi_url="/openapi.json",
    urls_namespace="api",
)

for module in (persons, organizations, events, legal_cases, interventions, statistics, sources, search, prisoners):
    api.add_router("", module.router)


def _parameter(location: tuple[object, ...]) -> str:
    """The parameter an error is about, as the caller wrote it ('kind.0'), not as ninja nests it."""
    parts = [str(part) for part in location[1:]]
    return ".".join(parts[1:] if parts[:1] == ["params"] else parts)


@api.exception_handler(ValidationError)
def bad_parameters(request: HttpRequest, error: ValidationError) -> HttpResponse:
    """Bad parameters are 400, naming each parameter and what is wrong with it."""
    problems = [
        {"parameter": _parameter(tuple(item.get("loc", ()))), "message": str(item.get("msg", ""))}
        for item in error.errors
    ]
    return api.create_response(request, {"detail": "bad parameters", "errors": problems}, status=400)
