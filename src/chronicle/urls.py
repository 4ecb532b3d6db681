"""URL map: the admin, the JSON API, the monitors' app and the public site, and the language switch."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("chronicle.api.urls")),
    path("", include("chronicle.web.urls")),
]
