"""Django application configuration for chronicle.web."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    """Registers chronicle.web with Django."""

    name = "chronicle.web"
    label = "web"
    default_auto_field = "django.db.models.BigAutoField"
