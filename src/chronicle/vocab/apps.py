"""Django application configuration for chronicle.vocab."""

from django.apps import AppConfig


class VocabConfig(AppConfig):
    """Registers chronicle.vocab with Django."""

    name = "chronicle.vocab"
    label = "vocab"
    default_auto_field = "django.db.models.BigAutoField"
