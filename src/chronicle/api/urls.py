"""The JSON API at /api/: endpoints, /api/openapi.json and /api/docs (served locally)."""

from django.urls import URLPattern, URLResolver, path

from chronicle.api.app import api
from chronicle.api.docs import docs_asset

urlpatterns: list[URLPattern | URLResolver] = [
    path("docs/assets/<str:name>", docs_asset, name="api-docs-asset"),
    path("", api.urls),
]
