"""The API's documentation page, with Swagger UI served from the installed django-ninja (no CDN)."""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ninja
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.template import Context, Template
from django.urls import reverse
from ninja.openapi.docs import DocsBase

if TYPE_CHECKING:
    from ninja import NinjaAPI

ASSETS = Path(ninja.__file__).parent / "static" / "ninja"
SERVED = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-init.js", "favicon.png")

PAGE = Template(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ title }}</title>
<link rel="stylesheet" href="{{ assets }}swagger-ui.css">
<link rel="icon" href="{{ assets }}favicon.png">
</head>
<body>
<script type="application/json" id="swagger-settings">{{ settings|safe }}</script>
<div id="swagger-ui"></div>
<script src="{{ assets }}swagger-ui-bundle.js"></script>
<script src="{{ assets }}swagger-ui-init.js"></script>
</body>
</html>
"""
)


class LocalSwagger(DocsBase):
    """Swagger UI whose scripts and styles come from this server."""

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        """The docs page pointing at the local schema and assets."""
        settings = {"url": self.get_openapi_url(api, kwargs), "layout": "BaseLayout", "deepLinking": True}
        # The settings are JSON inside a script element: '<' is escaped so no text can close it.
        script_safe = json.dumps(settings).replace("<", "\\u003c")
        assets = reverse("api-docs-asset", kwargs={"name": "x"})[:-1]
        return HttpResponse(PAGE.render(Context({"title": api.title, "settings": script_safe, "assets": assets})))


def docs_asset(request: HttpRequest, name: str) -> FileResponse:
    """One of the Swagger UI files shipped inside django-ninja."""
    if name not in SERVED:
        raise Http404("no such asset")
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse((ASSETS / name).open("rb"), content_type=content_type)
