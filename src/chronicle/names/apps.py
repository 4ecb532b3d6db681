"""Django application configuration for chronicle.names."""

from django.apps import AppConfig


class NamesConfig(AppConfig):
    """Registers chronicle.names with Django."""

    name = "chronicle.names"
    label = "names"
    default_auto_field = "django.db.models.BigAutoField"
