"""Django application configuration for chronicle.ingest."""

from django.apps import AppConfig


class IngestConfig(AppConfig):
    """Registers chronicle.ingest with Django."""

    name = "chronicle.ingest"
    label = "ingest"
    default_auto_field = "django.db.models.BigAutoField"
