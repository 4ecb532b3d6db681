"""Django application configuration for chronicle.stats."""

from django.apps import AppConfig


class StatsConfig(AppConfig):
    """Registers chronicle.stats with Django."""

    name = "chronicle.stats"
    label = "stats"
    default_auto_field = "django.db.models.BigAutoField"
