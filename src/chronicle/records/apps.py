"""Django application configuration for chronicle.records."""

from django.apps import AppConfig


class RecordsConfig(AppConfig):
    """Registers chronicle.records with Django."""

    name = "chronicle.records"
    label = "records"
    default_auto_field = "django.db.models.BigAutoField"
