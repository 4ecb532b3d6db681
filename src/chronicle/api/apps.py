"""Django application configuration for chronicle.api."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    """Registers chronicle.api with Django."""

    name = "chronicle.api"
    label = "api"
    default_auto_field = "django.db.models.BigAutoField"
